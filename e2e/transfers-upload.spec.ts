// Uploads of files through the UI — one file, a 200 MB file in chunks, 300 small files, pasted and
// dropped files — on the local policy and on the stand-in's S3-style presigned policy, each
// checked by downloading the stored bytes back and comparing SHA-256.
import { join } from "node:path";
import { test, expect, expectAxeClean } from "./support/fixtures";
import { isRealServer } from "./support/target";
import {
  bigFile,
  expectAllUploaded,
  list,
  MiB,
  queuePanel,
  removeFolder,
  sha256,
  smallFile,
  storedDigests,
  storedSha256,
  tempDir,
  testFolder,
  uploadThroughUi,
} from "./transfers-helpers";

const MODES = isRealServer() ? (["server"] as const) : (["local", "s3"] as const);

for (const mode of MODES) {
  // The S3-style mode only exists on the stand-in; against a real server the server's own policy runs.
  const tag = mode === "s3" ? " @standin" : "";

  test.describe(`upload (${mode} policy)`, () => {
    // On the stand-in each test's account gets the policy under test, with 8 MiB chunks so a
    // 200 MB file takes many of them.
    if (mode !== "server") test.use({ accountStorage: { policyType: mode, chunkSize: 8 * MiB } });

    test(`one small file${tag}`, async ({ userPage: page, api, request }) => {
      const folder = await testFolder(api, "one");
      const { dir, cleanup } = tempDir();
      try {
        const digest = smallFile(join(dir, "hello world.txt"), "Hello, Cloudreve!\n");
        await uploadThroughUi(page, folder, [join(dir, "hello world.txt")]);
        await expectAllUploaded(page, 1);
        await expect(queuePanel(page).getByRole("listitem")).toContainText("Uploaded");
        await expectAxeClean(page, "queue panel after an upload");
        expect(await storedSha256(api, request, `${folder}/hello%20world.txt`)).toBe(digest);
      } finally {
        cleanup();
        await removeFolder(api, folder);
      }
    });

    test(`a 200 MB file in chunks${tag}`, async ({ userPage: page, api, request }) => {
      test.setTimeout(180_000);
      const folder = await testFolder(api, "big");
      const { dir, cleanup } = tempDir();
      try {
        const path = join(dir, "big.bin");
        const digest = await bigFile(path, 200 * MiB + 12345);
        const chunkRequests: string[] = [];
        page.on("request", (r) => {
          const local = r.method() === "POST" && /\/api\/v4\/file\/upload\/[^/]+\/\d+$/.test(r.url());
          const part = r.method() === "PUT" && /partNumber=/.test(r.url());
          if (local || part) chunkRequests.push(r.url());
        });
        await uploadThroughUi(page, folder, [path]);
        await expectAllUploaded(page, 1, 150_000);
        expect(await storedSha256(api, request, `${folder}/big.bin`)).toBe(digest);
        // 25 chunks of 8 MiB and a short last one, each sent once.
        if (mode !== "server") expect(chunkRequests.length).toBe(26);
      } finally {
        cleanup();
        await removeFolder(api, folder);
      }
    });

    test(`300 small files${tag}`, async ({ userPage: page, api, request }) => {
      test.setTimeout(180_000);
      const folder = await testFolder(api, "many");
      const { dir, cleanup } = tempDir();
      try {
        const digests = new Map<string, string>();
        const paths: string[] = [];
        for (let i = 0; i < 300; i++) {
          const name = `note-${String(i).padStart(3, "0")}.txt`;
          digests.set(name, smallFile(join(dir, name), `file ${i}\n${"x".repeat(i * 7)}`));
          paths.push(join(dir, name));
        }
        await uploadThroughUi(page, folder, paths);
        await expectAllUploaded(page, 300, 150_000);
        const stored = await list(api, folder);
        expect(stored.map((f) => f.name).sort()).toEqual([...digests.keys()].sort());
        // Every file read back: nothing swapped, truncated or left a placeholder.
        for (const f of stored) expect(f.metadata?.["sys:upload_session_id"]).toBeUndefined();
        const stored256 = await storedDigests(
          api,
          request,
          stored.map((f) => f.path),
        );
        stored.forEach((f, i) => expect(stored256[i], f.name).toBe(digests.get(f.name)));
      } finally {
        cleanup();
        await removeFolder(api, folder);
      }
    });
  });
}

test("files pasted into the explorer are uploaded", async ({ userPage: page, api, request }) => {
  const folder = await testFolder(api, "paste");
  await page.goto(`/home?path=${encodeURIComponent(folder)}`);
  await expect(page.getByRole("button", { name: /^Upload/ })).toBeEnabled();
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(["pasted bytes\n"], "clip.txt", { type: "text/plain" }));
    document.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  await expectAllUploaded(page, 1);
  expect(await storedSha256(api, request, `${folder}/clip.txt`)).toBe(sha256(Buffer.from("pasted bytes\n")));
  await removeFolder(api, folder);
});

test("files dropped from a synthetic DataTransfer (no entries API) are uploaded", async ({ userPage: page, api, request }) => {
  const folder = await testFolder(api, "synthetic");
  await page.goto(`/home?path=${encodeURIComponent(folder)}`);
  await expect(page.getByRole("button", { name: /^Upload/ })).toBeEnabled();
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(["a\n"], "a.txt"));
    dt.items.add(new File(["bb\n"], "b.txt"));
    const main = document.querySelector("main")!;
    for (const type of ["dragenter", "dragover", "drop"]) main.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await expectAllUploaded(page, 2);
  expect(await storedSha256(api, request, `${folder}/b.txt`)).toBe(sha256(Buffer.from("bb\n")));
  await removeFolder(api, folder);
});
