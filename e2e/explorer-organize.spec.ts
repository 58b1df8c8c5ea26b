// Organizing by tags and folder icons: tags on several files at once, and a folder's emoji and
// colour wherever it shows.
import { expect, expectAxeClean, test } from "./support/fixtures";
import { homeUrl, item, mkdir, testFolder, toast, touch, useLayout } from "./explorer-support";
import { DESKTOP, PHONE, treeItem, expectNoSidewaysScroll, metadataOf } from "./organize-support";

test.describe("Tags and icons", () => {
  test("tags several files at once, with colours and recent tags, and a tag searches for its files", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "tags");
    try {
      for (const n of ["a.txt", "b.txt", "c.txt"]) await touch(api, root.child(n));
      await api.ok("PATCH", "/file/metadata", { uris: [root.child("a.txt")], patches: [{ key: "tag:old", value: "" }] });
      await page.setViewportSize(DESKTOP);
      await page.goto(homeUrl(root.uri));
      await useLayout(page, "list");
      await item(page, "a.txt").click();
      await item(page, "b.txt").click({ modifiers: ["Control"] });
      await item(page, "b.txt").click({ button: "right" });
      await page.getByRole("menuitem", { name: "Tags…" }).click();
      const dialog = page.getByRole("dialog", { name: /Tags/ });
      await expect(dialog.getByText("2 selected items")).toBeVisible();
      // "old" is on one of the two.
      await expect(dialog.getByText("old (on 1 of 2)")).toBeVisible();
      await dialog.getByLabel("New tag").fill("work");
      await dialog.getByRole("radio", { name: "Blue" }).check();
      await dialog.getByRole("button", { name: "Add", exact: true }).click();
      await expect(dialog.getByText("work", { exact: true })).toBeVisible();
      await expectAxeClean(page, "tags dialog");
      await dialog.getByRole("button", { name: "Save" }).click();
      await toast(page, "Tags saved");
      await expect(dialog).toBeHidden();
      expect(await metadataOf(api, root.child("a.txt"))).toMatchObject({ "tag:work": "#1e88e5", "tag:old": "" });
      expect((await metadataOf(api, root.child("b.txt")))["tag:work"]).toBe("#1e88e5");
      expect(await metadataOf(api, root.child("b.txt"))).not.toHaveProperty("tag:old");

      // A recent tag is one click away for the next file.
      await item(page, "c.txt").click({ button: "right" });
      await page.getByRole("menuitem", { name: "Tags…" }).click();
      await page.getByRole("list", { name: "Recent tags" }).getByRole("button", { name: "work" }).click();
      await page.getByRole("dialog", { name: /Tags/ }).getByRole("button", { name: "Save" }).click();
      await toast(page, "Tags saved");
      await expect.poll(async () => (await metadataOf(api, root.child("c.txt")))["tag:work"]).toBe("#1e88e5");

      // The row shows the tag; clicking it lists every file tagged "work".
      await item(page, "c.txt").getByRole("link", { name: "work" }).click();
      await expect(page).toHaveURL(/meta_tag%253Awork/);
      for (const n of ["a.txt", "b.txt", "c.txt"]) await expect(item(page, n)).toBeVisible();
      await expectNoSidewaysScroll(page);

      // So does a tag in Details.
      await page.goto(homeUrl(root.uri));
      await item(page, "a.txt").click({ button: "right" });
      await page.getByRole("menuitem", { name: "Details" }).click();
      const panel = page.getByRole("complementary", { name: "a.txt" });
      await panel.getByRole("button", { name: "old" }).click();
      await expect(page).toHaveURL(/meta_tag%253Aold/);
      await expect(item(page, "a.txt")).toBeVisible();
      await expect(item(page, "b.txt")).toHaveCount(0);
    } finally {
      await root.cleanup();
    }
  });

  test("a folder gets an emoji icon and a colour, shown in the list, the grid and the tree", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "customize");
    try {
      await mkdir(api, root.child("Projects"));
      for (const size of [DESKTOP, PHONE]) {
        await page.setViewportSize(size);
        await page.goto(homeUrl(root.uri));
        await item(page, "Projects").click({ button: "right" });
        await page.getByRole("menuitem", { name: "Customize…" }).click();
        const dialog = page.getByRole("dialog", { name: "Customize “Projects”" });
        const icons = dialog.getByRole("group", { name: "Icon" });
        // The first emoji of the shown group (not a group's tab, not "No icon").
        const pick = icons.getByRole("button", { pressed: false, name: /^(?!Emoji group|No icon)/ }).first();
        const emoji = (await pick.textContent())!.trim();
        await pick.click();
        await expect(icons.getByRole("button", { name: emoji, exact: true, pressed: true })).toBeVisible();
        await dialog.getByRole("radio", { name: "Red" }).check();
        await expectAxeClean(page, "customize dialog");
        await expectNoSidewaysScroll(page);
        await dialog.getByRole("button", { name: "Save" }).click();
        await toast(page, "Saved");
        expect(await metadataOf(api, root.child("Projects"))).toMatchObject({ "customize:emoji": emoji, "customize:icon_color": "#e53935" });
        // A selected item shows a check mark in place of its icon: clear the selection first.
        await page.keyboard.press("Escape");
        await expect(item(page, "Projects")).toHaveAttribute("aria-selected", "false");
        await expect(item(page, "Projects")).toContainText(emoji);
        if (size === DESKTOP) {
          await treeItem(page, root.name).focus();
          await page.keyboard.press("ArrowRight");
          await expect(treeItem(page, "Projects")).toContainText(emoji);
          await useLayout(page, "grid");
          await expect(item(page, "Projects")).toContainText(emoji);
          await useLayout(page, "list");
        }
        // Cleared again: back to the folder icon.
        await item(page, "Projects").click({ button: "right" });
        await page.getByRole("menuitem", { name: "Customize…" }).click();
        await dialog.getByRole("button", { name: "No icon" }).click();
        await dialog.getByRole("radio", { name: "No colour" }).check();
        await dialog.getByRole("button", { name: "Save" }).click();
        await expect.poll(async () => Object.keys(await metadataOf(api, root.child("Projects"))).filter((k) => k.startsWith("customize:"))).toEqual([]);
        await expect(item(page, "Projects")).not.toContainText(emoji);
      }
    } finally {
      await root.cleanup();
    }
  });
});
