import { expect, expectAxeClean, test } from "./support/fixtures";
import { Api, freshAccount, signInPage } from "./support/api";
import { item, testFolder, toast } from "./explorer-support";
import { putFile, shareLink, sharePath } from "./shares-support";

test.describe("shares: managing links and saving shares", () => {
  test("a signed-in visitor saves a share to their files and finds it under Shared with me; the owner cannot", async ({ userPage: owner, api, request, browser, baseURL }) => {
    const root = await testFolder(api, "save");
    try {
      await putFile(api, root.child("photo.bin"));
      const { url } = await shareLink(api, root.uri);

      // The owner is told why their own share is not saved.
      await owner.goto(sharePath(url));
      await expect(owner.getByText("You can't save your own share.")).toBeVisible();
      await expect(owner.getByRole("button", { name: "Save to my files" })).toHaveCount(0);

      const other = await new Api(request).login(await freshAccount(request));
      const context = await browser.newContext({ baseURL, locale: "en-US" });
      const page = await context.newPage();
      await signInPage(page, other);
      await page.goto(sharePath(url));
      await expect(item(page, "photo.bin")).toBeVisible();
      await page.getByRole("button", { name: "Save to my files" }).click();
      await expect(page.getByText("Saved to your files.")).toBeVisible();
      await page.getByRole("link", { name: "Open in Shared with me" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Shared with me");
      await item(page, root.name).dblclick();
      await expect(item(page, "photo.bin")).toBeVisible();
      await context.close();
    } finally {
      await root.cleanup();
    }
  });

  test("edits, filters, deletes and restores links on My shares", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "manage");
    try {
      await putFile(api, root.child("notes.txt"), "notes");
      await shareLink(api, root.uri, { downloads: 5, is_private: true, password: "keepme1" });
      await shareLink(api, root.child("notes.txt"));

      await page.goto("/shares");
      const list = page.getByRole("list", { name: "My shares" });
      const folderRow = list.getByRole("listitem").filter({ hasText: root.name });
      await expect(folderRow).toContainText("5 downloads left");
      await expect(list.getByRole("listitem")).toHaveCount(2);
      await expectAxeClean(page, "/shares");

      // Filter by name.
      await page.getByRole("searchbox", { name: "Filter by name" }).fill("notes");
      await expect(list.getByRole("listitem")).toHaveCount(1);
      await expect(list.getByRole("listitem")).toContainText("notes.txt");
      await page.getByRole("searchbox", { name: "Filter by name" }).fill("");

      // Edit: the password stays, the limit changes.
      await folderRow.getByRole("button", { name: `Edit: ${root.name}` }).click();
      const dialog = page.getByRole("dialog", { name: `Edit share of “${root.name}”` });
      await expect(dialog.getByText("The password of an existing link cannot be changed")).toBeVisible();
      await dialog.getByRole("spinbutton", { name: "Number of downloads" }).fill("2");
      await dialog.getByRole("button", { name: "Save" }).click();
      await expect(dialog.getByLabel("Share link")).toHaveValue(/\/keepme1$/);
      await expectAxeClean(page, "share dialog result");
      await dialog.getByRole("button", { name: "Done" }).click();
      await expect(folderRow).toContainText("2 downloads left");

      // Delete with confirmation, then undo (the link comes back under a new address).
      await folderRow.getByRole("button", { name: `Delete: ${root.name}` }).click();
      await page.getByRole("dialog", { name: "Delete share link?" }).getByRole("button", { name: "Delete" }).click();
      const done = await toast(page, `Share link to “${root.name}” deleted`);
      await expect(folderRow).toHaveCount(0);
      await done.getByRole("button", { name: "Undo" }).click();
      await toast(page, "The link is back, under a new address");
      await expect(folderRow).toContainText("2 downloads left");
      const shares = await api.ok<{ shares: { name: string; password?: string }[] }>("GET", "/share", undefined, { page_size: "10" });
      expect(shares.shares.find((s) => s.name === root.name)?.password).toBe("keepme1");
    } finally {
      await root.cleanup();
    }
  });

  test("a profile lists the user's public shares only, for anyone", async ({ api, login, browser, baseURL }) => {
    const root = await testFolder(api, "profile");
    try {
      await putFile(api, root.child("open.txt"), "open");
      await putFile(api, root.child("secret.txt"), "secret");
      await shareLink(api, root.child("open.txt"));
      await shareLink(api, root.child("secret.txt"), { is_private: true });
      const context = await browser.newContext({ baseURL, locale: "en-US" });
      const page = await context.newPage();
      await page.goto(`/profile/${encodeURIComponent(login.user.id)}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(login.user.nickname);
      const list = page.getByRole("list", { name: "Public shares" });
      await expect(list.getByRole("listitem")).toHaveCount(1);
      await expect(list.getByRole("link", { name: "open.txt" })).toBeVisible();
      await expectAxeClean(page, "profile");
      await list.getByRole("link", { name: "open.txt" }).click();
      await expect(page.getByRole("button", { name: "Download" })).toBeVisible();
      await context.close();
    } finally {
      await root.cleanup();
    }
  });
});
