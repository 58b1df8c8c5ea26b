// Controlling uploads while they run: pause and resume, cancel (the placeholder goes away), and the
// browser's "leave site?" question while uploads are still running. Chunks are slowed down on the
// stand-in (for this test's account only) so there is time to act mid-upload.
import { join } from "node:path";
import { test, expect } from "./support/fixtures";
import {
  bigFile,
  expectAllUploaded,
  isChunkRequest,
  list,
  MiB,
  queueRow,
  removeFolder,
  setFaults,
  storedSha256,
  tempDir,
  testFolder,
  uploadThroughUi,
} from "./transfers-helpers";

test.use({ accountStorage: { policyType: "local", chunkSize: MiB } });

test("an upload can be paused and resumed, and the file arrives intact @standin", async ({ userPage: page, api, account, request }) => {
  const folder = await testFolder(api, "pause");
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, "movie.bin");
    const digest = await bigFile(path, 6 * MiB + 100);
    await setFaults(request, account.email, { chunkStallMs: 400, chunkStallRate: 1 });
    const firstChunk = page.waitForResponse((r) => isChunkRequest(r.request().method(), r.url()) && r.ok());
    await uploadThroughUi(page, folder, [path]);
    await firstChunk;
    const row = queueRow(page, "movie.bin");
    await row.getByRole("button", { name: "Pause movie.bin" }).click();
    await expect(row).toContainText("Paused");
    // Still a placeholder on the server: nothing was finished behind the user's back.
    const [placeholder] = await list(api, folder);
    expect(placeholder?.metadata?.["sys:upload_session_id"]).toBeTruthy();

    await setFaults(request, account.email, { chunkStallMs: 0, chunkStallRate: 0 });
    await row.getByRole("button", { name: "Resume movie.bin" }).click();
    await expectAllUploaded(page, 1);
    expect(await storedSha256(api, request, `${folder}/movie.bin`)).toBe(digest);
  } finally {
    cleanup();
    await removeFolder(api, folder);
  }
});

test("cancelling an upload removes its placeholder from the folder @standin", async ({ userPage: page, api, account, request }) => {
  const folder = await testFolder(api, "cancel");
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, "abandoned.bin");
    await bigFile(path, 4 * MiB);
    await setFaults(request, account.email, { chunkStallMs: 2000, chunkStallRate: 1 });
    const sessionCreated = page.waitForResponse((r) => r.request().method() === "PUT" && r.url().endsWith("/api/v4/file/upload"));
    await uploadThroughUi(page, folder, [path]);
    await sessionCreated;
    await expect.poll(async () => (await list(api, folder)).map((f) => f.name)).toEqual(["abandoned.bin"]);

    const deleted = page.waitForRequest((r) => r.method() === "DELETE" && r.url().endsWith("/api/v4/file/upload"));
    const row = queueRow(page, "abandoned.bin");
    await row.getByRole("button", { name: "Cancel abandoned.bin" }).click();
    await deleted;
    await expect(row).toContainText("Cancelled");
    await expect.poll(async () => (await list(api, folder)).length).toBe(0);
  } finally {
    cleanup();
    await removeFolder(api, folder);
  }
});

test("closing the page while uploads run asks first @standin", async ({ userPage: page, api, account, request }) => {
  const folder = await testFolder(api, "leave");
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, "slow.bin");
    await bigFile(path, 3 * MiB);
    await setFaults(request, account.email, { chunkStallMs: 2000, chunkStallRate: 1 });
    await uploadThroughUi(page, folder, [path]);
    await expect(queueRow(page, "slow.bin").getByRole("button", { name: "Pause slow.bin" })).toBeVisible();

    const asked = page.waitForEvent("dialog");
    await page.close({ runBeforeUnload: true });
    const dialog = await asked;
    expect(dialog.type()).toBe("beforeunload");
    await dialog.dismiss();
    // The user chose to stay: the page and its upload are still there.
    expect(page.isClosed()).toBe(false);
    await expect(queueRow(page, "slow.bin")).toBeVisible();
  } finally {
    cleanup();
    await removeFolder(api, folder);
  }
});
