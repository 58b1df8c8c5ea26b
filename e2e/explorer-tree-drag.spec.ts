// Dragging files to a folder deep in the drawer's tree: a closed folder opens after a short hover,
// so the target can be reached without letting go. The page's clock is controlled, so the hover
// delay does not depend on the machine's speed.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { homeUrl, item, mkdir, testFolder, toast, touch, useLayout } from "./explorer-support";

const tree = (page: Page) => page.getByRole("tree", { name: "Folders" });
const treeItem = (page: Page, name: string) => tree(page).getByRole("treeitem", { name, exact: true });

/** Drags on over a tree folder (two moves, so the browser sends dragover there). */
async function dragOver(page: Page, name: string) {
  const target = treeItem(page, name);
  await target.hover({ position: { x: 60, y: 8 } });
  await target.hover({ position: { x: 62, y: 10 } });
}

test("dragging files over closed tree folders opens them after a hover, down to a deep target", async ({ userPage: page, api }) => {
  const root = await testFolder(api, "tree-drag");
  try {
    for (const path of [["Outer"], ["Outer", "Inner"], ["Outer", "Inner", "Deep"], ["Other"], ["Other", "Sub"]]) await mkdir(api, root.child(...path));
    await touch(api, root.child("report.txt"));
    await page.clock.install();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(homeUrl(root.uri));
    await useLayout(page, "list");
    await treeItem(page, root.name).focus();
    await page.keyboard.press("ArrowRight");
    await expect(treeItem(page, "Outer")).toHaveAttribute("aria-expanded", "false");

    // While a drag hovers over a closed folder the page's time moves only when the test says so;
    // in between it runs, so the opened folder's listing arrives.
    const pause = async () => page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
    await pause();
    await item(page, "report.txt").hover();
    await page.mouse.down();
    // Passing over a folder does not open it; only a hover that lasts does.
    await dragOver(page, "Other");
    await page.clock.runFor(300);
    await dragOver(page, "Outer");
    await page.clock.runFor(300);
    await expect(treeItem(page, "Other")).toHaveAttribute("aria-expanded", "false");
    await expect(treeItem(page, "Outer")).toHaveAttribute("aria-expanded", "false");
    await page.clock.runFor(500);
    await expect(treeItem(page, "Outer")).toHaveAttribute("aria-expanded", "true");
    await page.clock.resume();
    await expect(treeItem(page, "Inner")).toBeVisible();
    await pause();
    await dragOver(page, "Inner");
    await page.clock.runFor(800);
    await expect(treeItem(page, "Inner")).toHaveAttribute("aria-expanded", "true");
    await page.clock.resume();
    await dragOver(page, "Deep");
    await expect(treeItem(page, "Deep").locator("> div")).toHaveCSS("outline-style", "dashed");
    await page.mouse.up();

    await toast(page, /^Moved “report\.txt” to Deep/);
    await expect(item(page, "report.txt")).toHaveCount(0);
    const moved = await api.list<{ files: { name: string }[] }>(root.child("Outer", "Inner", "Deep"));
    expect(moved.files.map((f) => f.name)).toEqual(["report.txt"]);
    // A folder the drag only passed over stayed closed.
    await expect(treeItem(page, "Other")).toHaveAttribute("aria-expanded", "false");
  } finally {
    await root.cleanup();
  }
});
