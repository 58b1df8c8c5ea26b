import { expect, expectAxeClean, test } from "./support/fixtures";
import { contextAction, homeUrl, item, testFolder } from "./explorer-support";
import { putFile, shareLink } from "./shares-support";

test.describe("explorer: a file's share links", () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 360, height: 780 },
  ]) {
    test(`lists, edits and deletes the links of one file from the explorer at ${viewport.width} px`, async ({ userPage: page, api }) => {
      const root = await testFolder(api, "fileshares");
      try {
        const name = `${root.name}-notes.txt`;
        await putFile(api, root.child(name), "notes");
        await putFile(api, root.child("other.txt"), "other");
        const open = await shareLink(api, root.child(name));
        await shareLink(api, root.child(name), { is_private: true, password: "keepme1", downloads: 5 });
        await page.setViewportSize(viewport);
        await page.goto(homeUrl(root.uri));

        // Only items that have links offer it.
        await item(page, "other.txt").click({ button: "right" });
        await expect(page.getByRole("menuitem", { name: "Share", exact: true })).toBeVisible();
        await expect(page.getByRole("menuitem", { name: "Manage shares" })).toHaveCount(0);
        await page.keyboard.press("Escape");

        await contextAction(page, item(page, name), "Manage shares");
        const dialog = page.getByRole("dialog", { name: `Shares of “${name}”` });
        const rows = dialog.getByRole("list", { name: "Share links" }).getByRole("listitem");
        await expect(rows).toHaveCount(2);
        const locked = rows.filter({ hasText: "5 downloads left" });
        await expectAxeClean(page, `file shares dialog at ${viewport.width} px`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

        // Edit the private link through the same dialog as on My shares.
        if (viewport.width < 600) {
          await locked.getByRole("button", { name: `More actions: ${name}` }).click();
          await page.getByRole("menuitem", { name: "Edit" }).click();
        } else await locked.getByRole("button", { name: `Edit: ${name}` }).click();
        const edit = page.getByRole("dialog", { name: `Edit share of “${name}”` });
        await edit.getByRole("spinbutton", { name: "Number of downloads" }).fill("2");
        await edit.getByRole("button", { name: "Save" }).click();
        await expect(edit.getByLabel("Share link")).toHaveValue(/\/keepme1$/);
        await edit.getByRole("button", { name: "Done" }).click();
        await expect(rows.filter({ hasText: "2 downloads left" })).toHaveCount(1);

        // Delete the open link, with confirmation.
        const openRow = rows.filter({ hasNotText: "downloads left" });
        if (viewport.width < 600) {
          await openRow.getByRole("button", { name: `More actions: ${name}` }).click();
          await page.getByRole("menuitem", { name: "Delete" }).click();
        } else await openRow.getByRole("button", { name: `Delete: ${name}` }).click();
        await page.getByRole("dialog", { name: "Delete share link?" }).getByRole("button", { name: "Delete" }).click();
        await expect(rows).toHaveCount(1);
        const mine = await api.ok<{ shares: { id: string }[] }>("GET", "/share", undefined, { page_size: "100", order_direction: "desc" });
        expect(mine.shares.some((s) => s.id === open.id)).toBe(false);
        await dialog.getByRole("button", { name: "Done" }).click();
        await expect(dialog).toBeHidden();
      } finally {
        await root.cleanup();
      }
    });
  }
});
