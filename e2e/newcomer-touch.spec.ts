// What a newcomer trips over first on a touch screen and when adding files: menus and hints that
// fit a phone, new files, and uploads that name their folders plainly.
import { join } from "node:path";
import { expect, expectAxeClean, test } from "./support/fixtures";
import { homeUrl, item, testFolder, touch, view } from "./explorer-support";
import { putFile } from "./shares-support";
import { isChunkRequest, MiB, bigFile, queuePanel, queueRow, setFaults, smallFile, tempDir, uploadThroughUi } from "./transfers-helpers";
import { WIDTHS, sizeFor, expectNoSidewaysScroll, cutTexts, sidewaysOverflow } from "./newcomer-support";

test.describe("touch screens", () => {
  test.use({ viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true });

  test("menus show no keyboard hints, the shortcuts help fits and lists Del once, tooltips do not stick", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "touch");
    try {
      await touch(api, root.child("a.txt"));
      // The page's clock: the waits for a late hover and for the tooltip's delay below are moved
      // on at once instead of waited out.
      await page.clock.install();
      await page.goto(homeUrl(root.uri));
      await expect(item(page, "a.txt")).toBeVisible();

      await page.getByRole("toolbar", { name: "File actions" }).getByRole("button", { name: "More actions" }).tap();
      const menu = page.getByRole("menu", { name: "Folder actions" });
      await expect(menu.getByRole("menuitem", { name: "New folder" })).toBeVisible();
      await expect(menu).not.toContainText(/Alt\+|Ctrl\+|⌘|⌥/, { useInnerText: true });
      // Closed the way a finger does: a tap beside it.
      await page.touchscreen.tap(20, 700);
      await expect(menu).toBeHidden();

      // A tap on "View options" leaves no tooltip over the files once its panel is closed: not
      // from the hover a phone reports along with a tap, nor from focus coming back to the button.
      const viewOptions = page.getByRole("button", { name: "View options" });
      const options = page.getByRole("dialog", { name: "View options" });
      await viewOptions.tap();
      await expect(options).toBeVisible();
      await page.touchscreen.tap(20, 700);
      await expect(options).toBeHidden();
      // The hover may come late, after the tap's own touch events have been handled (and after
      // the tooltip's own short guard against the mouse events of a tap has run out).
      await page.clock.runFor(2000);
      await viewOptions.dispatchEvent("mouseover");
      await viewOptions.tap();
      await expect(options).toBeVisible();
      await page.keyboard.press("Escape");
      await expect(options).toBeHidden();
      await expect(viewOptions).toBeFocused();
      // Longer than the tooltip's delay: a tooltip opened either way would be showing by now.
      await page.clock.runFor(1000);
      await expect(page.getByRole("tooltip")).toHaveCount(0);

      await view(page).focus();
      await page.keyboard.press("?");
      const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
      await expect(help).toBeVisible();
      await expect(help.getByText("Del", { exact: true })).toHaveCount(1);
      expect(await sidewaysOverflow(help)).toEqual([]);
      const paper = (await help.boundingBox())!;
      expect(paper.x).toBeGreaterThanOrEqual(0);
      expect(paper.x + paper.width).toBeLessThanOrEqual(360);
      await expectNoSidewaysScroll(page);
      await expectAxeClean(page, "shortcuts help at 360 px");
    } finally {
      await root.cleanup();
    }
  });
});

test.describe("new file", () => {
  for (const width of WIDTHS) {
    test(`at ${width} px a typed extension is kept, a name without one gets .txt`, async ({ userPage: page, api }) => {
      const root = await testFolder(api, "new-file");
      try {
        await page.setViewportSize(sizeFor(width));
        await page.goto(homeUrl(root.uri));
        const create = async (typed: string, expectedNote?: string) => {
          await page.getByRole("toolbar", { name: "File actions" }).getByRole("button", { name: "New file" }).click();
          const dialog = page.getByRole("dialog", { name: "New file" });
          const field = dialog.getByRole("textbox", { name: "Name" });
          await expect(field).toBeFocused();
          // The whole suggested name is selected: typing replaces it, extension included.
          await page.keyboard.type(typed);
          await expect(field).toHaveValue(typed);
          if (expectedNote) await expect(dialog.getByText(expectedNote)).toBeVisible();
          if (expectedNote) await expectAxeClean(page, "new file dialog");
          await dialog.getByRole("button", { name: "Create" }).click();
          await expect(dialog).toBeHidden();
        };
        await create("x.md");
        await expect(item(page, "x.md")).toBeVisible();
        // The new file is selected; without a selection the toolbar offers "New file" again.
        await expect(item(page, "x.md")).toHaveAttribute("aria-selected", "true");
        await page.keyboard.press("Escape");
        await create("notes", "Will be created as “notes.txt”");
        await expect(item(page, "notes.txt")).toBeVisible();
        const listed = await api.list<{ files: { name: string }[] }>(root.uri);
        expect(listed.files.map((f) => f.name).sort()).toEqual(["notes.txt", "x.md"]);
        await expectNoSidewaysScroll(page);
      } finally {
        await root.cleanup();
      }
    });
  }
});

test.describe("uploads", () => {
  test("a name conflict names the folder as My files/…", async ({ userPage: page, api }) => {
    const { dir, cleanup } = tempDir();
    const root = await testFolder(api, "conflict-name");
    try {
      await putFile(api, root.child("same.txt"), "old\n");
      smallFile(join(dir, "same.txt"), "new\n");
      await uploadThroughUi(page, root.uri, [join(dir, "same.txt")]);
      const dialog = page.getByRole("dialog", { name: "The file already exists" });
      await expect(dialog).toContainText(`“same.txt” already exists in My files/${root.name}.`);
      await dialog.getByRole("button", { name: "Skip" }).click();
      await expect(queueRow(page, "same.txt")).toContainText("Skipped");
    } finally {
      cleanup();
      await root.cleanup();
    }
  });

  test.describe("at 360 px", () => {
    test.use({ accountStorage: { policyType: "local", chunkSize: MiB } });

    test("the summary keeps the time left whole @standin", async ({ userPage: page, api, account, request }) => {
      const { dir, cleanup } = tempDir();
      const root = await testFolder(api, "eta");
      try {
        const path = join(dir, "slow.bin");
        await bigFile(path, 12 * MiB);
        await setFaults(request, account.email, { chunkStallMs: 600, chunkStallRate: 1 });
        await page.setViewportSize(sizeFor(360));
        const firstChunk = page.waitForResponse((r) => isChunkRequest(r.request().method(), r.url()) && r.ok());
        await uploadThroughUi(page, root.uri, [path]);
        await firstChunk;
        const panel = queuePanel(page);
        const summary = panel.getByText(/ left$/).first();
        await expect(summary).toBeVisible({ timeout: 20_000 });
        const header = panel.getByRole("heading", { level: 2 }).locator("..");
        expect(await cutTexts(header)).toEqual([]);
        const box = (await summary.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(360);
        await expectNoSidewaysScroll(page);
        await queueRow(page, "slow.bin").getByRole("button", { name: "Cancel slow.bin" }).click();
      } finally {
        await setFaults(request, account.email, { chunkStallMs: 0, chunkStallRate: 0 }).catch(() => undefined);
        cleanup();
        await root.cleanup();
      }
    });
  });
});
