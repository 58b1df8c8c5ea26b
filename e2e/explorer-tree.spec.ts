// Organizing from the navigation drawer: the folder tree under My files, drops on the drawer
// (tree, pins, Trash) and the drawer's width. At a laptop's size (1280×800) and a phone's (360×780).
import { expect, expectAxeClean, test } from "./support/fixtures";
import { homeUrl, item, mkdir, testFolder, toast, touch, useLayout } from "./explorer-support";
import { DESKTOP, PHONE, tree, treeItem, heading, expectNoSidewaysScroll, namesIn } from "./organize-support";

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
