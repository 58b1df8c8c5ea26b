// Controlling uploads while they run: pause and resume, cancel (the placeholder goes away), and the
// browser's "leave site?" question while uploads are still running. Chunks are slowed down on the
// stand-in (for this test's account only) so there is time to act mid-upload.
import { join } from "node:path";
import { test, expect, expectAxeClean } from "./support/fixtures";
import { item } from "./explorer-support";
import {
  bigFile,
  expectAllUploaded,
  isChunkRequest,
  list,
  MiB,
  queuePanel,
  queueRow,
  removeFolder,
  setFaults,
  smallFile,
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

test("the queue keeps going while the user moves to another folder, showing bytes, speed and time left @standin", async ({
  userPage: page,
  api,
  account,
  request,
}) => {
  const folder = await testFolder(api, "navigate");
  const { dir, cleanup } = tempDir();
  try {
    await api.ok("POST", "/file/create", { uri: `${folder}/elsewhere`, type: "folder" });
    const path = join(dir, "travel.bin");
    const digest = await bigFile(path, 8 * MiB);
    await setFaults(request, account.email, { chunkStallMs: 1500, chunkStallRate: 1 });
    await uploadThroughUi(page, folder, [path]);
    await expect(queuePanel(page)).toContainText(/\d+\sMB\sof\s8\sMB\s\(\d+%\)\s·\s.+\/s\s·\s.+\sleft/);

    await item(page, "elsewhere").dblclick();
    await expect(page).toHaveURL(/elsewhere/);
    // Still uploading on the new page (it can still be paused), then done.
    await expect(queueRow(page, "travel.bin").getByRole("button", { name: "Pause travel.bin" })).toBeVisible();
    await setFaults(request, account.email, { chunkStallMs: 0, chunkStallRate: 0 });
    await expectAllUploaded(page, 1);
    expect(await storedSha256(api, request, `${folder}/travel.bin`)).toBe(digest);
  } finally {
    cleanup();
    await removeFolder(api, folder);
  }
});

test("the user chooses how many files upload at the same time @standin", async ({ userPage: page, api, account, request }) => {
  const folder = await testFolder(api, "parallel");
  const { dir, cleanup } = tempDir();
  try {
    const names = ["one.txt", "two.txt", "three.txt", "four.txt"];
    for (const n of names) smallFile(join(dir, n), `${n}\n`);
    await uploadThroughUi(page, folder, [join(dir, "one.txt")]);
    await expectAllUploaded(page, 1);
    // The finished upload shows up in the folder.
    await expect(item(page, "one.txt")).toBeVisible();

    await queuePanel(page).getByRole("button", { name: "Upload options" }).click();
    await page.getByRole("menuitem", { name: /Parallel uploads/ }).click();
    const dialog = page.getByRole("dialog", { name: "Parallel uploads" });
    await expectAxeClean(page, "parallel uploads dialog");
    await dialog.getByRole("slider", { name: "Parallel uploads" }).press("Home");
    await dialog.getByRole("button", { name: "Save" }).click();

    await setFaults(request, account.email, { chunkStallMs: 1500, chunkStallRate: 1 });
    await uploadThroughUi(
      page,
      folder,
      names.slice(1).map((n) => join(dir, n)),
      { goto: false },
    );
    const rows = queuePanel(page).getByRole("listitem");
    await expect(rows.and(page.locator('[data-state="uploading"]'))).toHaveCount(1);
    await expect(rows.and(page.locator('[data-state="queued"]'))).toHaveCount(2);
    await setFaults(request, account.email, { chunkStallMs: 0, chunkStallRate: 0 });
    await expectAllUploaded(page, 4);
  } finally {
    cleanup();
    await removeFolder(api, folder);
  }
});

test("a failed upload can be retried and then completes @standin", async ({ userPage: page, api, request }) => {
  const folder = await testFolder(api, "retry");
  const { dir, cleanup } = tempDir();
  try {
    const digest = smallFile(join(dir, "flaky.txt"), "try, try again\n");
    // The server refuses the chunk with an error that is not worth an automatic retry.
    await page.route(/\/api\/v4\/file\/upload\/[^/]+\/\d+$/, (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify({ code: 40013, msg: "Invalid Content-Length" }) }),
    );
    await uploadThroughUi(
      page,
      folder,
      ["flaky.txt"].map((n) => join(dir, n)),
    );
    const row = queueRow(page, "flaky.txt");
    await expect(row).toContainText("Failed");
    await page.unrouteAll();
    await row.getByRole("button", { name: "Retry flaky.txt" }).click();
    await expectAllUploaded(page, 1);
    expect(await storedSha256(api, request, `${folder}/flaky.txt`)).toBe(digest);
  } finally {
    cleanup();
    await removeFolder(api, folder);
  }
});
