// Managing one's share links on My shares, and the public shares on a profile.
import { expect, expectAxeClean, test } from "./support/fixtures";
import { testFolder, toast } from "./explorer-support";
import { putFile, shareLink } from "./shares-support";

test.describe("shares: managing links and saving shares", () => {
  test("edits, filters, deletes and restores links on My shares", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "manage");
    try {
      // Names unique to this test: the account may hold other links (a real server's account).
      const notes = `${root.name}-notes.txt`;
      await putFile(api, root.child(notes), "notes");
      await shareLink(api, root.uri, { downloads: 5, is_private: true, password: "keepme1" });
      await shareLink(api, root.child(notes));

      await page.goto("/shares");
      const list = page.getByRole("list", { name: "My shares" });
      const folderRow = list.getByRole("listitem").filter({ hasText: new RegExp(`^${root.name}(?!-notes)`) });
      await expect(folderRow).toContainText("5 downloads left");
      await expectAxeClean(page, "/shares");

      // Filter by name.
      const filter = page.getByRole("searchbox", { name: "Filter by name" });
      await filter.fill(root.name);
      await expect(list.getByRole("listitem")).toHaveCount(2);
      await filter.fill(`${root.name}-notes`);
      await expect(list.getByRole("listitem")).toHaveCount(1);
      await expect(list.getByRole("listitem")).toContainText(notes);
      await filter.fill("");

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
      const shares = await api.ok<{ shares: { name: string; password?: string }[] }>("GET", "/share", undefined, { page_size: "100", order_direction: "desc" });
      expect(shares.shares.find((s) => s.name === root.name)?.password).toBe("keepme1");
    } finally {
      await root.cleanup();
    }
  });

  test("a profile lists the user's public shares only, for anyone", async ({ api, login, browser, baseURL }) => {
    const root = await testFolder(api, "profile");
    try {
      // Names unique to this test: the account may have other public shares (a real server's account).
      const open = `${root.name}-open.txt`;
      const secret = `${root.name}-secret.txt`;
      await putFile(api, root.child(open), "open");
      await putFile(api, root.child(secret), "secret");
      await shareLink(api, root.child(open));
      await shareLink(api, root.child(secret), { is_private: true });
      const context = await browser.newContext({ baseURL, locale: "en-US" });
      const page = await context.newPage();
      await page.goto(`/profile/${encodeURIComponent(login.user.id)}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(login.user.nickname);
      const list = page.getByRole("list", { name: "Public shares" });
      await expect(list.getByRole("link", { name: open })).toBeVisible();
      await expect(list.getByRole("link", { name: secret })).toHaveCount(0);
      await expectAxeClean(page, "profile");
      await list.getByRole("link", { name: open }).click();
      await expect(page.getByRole("button", { name: "Download" })).toBeVisible();
      await context.close();
    } finally {
      await root.cleanup();
    }
  });
});
