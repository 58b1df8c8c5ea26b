// Organizing from the navigation drawer and with the mouse: the folder tree under My files, drops
// on the drawer (tree, pins, Trash), the drawer's width, the click preferences and rename by a
// slow second click. At a laptop's size (1280×800) and a phone's (360×780) where it applies.
import type { Page } from "@playwright/test";
import { expect, expectAxeClean, test } from "./support/fixtures";
import { homeUrl, item, mkdir, testFolder, toast, touch, useLayout } from "./explorer-support";

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 780 };

const tree = (page: Page) => page.getByRole("tree", { name: "Folders" });
const treeItem = (page: Page, name: string) => tree(page).getByRole("treeitem", { name, exact: true });
const heading = (page: Page) => page.getByRole("heading", { level: 1 });

async function expectNoSidewaysScroll(page: Page) {
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
}

async function namesIn(api: import("./support/api").Api, uri: string): Promise<string[]> {
  const res = await api.list<{ files: { name: string }[] }>(uri);
  return res.files.map((f) => f.name).sort();
}

test.describe("Folder tree", () => {
  test("shows the folders of My files, expanded to the current folder, and works with the keyboard", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "tree");
    try {
      await mkdir(api, root.child("Alpha", "Beta", "Gamma"));
      await mkdir(api, root.child("Alpha", "Bravo"));
      await mkdir(api, root.child("Zulu"));
      await touch(api, root.child("Alpha", "note.txt"));
      await page.setViewportSize(DESKTOP);
      await page.goto(homeUrl(root.child("Alpha", "Beta")));
      await expect(heading(page)).toHaveText("Beta");

      // Ancestors are expanded, the current folder is the selected item; files are not listed.
      const top = treeItem(page, root.name);
      await expect(top).toHaveAttribute("aria-expanded", "true");
      await expect(top).toHaveAttribute("aria-level", "1");
      await expect(treeItem(page, "Alpha")).toHaveAttribute("aria-expanded", "true");
      const beta = treeItem(page, "Beta");
      await expect(beta).toHaveAttribute("aria-selected", "true");
      await expect(beta).toHaveAttribute("aria-level", "3");
      await expect(beta).toHaveAttribute("aria-expanded", "false");
      await expect(treeItem(page, "Bravo")).toBeVisible();
      await expect(tree(page).getByText("note.txt")).toHaveCount(0);
      await expectAxeClean(page, "folder tree");

      // One tab stop: the current folder.
      await expect(tree(page).locator('[role="treeitem"][tabindex="0"]')).toHaveCount(1);
      await beta.focus();
      // → expands (children load), → again moves to the first child.
      await page.keyboard.press("ArrowRight");
      await expect(beta).toHaveAttribute("aria-expanded", "true");
      await expect(treeItem(page, "Gamma")).toBeVisible();
      await page.keyboard.press("ArrowRight");
      await expect(treeItem(page, "Gamma")).toBeFocused();
      // Gamma has no subfolders: once known, it is a leaf (no aria-expanded).
      await page.keyboard.press("ArrowRight");
      await expect(treeItem(page, "Gamma")).not.toHaveAttribute("aria-expanded", /.*/);
      // ← goes to the parent, ← again collapses it.
      await page.keyboard.press("ArrowLeft");
      await expect(beta).toBeFocused();
      await page.keyboard.press("ArrowLeft");
      await expect(beta).toHaveAttribute("aria-expanded", "false");
      await expect(treeItem(page, "Gamma")).toHaveCount(0);
      // ↓ to the sibling, Enter opens it.
      await page.keyboard.press("ArrowDown");
      await expect(treeItem(page, "Bravo")).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(heading(page)).toHaveText("Bravo");
      await expect(treeItem(page, "Bravo")).toHaveAttribute("aria-selected", "true");
      // Home goes to the first folder of My files, End to the last one shown.
      await treeItem(page, "Bravo").focus();
      await page.keyboard.press("End");
      await expect(tree(page).getByRole("treeitem").last()).toBeFocused();
      await page.keyboard.press("Home");
      await expect(tree(page).getByRole("treeitem").first()).toBeFocused();
      // Type-ahead finds a shown folder by its first letters.
      await treeItem(page, "Alpha").focus();
      await page.keyboard.type("Bra");
      await expect(treeItem(page, "Bravo")).toBeFocused();

      // A click on a row opens the folder; the chevron only expands.
      await treeItem(page, "Zulu").click();
      await expect(heading(page)).toHaveText("Zulu");
      await expectNoSidewaysScroll(page);
    } finally {
      await root.cleanup();
    }
  });

  test("at 360 px the tree is in the navigation drawer, which closes on opening a folder", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "tree-phone");
    try {
      await mkdir(api, root.child("Deep", "Deeper"));
      await touch(api, root.child("Deep", "Deeper", "inside.txt"));
      await page.setViewportSize(PHONE);
      await page.goto(homeUrl(root.child("Deep")));
      await expect(heading(page)).toHaveText("Deep");
      await page.getByRole("button", { name: "Open navigation" }).click();
      await expect(treeItem(page, root.name)).toHaveAttribute("aria-expanded", "true");
      const deep = treeItem(page, "Deep");
      await expect(deep).toHaveAttribute("aria-selected", "true");
      await expectAxeClean(page, "folder tree in the phone drawer");
      await deep.focus();
      await page.keyboard.press("ArrowRight");
      await treeItem(page, "Deeper").click();
      await expect(heading(page)).toHaveText("Deeper");
      await expect(tree(page)).toBeHidden();
      await expectNoSidewaysScroll(page);
    } finally {
      await root.cleanup();
    }
  });
});

test.describe("Drawer drop targets", () => {
  test("dropping items on a tree folder, a pinned folder or Trash moves them there, with undo", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "drawer-dnd");
    try {
      await mkdir(api, root.child("Target"));
      await mkdir(api, root.child("Pinned"));
      for (const n of ["one.txt", "two.txt", "three.txt"]) await touch(api, root.child(n));
      await api.ok("PUT", "/file/pin", { uri: root.child("Pinned"), name: "Pinned" });
      await page.setViewportSize(DESKTOP);
      await page.goto(homeUrl(root.uri));
      await useLayout(page, "list");
      await treeItem(page, root.name).focus();
      await page.keyboard.press("ArrowRight");
      const target = treeItem(page, "Target");
      await expect(target).toBeVisible();

      // While dragging over it, the folder shows that it takes the drop.
      await item(page, "one.txt").hover();
      await page.mouse.down();
      await target.hover({ position: { x: 60, y: 8 } });
      await target.hover({ position: { x: 62, y: 10 } });
      await expect(target.locator("> div")).toHaveCSS("outline-style", "dashed");
      await page.mouse.up();
      await toast(page, /^Moved “one\.txt” to Target/);
      await expect(item(page, "one.txt")).toHaveCount(0);
      expect(await namesIn(api, root.child("Target"))).toEqual(["one.txt"]);

      // A pinned folder takes a drop too.
      const pin = page.getByRole("navigation", { name: "Files" }).getByRole("link", { name: "Pinned", exact: true });
      await item(page, "two.txt").dragTo(pin);
      await toast(page, /^Moved “two\.txt” to Pinned/);
      expect(await namesIn(api, root.child("Pinned"))).toEqual(["two.txt"]);

      // Trash: moved to the trash, and Undo brings it back.
      const trash = page.getByRole("link", { name: "Trash", exact: true });
      await item(page, "three.txt").dragTo(trash);
      const done = await toast(page, /three\.txt/);
      await expect(item(page, "three.txt")).toHaveCount(0);
      await done.getByRole("button", { name: "Undo" }).click();
      await expect(item(page, "three.txt")).toBeVisible();
    } finally {
      await api.call("DELETE", "/file/pin", { uri: root.child("Pinned") }).catch(() => undefined);
      await root.cleanup();
    }
  });
});

test.describe("Navigation width", () => {
  test("the drawer's edge resizes it with the keyboard, within limits, and the width is kept", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "drawer-width");
    try {
      await page.setViewportSize(DESKTOP);
      await page.goto(homeUrl(root.uri));
      const edge = page.getByRole("separator", { name: "Resize navigation" });
      await expect(edge).toHaveAttribute("aria-orientation", "vertical");
      await expect(edge).toHaveAttribute("aria-valuenow", "248");
      const min = Number(await edge.getAttribute("aria-valuemin"));
      const max = Number(await edge.getAttribute("aria-valuemax"));
      await edge.focus();
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("ArrowRight");
      await expect(edge).toHaveAttribute("aria-valuenow", "280");
      const nav = page.locator("#app-nav");
      await expect.poll(async () => (await nav.boundingBox())?.width).toBe(280);
      await page.keyboard.press("End");
      await page.keyboard.press("ArrowRight");
      await expect(edge).toHaveAttribute("aria-valuenow", String(max));
      await page.keyboard.press("Home");
      await page.keyboard.press("ArrowLeft");
      await expect(edge).toHaveAttribute("aria-valuenow", String(min));

      // With the mouse: drag the edge 100 px to the right.
      const box = (await edge.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + 300);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + 100, box.y + 300, { steps: 5 });
      await page.mouse.up();
      await expect(edge).toHaveAttribute("aria-valuenow", String(min + 100));
      await expectAxeClean(page, "resizable navigation");

      await page.reload();
      await expect(page.getByRole("separator", { name: "Resize navigation" })).toHaveAttribute("aria-valuenow", String(min + 100));
      await expectNoSidewaysScroll(page);
    } finally {
      await root.cleanup();
    }
  });
});

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

async function metadataOf(api: import("./support/api").Api, uri: string): Promise<Record<string, string>> {
  const info = await api.ok<{ metadata?: Record<string, string> | null }>("GET", "/file/info", undefined, { uri });
  return info.metadata ?? {};
}

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
