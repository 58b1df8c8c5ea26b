// Explorer extras around deleting and locks: permanent delete, unlink, and forcing a lock open.
import { expect, test } from "./support/fixtures";
import { GroupPerm } from "../src/lib/capabilities";
import { Api, freshAccount, groupCan, signInPage } from "./support/api";
import { contextAction, homeUrl, item, mkdir, testFolder, touch } from "./explorer-support";

test.describe("explorer: navigation extras, details and links", () => {
  test("deletes permanently with the advanced option, skipping the trash", async ({ userPage: page, api, login }) => {
    const root = await testFolder(api, "purge");
    try {
      await touch(api, root.child("gone.txt"));
      await page.goto(homeUrl(root.uri));
      await item(page, "gone.txt").click();
      await page.keyboard.press("Shift+Delete");
      const dialog = page.getByRole("dialog", { name: "Delete permanently?" });
      await expect(dialog.getByText("“gone.txt” will be deleted for good. This cannot be undone.")).toBeVisible();
      // Unlinking is offered only to groups with the advanced delete permission.
      await expect(dialog.getByRole("checkbox", { name: /unlink/ })).toHaveCount(groupCan(login, GroupPerm.AdvanceDelete) ? 1 : 0);
      await dialog.getByRole("button", { name: "Delete permanently" }).click();
      await expect(item(page, "gone.txt")).toHaveCount(0);
      const trash = await api.list<{ files: { name: string }[] }>("cloudreve://trash");
      expect(trash.files.map((f) => f.name)).not.toContain("gone.txt");
    } finally {
      await root.cleanup();
    }
  });

  test("a group with advanced delete may delete permanently and keep the stored files (unlink)", async ({ page, request }) => {
    const account = await freshAccount(request, "admin");
    const login = await new Api(request).login(account);
    test.skip(!groupCan(login, GroupPerm.AdvanceDelete), "the account's group has no advanced delete permission");
    const api = new Api(request, login.token.access_token);
    await signInPage(page, login);
    const root = await testFolder(api, "unlink");
    try {
      await touch(api, root.child("records.txt"));
      await page.goto(homeUrl(root.uri));
      await item(page, "records.txt").click();
      await page.keyboard.press("Shift+Delete");
      const dialog = page.getByRole("dialog", { name: "Delete permanently?" });
      await dialog.getByRole("checkbox", { name: "Only remove the records and keep the stored files (unlink)" }).check();
      let sent: unknown;
      await page.route("**/api/v4/file", async (route) => {
        if (route.request().method() === "DELETE") sent = JSON.parse(route.request().postDataBuffer()?.toString("utf8") ?? "null");
        await route.continue();
      });
      await dialog.getByRole("button", { name: "Delete permanently" }).click();
      await expect.poll(() => sent).toMatchObject({ unlink: true, skip_soft_delete: true });
      await expect(item(page, "records.txt")).toHaveCount(0);
    } finally {
      await root.cleanup();
    }
  });

  test("a lock conflict (40073) offers to force the lock open and retries", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "lock");
    try {
      await mkdir(api, root.child("Busy"));
      await mkdir(api, root.child("Elsewhere"));
      // An upload in progress holds a lock inside Busy.
      const busy = await api.list<{ storage_policy: { id: string } }>(root.child("Busy"));
      await api.ok("PUT", "/file/upload", { uri: root.child("Busy", "big.bin"), size: 10 * 1024 * 1024, policy_id: busy.storage_policy.id });
      await page.goto(homeUrl(root.uri));
      await item(page, "Busy").dragTo(item(page, "Elsewhere"));
      const dialog = page.getByRole("dialog", { name: "Some items are in use" });
      await expect(dialog.getByText("Locked by: an upload")).toBeVisible();
      await dialog.getByRole("button", { name: "Unlock and retry" }).click();
      await expect(item(page, "Busy")).toHaveCount(0);
      const moved = await api.list<{ files: { name: string }[] }>(root.child("Elsewhere"));
      expect(moved.files.map((f) => f.name)).toEqual(["Busy"]);
    } finally {
      await root.cleanup();
    }
  });

  test("renaming a folder held by an upload asks to force the lock, then renames it", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "lockrename");
    try {
      await mkdir(api, root.child("Busy"));
      const busy = await api.list<{ storage_policy: { id: string } }>(root.child("Busy"));
      await api.ok("PUT", "/file/upload", { uri: root.child("Busy", "big.bin"), size: 10 * 1024 * 1024, policy_id: busy.storage_policy.id });
      await page.goto(homeUrl(root.uri));
      await contextAction(page, item(page, "Busy"), "Rename");
      const rename = page.getByRole("dialog", { name: "Rename" });
      await rename.getByLabel("Name").fill("Quiet");
      await rename.getByRole("button", { name: "Rename" }).click();
      const dialog = page.getByRole("dialog", { name: "Some items are in use" });
      await dialog.getByRole("button", { name: "Unlock and retry" }).click();
      await expect(item(page, "Quiet")).toBeVisible();
      await expect(item(page, "Busy")).toHaveCount(0);
      const names = (await api.list<{ files: { name: string }[] }>(root.uri)).files.map((f) => f.name);
      expect(names).toEqual(["Quiet"]);
    } finally {
      await root.cleanup();
    }
  });
});
