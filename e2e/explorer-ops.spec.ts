import { expect, expectAxeClean, test } from "./support/fixtures";
import type { Api } from "./support/api";
import { contextAction, homeUrl, item, mkdir, testFolder, toast, touch, trashedFrom, useLayout } from "./explorer-support";

/** Names directly inside a folder, from the API (what the server really holds). */
async function namesIn(api: Api, uri: string): Promise<string[]> {
  const data = await api.list<{ files: { name: string }[] }>(uri, { pageSize: 200 });
  return data.files.map((f) => f.name).sort();
}

const heading = (page: import("@playwright/test").Page) => page.getByRole("heading", { level: 1 });

test.describe("explorer: operations", () => {
  test("creates a folder and an empty file, renames in place (F2) and by dialog, and undoes a rename", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "create");
    try {
      await page.goto(homeUrl(root.uri));
      await expect(page.getByText("This folder is empty")).toBeVisible();

      await page.getByRole("toolbar", { name: "File actions" }).getByRole("button", { name: "New folder" }).click();
      const nameDialog = page.getByRole("dialog", { name: "New folder" });
      await nameDialog.getByLabel("Name").fill("Reports");
      await nameDialog.getByRole("button", { name: "Create" }).click();
      // The new folder is selected, ready for the next action; Esc clears the selection.
      await expect(item(page, "Reports")).toHaveAttribute("aria-selected", "true");
      await page.keyboard.press("Escape");
      await expect(item(page, "Reports")).toHaveAttribute("aria-selected", "false");

      await page.getByRole("toolbar", { name: "File actions" }).getByRole("button", { name: "New file" }).click();
      const fileDialog = page.getByRole("dialog", { name: "New file" });
      // Illegal names are refused before anything is sent.
      await fileDialog.getByLabel("Name").fill("a/b.txt");
      await expect(fileDialog.getByText(/Names cannot contain/)).toBeVisible();
      await expect(fileDialog.getByRole("button", { name: "Create" })).toBeDisabled();
      await fileDialog.getByLabel("Name").fill("draft.txt");
      await fileDialog.getByRole("button", { name: "Create" }).click();
      await expect(item(page, "draft.txt")).toBeVisible();
      expect(await namesIn(api, root.uri)).toEqual(["Reports", "draft.txt"]);

      // F2 edits the name in place.
      await item(page, "draft.txt").click();
      await page.keyboard.press("F2");
      const field = page.getByRole("textbox", { name: "New name for draft.txt" });
      await field.fill("final.txt");
      await field.press("Enter");
      await expect(item(page, "final.txt")).toBeVisible();

      // A name already taken is explained (40004) and nothing changes.
      await contextAction(page, item(page, "final.txt"), "Rename");
      const rename = page.getByRole("dialog", { name: "Rename" });
      await rename.getByLabel("Name").fill("Reports");
      await rename.getByRole("button", { name: "Rename" }).click();
      await expect(rename.getByText("An item with this name is already here. Choose another name.")).toBeVisible();
      await rename.getByLabel("Name").fill("summary.txt");
      await rename.getByRole("button", { name: "Rename" }).click();
      await expect(item(page, "summary.txt")).toBeVisible();
      expect(await namesIn(api, root.uri)).toEqual(["Reports", "summary.txt"]);

      const t = await toast(page, "Renamed “final.txt” to “summary.txt”.");
      await t.getByRole("button", { name: "Undo" }).click();
      await expect(item(page, "final.txt")).toBeVisible();
      await expect.poll(() => namesIn(api, root.uri)).toEqual(["Reports", "final.txt"]);
    } finally {
      await root.cleanup();
    }
  });

  test("an inline rename onto a name that is taken stays open and says why", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "taken");
    try {
      await touch(api, root.child("a.txt"));
      await touch(api, root.child("b.txt"));
      await page.goto(homeUrl(root.uri));
      await item(page, "a.txt").click();
      await page.keyboard.press("F2");
      const field = page.getByRole("textbox", { name: "New name for a.txt" });
      await field.fill("b.txt");
      await field.press("Enter");
      await expect(page.getByRole("tooltip")).toHaveText("An item with this name is already here. Choose another name.");
      await expect(field).toBeVisible();
      await expect(field).toHaveValue("b.txt");
      // Another name goes through from the same field.
      await field.fill("c.txt");
      await field.press("Enter");
      await expect(item(page, "c.txt")).toBeVisible();
      expect(await namesIn(api, root.uri)).toEqual(["b.txt", "c.txt"]);
    } finally {
      await root.cleanup();
    }
  });

  test("empties the trash for good after confirming, including items not loaded yet", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "empty");
    try {
      const names = ["one.txt", "two.txt", "three.txt"];
      for (const n of names) await touch(api, root.child(n));
      await api.ok("DELETE", "/file", { uris: names.map((n) => root.child(n)) });
      await page.goto(homeUrl("cloudreve://trash"));
      await expect(item(page, "two.txt")).toBeVisible();
      await page.getByRole("toolbar", { name: "File actions" }).getByRole("button", { name: "Empty trash" }).click();
      const dialog = page.getByRole("dialog", { name: "Delete permanently?" });
      await dialog.getByRole("button", { name: "Delete permanently" }).click();
      await expect(page.getByText("The trash is empty")).toBeVisible();
      expect(await trashedFrom(api, root.uri)).toEqual([]);
    } finally {
      await root.cleanup();
    }
  });

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
