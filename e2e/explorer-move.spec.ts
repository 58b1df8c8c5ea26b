// Explorer operations between folders: move and copy with the picker, drag and drop, and the
// trash with undo and restore.
import { expect, expectAxeClean, test } from "./support/fixtures";
import { contextAction, homeUrl, item, mkdir, testFolder, toast, touch, trashedFrom, useLayout, namesIn } from "./explorer-support";

const heading = (page: import("@playwright/test").Page) => page.getByRole("heading", { level: 1 });

test.describe("explorer: operations", () => {
  test("moves with the picker and undoes it, copies with the picker", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "move");
    try {
      await mkdir(api, root.child("Target", "Deep"));
      await touch(api, root.child("a.txt"));
      await touch(api, root.child("b.txt"));
      await page.goto(homeUrl(root.uri));

      await contextAction(page, item(page, "a.txt"), "Move to…");
      const picker = page.getByRole("dialog", { name: /^Move “a\.txt” to/ });
      await expect(picker.getByRole("list", { name: "Folders" }).getByRole("listitem")).toHaveCount(1);
      await expectAxeClean(page, "the folder picker");
      await picker.getByRole("button", { name: "Target" }).click();
      await picker.getByRole("button", { name: "Deep" }).click();
      // A folder without subfolders says so, outside the (then absent) list.
      await expect(picker.getByText("No folders in here.")).toBeVisible();
      await expectAxeClean(page, "the folder picker in a folder without subfolders");
      await picker.getByRole("button", { name: "Target" }).click();
      await picker.getByRole("button", { name: "Move here" }).click();
      await expect(item(page, "a.txt")).toHaveCount(0);
      expect(await namesIn(api, root.child("Target"))).toEqual(["Deep", "a.txt"]);
      const t = await toast(page, /^Moved “a\.txt” to Target/);
      await t.getByRole("button", { name: "Undo" }).click();
      await expect(item(page, "a.txt")).toBeVisible();
      await expect.poll(() => namesIn(api, root.child("Target"))).toEqual(["Deep"]);

      await contextAction(page, item(page, "b.txt"), "Copy to…");
      const copyPicker = page.getByRole("dialog", { name: /^Copy “b\.txt” to/ });
      await copyPicker.getByRole("button", { name: "Target" }).click();
      await copyPicker.getByRole("button", { name: "Deep" }).click();
      await copyPicker.getByRole("button", { name: "Copy here" }).click();
      await toast(page, /^Copied “b\.txt” to Deep/);
      expect(await namesIn(api, root.child("Target", "Deep"))).toEqual(["b.txt"]);
      await expect(item(page, "b.txt")).toBeVisible();
    } finally {
      await root.cleanup();
    }
  });

  test("drags items onto a folder to move them, with Ctrl to copy, and onto the breadcrumb", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "dnd");
    try {
      await mkdir(api, root.child("Inbox", "Sub"));
      await touch(api, root.child("one.txt"));
      await touch(api, root.child("two.txt"));
      await page.goto(homeUrl(root.uri));
      await useLayout(page, "list");

      await item(page, "one.txt").dragTo(item(page, "Inbox"));
      await expect(item(page, "one.txt")).toHaveCount(0);
      await toast(page, /^Moved “one\.txt” to Inbox/);
      expect(await namesIn(api, root.child("Inbox"))).toEqual(["Sub", "one.txt"]);

      // Ctrl held while dropping copies.
      await item(page, "two.txt").hover();
      await page.mouse.down();
      await item(page, "Inbox").hover();
      await page.keyboard.down("Control");
      await item(page, "Inbox").hover({ position: { x: 20, y: 10 } });
      await page.mouse.up();
      await page.keyboard.up("Control");
      await toast(page, /^Copied “two\.txt” to Inbox/);
      expect(await namesIn(api, root.child("Inbox"))).toEqual(["Sub", "one.txt", "two.txt"]);
      await expect(item(page, "two.txt")).toBeVisible();

      // From inside Inbox, drop onto the parent folder's breadcrumb.
      await item(page, "Inbox").dblclick();
      await expect(heading(page)).toHaveText("Inbox");
      const crumb = page.getByRole("navigation", { name: "Folder path" }).getByRole("link", { name: root.name });
      await item(page, "one.txt").dragTo(crumb);
      await expect(item(page, "one.txt")).toHaveCount(0);
      await expect.poll(() => namesIn(api, root.uri)).toEqual(["Inbox", "one.txt", "two.txt"]);
    } finally {
      await root.cleanup();
    }
  });

  test("moves to the trash with undo, then restores from the trash to the original place", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "trash");
    try {
      await touch(api, root.child("keep.txt"));
      await touch(api, root.child("old.txt"));
      await page.goto(homeUrl(root.uri));

      await item(page, "keep.txt").click();
      await page.keyboard.press("Delete");
      await expect(item(page, "keep.txt")).toHaveCount(0);
      const t = await toast(page, "Moved “keep.txt” to the trash.");
      await t.getByRole("button", { name: "Undo" }).click();
      await expect(item(page, "keep.txt")).toBeVisible();
      await expect.poll(() => namesIn(api, root.uri)).toEqual(["keep.txt", "old.txt"]);

      await contextAction(page, item(page, "old.txt"), "Move to trash");
      await expect(item(page, "old.txt")).toHaveCount(0);
      expect(await namesIn(api, root.uri)).toEqual(["keep.txt"]);

      await page.getByRole("navigation", { name: "Files" }).getByRole("link", { name: "Trash" }).click();
      await expect(heading(page)).toHaveText("Trash");
      await useLayout(page, "list");
      const trashed = item(page, "old.txt");
      await expect(trashed).toBeVisible();
      await contextAction(page, trashed, "Restore");
      await expect(trashed).toHaveCount(0);
      await toast(page, "Restored “old.txt”.");
      expect(await namesIn(api, root.uri)).toEqual(["keep.txt", "old.txt"]);
      // Nothing of this folder is left in the trash (the account may hold other trash).
      expect(await trashedFrom(api, root.uri)).toEqual([]);
    } finally {
      await root.cleanup();
    }
  });
});
