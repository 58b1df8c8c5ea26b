// Uploads of folders through the UI — a dropped nested folder, a picked folder — on the local
// policy and on the stand-in's S3-style presigned policy, checked by the stored bytes' SHA-256.
import { join } from "node:path";
import { test, expect } from "./support/fixtures";
import { isRealServer } from "./support/target";
import { expectAllUploaded, MiB, removeFolder, sha256, smallFile, storedSha256, tempDir, testFolder } from "./transfers-helpers";

const MODES = isRealServer() ? (["server"] as const) : (["local", "s3"] as const);

for (const mode of MODES) {
  // The S3-style mode only exists on the stand-in; against a real server the server's own policy runs.
  const tag = mode === "s3" ? " @standin" : "";

  test.describe(`upload (${mode} policy)`, () => {
    // On the stand-in each test's account gets the policy under test, with 8 MiB chunks so a
    // 200 MB file takes many of them.
    if (mode !== "server") test.use({ accountStorage: { policyType: mode, chunkSize: 8 * MiB } });

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
