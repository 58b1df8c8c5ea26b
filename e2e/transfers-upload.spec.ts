// Uploads through the UI — one file, a 200 MB file in chunks, 300 small files, a dropped nested
// folder, a picked folder — on the local policy and on the stand-in's S3-style presigned policy,
// each checked by downloading the stored bytes back and comparing SHA-256.
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

    test(`a dropped nested folder is recreated${tag}`, async ({ userPage: page, api, request }) => {
      const folder = await testFolder(api, "drop");
      const files: Record<string, string> = {
        "album/cover.txt": "cover\n",
        "album/disc 1/track-01.txt": "one\n".repeat(1000),
        "album/disc 1/deeper/notes.md": "# notes\n",
        "album/disc 2/track-01.txt": "two\n",
        "loose.txt": "not in a folder\n",
      };
      await page.goto(`/home?path=${encodeURIComponent(folder)}`);
      await expect(page.getByRole("button", { name: /^Upload/ })).toBeEnabled();
      // A real OS drop cannot be scripted; this builds the same FileSystemEntry tree that
      // DataTransferItem.webkitGetAsEntry() hands the app, and drops it on the page.
      await page.evaluate((tree) => {
        type Node = { name: string; isFile: boolean; isDirectory: boolean; children?: Node[]; file?: File };
        const root: Node = { name: "", isFile: false, isDirectory: true, children: [] };
        for (const [path, text] of Object.entries(tree)) {
          const parts = path.split("/");
          let cur = root;
          for (const [i, part] of parts.entries()) {
            let next = cur.children!.find((c) => c.name === part);
            if (!next) {
              const leaf = i === parts.length - 1;
              next = leaf
                ? { name: part, isFile: true, isDirectory: false, file: new File([text], part, { lastModified: 1 }) }
                : { name: part, isFile: false, isDirectory: true, children: [] };
              cur.children!.push(next);
            }
            cur = next;
          }
        }
        const entry = (n: Node): unknown =>
          n.isFile
            ? { name: n.name, isFile: true, isDirectory: false, file: (ok: (f: File) => void) => setTimeout(() => ok(n.file!)) }
            : {
                name: n.name,
                isFile: false,
                isDirectory: true,
                createReader: () => {
                  // Like Chrome: entries come in batches, then an empty batch.
                  const pending = n.children!.map(entry);
                  return { readEntries: (ok: (e: unknown[]) => void) => setTimeout(() => ok(pending.splice(0, 2))) };
                },
              };
        const items = root.children!.map((c) => ({ kind: "file", type: "", webkitGetAsEntry: () => entry(c), getAsFile: () => null }));
        const dataTransfer = { types: ["Files"], items, files: [], dropEffect: "none" };
        for (const type of ["dragenter", "dragover", "drop"]) {
          const ev = new Event(type, { bubbles: true, cancelable: true });
          Object.defineProperty(ev, "dataTransfer", { value: dataTransfer });
          document.querySelector("main")!.dispatchEvent(ev);
        }
      }, files);
      await expectAllUploaded(page, Object.keys(files).length);
      for (const [path, text] of Object.entries(files)) {
        const uri = `${folder}/${path.split("/").map(encodeURIComponent).join("/")}`;
        expect(await storedSha256(api, request, uri), path).toBe(sha256(Buffer.from(text)));
      }
      await removeFolder(api, folder);
    });

    test(`a picked folder keeps its structure${tag}`, async ({ userPage: page, api, request }) => {
      const folder = await testFolder(api, "pick");
      const { dir, cleanup } = tempDir();
      try {
        const src = join(dir, "project");
        const digests = {
          "project/readme.txt": smallFile(join(src, "readme.txt"), "read me\n"),
          "project/src/main.ts": smallFile(join(src, "src", "main.ts"), "console.log(1);\n"),
          "project/src/lib/util.ts": smallFile(join(src, "src", "lib", "util.ts"), "export {};\n"),
        };
        await page.goto(`/home?path=${encodeURIComponent(folder)}`);
        await page.getByRole("button", { name: /^Upload/ }).click();
        // The folder picker is a webkitdirectory input; Playwright hands it a real directory.
        await page.getByRole("menuitem", { name: "Upload folder" }).click();
        await page.locator('input[data-upload-picker="folder"]').setInputFiles(src);
        await expectAllUploaded(page, 3);
        for (const [path, digest] of Object.entries(digests)) {
          const uri = `${folder}/${path.split("/").map(encodeURIComponent).join("/")}`;
          expect(await storedSha256(api, request, uri), path).toBe(digest);
        }
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
