// Organizing with the mouse: the click preferences and rename by a slow second click.
import { expect, expectAxeClean, test } from "./support/fixtures";
import { homeUrl, item, mkdir, testFolder, touch, useLayout } from "./explorer-support";
import { DESKTOP, treeItem, heading } from "./organize-support";

test.describe("Click preferences", () => {
  test("single click opens folders, and the tree follows the current folder only when asked", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "prefs");
    try {
      await mkdir(api, root.child("Outer", "Inner"));
      await page.setViewportSize(DESKTOP);
      await page.goto("/settings?tab=preference");
      const single = page.getByRole("switch", { name: "Single click opens folders" });
      const follow = page.getByRole("switch", { name: "Expand the folder tree to the current folder" });
      await expect(single).not.toBeChecked();
      await expect(follow).toBeChecked();
      await expectAxeClean(page, "preferences");

      // Default: a click selects a folder.
      await page.goto(homeUrl(root.uri));
      await useLayout(page, "list");
      await item(page, "Outer").click();
      await expect(item(page, "Outer")).toHaveAttribute("aria-selected", "true");
      await expect(heading(page)).toHaveText(root.name);

      await page.goto("/settings?tab=preference");
      await single.check();
      await follow.uncheck();
      await page.goto(homeUrl(root.uri));
      await item(page, "Outer").click();
      await expect(heading(page)).toHaveText("Outer");
      // The tree no longer opens to the current folder.
      await page.goto(homeUrl(root.child("Outer", "Inner")));
      await expect(heading(page)).toHaveText("Inner");
      await expect(treeItem(page, root.name)).toHaveAttribute("aria-expanded", "false");
      await expect(treeItem(page, "Inner")).toHaveCount(0);
    } finally {
      await root.cleanup();
    }
  });
});

test.describe("Rename by a slow second click", () => {
  test("a second click on the selected item's name starts renaming; a double click opens instead", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "slow-click");
    try {
      await touch(api, root.child("draft.txt"));
      await mkdir(api, root.child("Folder"));
      await page.clock.install();
      await page.setViewportSize(DESKTOP);
      await page.goto(homeUrl(root.uri));
      await useLayout(page, "list");
      const name = item(page, "draft.txt").getByText("draft.txt", { exact: true });
      await name.click();
      await expect(item(page, "draft.txt")).toHaveAttribute("aria-selected", "true");
      // Too late (past 1.5 s): only selects.
      await page.clock.runFor(2000);
      await name.click();
      await page.clock.runFor(700);
      await expect(page.getByRole("textbox", { name: /draft\.txt/ })).toHaveCount(0);
      // In the window: after the double-click interval, before 1.5 s.
      await name.click();
      await page.clock.runFor(600);
      const field = page.getByRole("textbox", { name: /draft\.txt/ });
      await expect(field).toBeFocused();
      await field.fill("final.txt");
      await page.keyboard.press("Enter");
      await expect(item(page, "final.txt")).toBeVisible();

      // A quick second click is a double click: the folder opens, no rename.
      const folder = item(page, "Folder").getByText("Folder", { exact: true });
      await folder.click();
      await page.clock.runFor(700);
      await folder.dblclick();
      await page.clock.runFor(1000);
      await expect(heading(page)).toHaveText("Folder");
    } finally {
      await root.cleanup();
    }
  });
});
