// What happens before bytes move: files the storage policy refuses (too large, forbidden type) are
// turned away without a single request, and name conflicts ask the user what to do.
import { join } from "node:path";
import { test, expect, expectAxeClean } from "./support/fixtures";
import { testHook } from "./support/api";
import {
  expectAllUploaded,
  list,
  queuePanel,
  queueRow,
  removeFolder,
  sha256,
  smallFile,
  storedSha256,
  tempDir,
  testFolder,
  uploadThroughUi,
} from "./transfers-helpers";

test("files the policy refuses are rejected before any request @standin", async ({ userPage: page, api, account }) => {
  await testHook(page.request, "PUT", "/policy-limits", { owner: account.email, max_size: 1000, denied_suffix: ["exe"] });
  const folder = await testFolder(api, "limits");
  const { dir, cleanup } = tempDir();
  try {
    const paths = [
      smallFile(join(dir, "huge.txt"), "x".repeat(1001)) && join(dir, "huge.txt"),
      smallFile(join(dir, "setup.exe"), "MZ") && join(dir, "setup.exe"),
      smallFile(join(dir, "fine.txt"), "fine\n") && join(dir, "fine.txt"),
    ];
    const sent: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("/api/v4/file/upload")) sent.push(r.url());
    });
    await uploadThroughUi(page, folder, paths);
    await expect(queueRow(page, "huge.txt")).toContainText("Not uploaded: larger than the 1,000 B limit");
    await expect(queueRow(page, "setup.exe")).toContainText("Not uploaded: .exe files are not allowed here");
    await expect(queueRow(page, "fine.txt")).toContainText("Uploaded");
    // Only the accepted file opened a session (and sent its one chunk).
    expect(sent.filter((u) => u.endsWith("/file/upload"))).toHaveLength(1);
    expect((await list(api, folder)).map((f) => f.name)).toEqual(["fine.txt"]);
    await expectAxeClean(page, "queue panel with rejected files");
  } finally {
    cleanup();
    await removeFolder(api, folder);
  }
});

/** Puts `name` with `text` into `folder` through the stand-in (the "old" file of a conflict). */
async function existing(request: Parameters<typeof testHook>[0], owner: string, folder: string, name: string, text: string) {
  await testHook(request, "POST", "/files", { owner, uri: `${folder}/${encodeURIComponent(name)}`, content: Buffer.from(text).toString("base64") });
}

test("name conflicts: replace as a new version, keep both, skip @standin", async ({ userPage: page, api, account, request }) => {
  const folder = await testFolder(api, "conflict");
  const { dir, cleanup } = tempDir();
  try {
    for (const n of ["a.txt", "b.txt", "c.txt"]) await existing(request, account.email, folder, n, `old ${n}\n`);
    const paths = ["a.txt", "b.txt", "c.txt"].map((n) => (smallFile(join(dir, n), `new ${n}\n`), join(dir, n)));
    await uploadThroughUi(page, folder, paths);

    const dialog = page.getByRole("dialog", { name: "The file already exists" });
    await expect(dialog).toContainText("“a.txt” already exists");
    await expectAxeClean(page, "conflict dialog");
    await dialog.getByRole("button", { name: "Replace (new version)" }).click();
    await expect(dialog).toContainText("“b.txt” already exists");
    await dialog.getByRole("button", { name: "Keep both" }).click();
    await expect(dialog).toContainText("“c.txt” already exists");
    await dialog.getByRole("button", { name: "Skip" }).click();
    await expect(dialog).toBeHidden();
    await expect(queueRow(page, "c.txt")).toContainText("Skipped");
    await expect(queuePanel(page).locator('[data-state="done"]')).toHaveCount(2);

    const at = (n: string) => `${folder}/${encodeURIComponent(n)}`;
    expect(await storedSha256(api, request, at("a.txt"))).toBe(sha256(Buffer.from("new a.txt\n")));
    expect(await storedSha256(api, request, at("b.txt"))).toBe(sha256(Buffer.from("old b.txt\n")));
    expect(await storedSha256(api, request, at("b (1).txt"))).toBe(sha256(Buffer.from("new b.txt\n")));
    expect(await storedSha256(api, request, at("c.txt"))).toBe(sha256(Buffer.from("old c.txt\n")));
    // The replaced file keeps its old content as an earlier version.
    const info = await api.ok<{ extended_info?: { entities?: unknown[] } }>("GET", "/file/info", undefined, { uri: at("a.txt"), extended: "true" });
    expect(info.extended_info?.entities).toHaveLength(2);
  } finally {
    cleanup();
    await removeFolder(api, folder);
  }
});

test("one answer for all conflicts of an upload @standin", async ({ userPage: page, api, account, request }) => {
  const folder = await testFolder(api, "conflict-all");
  const { dir, cleanup } = tempDir();
  try {
    const names = ["x.txt", "y.txt", "z.txt"];
    for (const n of names) await existing(request, account.email, folder, n, `old ${n}\n`);
    const paths = names.map((n) => (smallFile(join(dir, n), `new ${n}\n`), join(dir, n)));
    await uploadThroughUi(page, folder, paths);

    const dialog = page.getByRole("dialog", { name: "The file already exists" });
    await dialog.getByRole("checkbox", { name: "Do this for all conflicts in this upload" }).check();
    await dialog.getByRole("button", { name: "Keep both" }).click();
    await expectAllUploaded(page, 3);
    await expect(dialog).toBeHidden();
    const stored = (await list(api, folder)).map((f) => f.name).sort();
    expect(stored).toEqual(["x (1).txt", "x.txt", "y (1).txt", "y.txt", "z (1).txt", "z.txt"]);
  } finally {
    cleanup();
    await removeFolder(api, folder);
  }
});
