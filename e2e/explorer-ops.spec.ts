// Explorer operations in one folder: create, rename (in place and by dialog, with undo), and
// emptying the trash.
import { expect, test } from "./support/fixtures";
import { contextAction, homeUrl, item, testFolder, toast, touch, trashedFrom, namesIn } from "./explorer-support";

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
});
