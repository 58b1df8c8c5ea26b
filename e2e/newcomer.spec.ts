// What a newcomer trips over first, at a laptop's width (1280 px) and a phone's (360 px): nothing
// sticks out sideways, names and dates are not cut, and each page stays accessible.
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import type { Locator, Page } from "@playwright/test";
import { expect, expectAxeClean, test } from "./support/fixtures";
import { E2E_PREFIX } from "./support/api";
import { homeUrl, item, savedView, testFolder, touch, useLayout, view } from "./explorer-support";
import { putFile, shareLink } from "./shares-support";
import { isChunkRequest, MiB, bigFile, queuePanel, queueRow, setFaults, smallFile, tempDir, uploadThroughUi } from "./transfers-helpers";

const WIDTHS = [1280, 360] as const;
const sizeFor = (width: number) => ({ width, height: width === 360 ? 780 : 800 });

async function expectNoSidewaysScroll(page: Page) {
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
}

/**
 * Texts inside `scope` that are cut short: clipped or ellipsised sideways, or clamped to fewer
 * lines than they need.
 */
function cutTexts(scope: Locator): Promise<string[]> {
  return scope.evaluate((root) => {
    const out: string[] = [];
    for (const el of [root, ...root.querySelectorAll<HTMLElement>("*")]) {
      const s = getComputedStyle(el);
      if (!el.textContent?.trim() || s.display === "none") continue;
      const clipsX = s.overflowX === "hidden" || s.overflowX === "clip";
      const clamped = s.webkitLineClamp !== "none" && s.webkitLineClamp !== "";
      if ((clipsX && el.scrollWidth > el.clientWidth + 1) || (clamped && el.scrollHeight > el.clientHeight + 1)) out.push(el.textContent.trim());
    }
    return out;
  });
}

/** Elements inside `scope` that scroll or clip sideways because their content is too wide. */
function sidewaysOverflow(scope: Locator): Promise<string[]> {
  return scope.evaluate((root) =>
    [root, ...root.querySelectorAll<HTMLElement>("*")]
      .filter((el) => getComputedStyle(el).overflowX !== "visible" && el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.tagName}.${el.className}`),
  );
}

/** A value of a details list (`<dt>label</dt><dd>value</dd>`). */
const detail = (scope: Locator, label: string) =>
  scope
    .getByRole("term")
    .filter({ hasText: new RegExp(`^${label}$`) })
    .locator("xpath=following-sibling::dd[1]");

/** Layout through View options: the layout buttons of the toolbar are not shown on phones. */
async function layoutOnAnyWidth(page: Page, layout: "List" | "Grid" | "Gallery") {
  await page.getByRole("button", { name: "View options" }).click();
  const options = page.getByRole("dialog", { name: "View options" });
  await options.getByRole("button", { name: layout, exact: true }).click();
  await page.keyboard.press("Escape");
  await expect(options).toBeHidden();
  // Focus and pointer off the button, so its tooltip does not fade in while a check reads the page.
  await page.mouse.move(1, (page.viewportSize()?.height ?? 600) / 2);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await expect(page.getByRole("tooltip")).toHaveCount(0);
}

test.describe("My shares", () => {
  for (const width of WIDTHS) {
    test(`at ${width} px the actions leave the name room`, async ({ userPage: page, api }) => {
      const root = await testFolder(api, "share-row");
      try {
        await shareLink(api, root.uri);
        await page.setViewportSize(sizeFor(width));
        await page.goto("/shares");
        const row = page.getByRole("list", { name: "My shares" }).getByRole("listitem").filter({ hasText: root.name });
        const name = row.getByRole("heading", { name: root.name });
        await expect(name).toBeVisible();
        expect(await cutTexts(row)).toEqual([]);
        if (width === 360) {
          // One menu instead of four icons: the name keeps most of the row.
          await expect(row.getByRole("button", { name: `Edit: ${root.name}` })).toHaveCount(0);
          expect((await name.boundingBox())!.width).toBeGreaterThan(200);
          await row.getByRole("button", { name: `More actions: ${root.name}` }).click();
          const menu = page.getByRole("menu", { name: `More actions: ${root.name}` });
          for (const action of ["Open", "Copy link", "Edit", "Delete"]) await expect(menu.getByRole("menuitem", { name: action })).toBeVisible();
          await expectAxeClean(page, "share actions menu at 360 px");
          await menu.getByRole("menuitem", { name: "Edit" }).click();
          await expect(page.getByRole("dialog", { name: `Edit share of “${root.name}”` })).toBeVisible();
          await page.keyboard.press("Escape");
        } else {
          await expect(row.getByRole("button", { name: `More actions: ${root.name}` })).toHaveCount(0);
          for (const action of ["Open", "Copy link", "Edit", "Delete"])
            await expect(row.getByRole(action === "Open" ? "link" : "button", { name: `${action}: ${root.name}` })).toBeVisible();
          await expectAxeClean(page, "/shares at 1280 px");
        }
        await expectNoSidewaysScroll(page);
      } finally {
        await root.cleanup();
      }
    });
  }
});

test.describe("explorer rows", () => {
  test("a phone's list row shows size and date, not the folder path", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "phone-row");
    try {
      await putFile(api, root.child("report.txt"), "x".repeat(345));
      await page.setViewportSize(sizeFor(360));
      await page.goto(homeUrl(root.uri));
      await layoutOnAnyWidth(page, "List");
      const row = item(page, "report.txt");
      await expect(row).toBeVisible();
      const text = (await row.innerText()).split("\n").map((l) => l.replace(/\u00a0/g, " ").trim());
      const details = text.find((l) => l.startsWith("345 B"));
      expect(details, text.join(" | ")).toMatch(/^345 B · \w/);
      expect(text.join(" ")).not.toContain(`/${root.name}`);
      expect(await cutTexts(row)).toEqual([]);
      await expectNoSidewaysScroll(page);
      await expectAxeClean(page, "list at 360 px");
    } finally {
      await root.cleanup();
    }
  });

  for (const width of WIDTHS) {
    test(`at ${width} px a trashed item says where it came from and when it goes for good`, async ({ userPage: page, api }) => {
      const root = await testFolder(api, "trash-row");
      const name = `${root.name}-gone.txt`;
      try {
        await touch(api, root.child(name));
        await api.ok("DELETE", "/file", { uris: [root.child(name)] });
        await page.setViewportSize(sizeFor(width));
        await page.goto(homeUrl("cloudreve://trash"));
        if (width === 1280) await useLayout(page, "list");
        else await layoutOnAnyWidth(page, "List");
        const row = item(page, name);
        await expect(row).toBeVisible();
        const from = `My files/${root.name}`;
        if (width === 360) {
          await expect(row).toContainText(from);
          await expect(row).toContainText(/Deleted for good on \w+/);
          expect(await cutTexts(row)).toEqual([]);
        } else {
          await expect(row.getByRole("gridcell", { name: from })).toBeVisible();
          // The header stays on one line and the dates whole.
          const header = view(page).getByRole("columnheader", { name: "Deleted for good on" });
          expect((await header.boundingBox())!.height).toBeLessThanOrEqual(40);
          expect(await cutTexts(view(page).getByRole("row").first())).toEqual([]);
          expect(await cutTexts(row)).toEqual([]);
        }
        await expectNoSidewaysScroll(page);
        await expectAxeClean(page, `trash at ${width} px`);
      } finally {
        // The trashed file goes with the account (stand-in) or with the suite's trash clean-up.
        await root.cleanup();
      }
    });
  }

  test("at 1280 px the Modified column shows whole dates, and columns resize by mouse and keyboard", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "columns-width");
    try {
      await touch(api, root.child("a.txt"));
      await page.setViewportSize(sizeFor(1280));
      await page.goto(homeUrl(root.uri));
      await useLayout(page, "list");
      const row = item(page, "a.txt");
      await expect(row).toBeVisible();
      expect(await cutTexts(row)).toEqual([]);

      // Keyboard: the handle is a focusable separator; ← moves it left, which widens the column.
      const modified = view(page).getByRole("separator", { name: "Resize the Modified column" });
      const start = Number(await modified.getAttribute("aria-valuenow"));
      await modified.focus();
      for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowLeft");
      await expect(modified).toHaveAttribute("aria-valuenow", String(start + 30));
      await expect
        .poll(async () => (await savedView<{ columns?: { type: number; width?: number }[] }>(api, root.uri))?.columns?.find((c) => c.type === 1)?.width)
        .toBe(start + 30);

      // Mouse: drag the Size column's edge 40 px to the left.
      const size = view(page).getByRole("separator", { name: "Resize the Size column" });
      const before = Number(await size.getAttribute("aria-valuenow"));
      const box = (await size.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 - 20, box.y + box.height / 2, { steps: 4 });
      await page.mouse.move(box.x + box.width / 2 - 40, box.y + box.height / 2, { steps: 4 });
      await page.mouse.up();
      await expect(size).toHaveAttribute("aria-valuenow", String(before + 40));
      await expect
        .poll(async () => (await savedView<{ columns?: { type: number; width?: number }[] }>(api, root.uri))?.columns?.find((c) => c.type === 2)?.width)
        .toBe(before + 40);
      // The drag neither sorted nor cleared anything, and the width holds after a reload.
      await expect(view(page).getByRole("columnheader", { name: "Name" })).toHaveAttribute("aria-sort", "ascending");
      await page.reload();
      await expect(view(page).getByRole("separator", { name: "Resize the Size column" })).toHaveAttribute("aria-valuenow", String(before + 40));
      await expectAxeClean(page, "list with resize handles");
      await expectNoSidewaysScroll(page);
    } finally {
      await root.cleanup();
    }
  });
});

test.describe("search", () => {
  for (const width of WIDTHS) {
    test(`at ${width} px one clear button, one condition per typed term, results with their folder`, async ({ userPage: page, api }) => {
      const root = await testFolder(api, "search-box");
      const word = root.name.slice(-8);
      try {
        await putFile(api, root.child(`${word}-plan.txt`), "plan");
        await page.setViewportSize(sizeFor(width));
        await page.goto(homeUrl(root.uri));
        const search = page.getByRole("search", { name: "Search files" });
        // A search field offering recent searches is a combobox.
        const input = search.getByRole("combobox", { name: "Search by name" });
        await input.fill(word);
        await expect(search.getByRole("button", { name: "Clear the search text" })).toHaveCount(1);
        // Not a type="search" field, whose browser-drawn clear button would stand beside ours.
        expect(await input.evaluate((el) => (el as HTMLInputElement).type)).not.toBe("search");
        await input.press("Enter");
        await expect(page.getByRole("button", { name: "1 condition" })).toBeVisible();
        await layoutOnAnyWidth(page, "List");
        const row = item(page, `${word}-plan.txt`);
        await expect(row).toBeVisible();
        // Where the result is: the folder's own name on a phone, the path in the Location column.
        await expect(row).toContainText(root.name);
        if (width === 360) {
          // Size and date come first and stay whole; only the folder's name may give way.
          await expect(row).toContainText(`4 B · `);
          expect((await cutTexts(row.getByRole("gridcell").first())).filter((t) => t !== root.name)).toEqual([]);
        } else {
          // A long path may give way in its column (which can be widened); the name and date do not.
          expect((await cutTexts(row)).filter((t) => t !== `My files/${root.name}`)).toEqual([]);
        }
        await expectNoSidewaysScroll(page);
        await expectAxeClean(page, `search results at ${width} px`);
      } finally {
        await root.cleanup();
      }
    });
  }
});

test.describe("settings", () => {
  for (const width of WIDTHS) {
    test(`at ${width} px every tab fits, theme colours have names`, async ({ userPage: page }) => {
      await page.setViewportSize(sizeFor(width));
      await page.goto("/settings?tab=preference");
      const tabs = page.getByRole("tablist", { name: "Settings sections" });
      for (const name of ["Profile", "Preferences", "Security"]) {
        const tab = tabs.getByRole("tab", { name });
        await expect(tab).toBeVisible();
        const box = (await tab.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        expect(await cutTexts(tab)).toEqual([]);
      }
      const colours = page.getByRole("radiogroup", { name: "Theme colour" });
      // Only shown when the site offers more than one colour.
      if (await colours.count()) {
        const labels = await colours.getByRole("radio").evaluateAll((els) => els.map((e) => (e.closest("label")?.textContent ?? "").trim()));
        expect(labels.length).toBeGreaterThan(1);
        for (const l of labels) expect(l).not.toMatch(/^#[0-9a-f]{3,8}$/i);
      }
      await expectNoSidewaysScroll(page);
      await expectAxeClean(page, `preferences at ${width} px`);
    });
  }

  test("the 2FA set-up shows a QR code of the authenticator link", async ({ userPage: page, login }) => {
    test.skip(Boolean(login.user.two_fa_enabled), "the account already uses 2FA");
    await page.setViewportSize(sizeFor(360));
    await page.goto("/settings?tab=security");
    await page.getByRole("button", { name: "Turn on 2FA" }).click();
    const dialog = page.getByRole("dialog", { name: "Turn on 2FA" });
    const qr = dialog.getByRole("img", { name: "QR code to scan with your authenticator app" });
    await expect(qr).toBeVisible();
    await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await expect(dialog.getByRole("link", { name: "Open in authenticator app" })).toHaveAttribute("href", /^otpauth:\/\/totp\//);
    await expectNoSidewaysScroll(page);
    await expectAxeClean(page, "2FA set-up at 360 px");
    await dialog.getByRole("button", { name: "Cancel" }).click();
  });
});

test.describe("touch screens", () => {
  test.use({ viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true });

  test("menus show no keyboard hints, the shortcuts help fits and lists Del once, tooltips do not stick", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "touch");
    try {
      await touch(api, root.child("a.txt"));
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
      // The hover may come late, after the tap's own touch events have been handled.
      await page.waitForTimeout(2000);
      await viewOptions.dispatchEvent("mouseover");
      await viewOptions.tap();
      await expect(options).toBeVisible();
      await page.keyboard.press("Escape");
      await expect(options).toBeHidden();
      await expect(viewOptions).toBeFocused();
      // Longer than the tooltip's delay: a tooltip opened either way would be showing by now.
      await page.waitForTimeout(1000);
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

test.describe("gallery and details", () => {
  for (const width of WIDTHS) {
    test(`at ${width} px gallery tiles keep apart; details give sizes once and the folder by name`, async ({ userPage: page, api }) => {
      const root = await testFolder(api, "gallery");
      try {
        await putFile(api, root.child("small.txt"), "y".repeat(345));
        for (let i = 1; i <= 7; i++) await touch(api, root.child(`tile-${i}.txt`));
        await page.setViewportSize(sizeFor(width));
        await page.goto(homeUrl(root.uri));
        await layoutOnAnyWidth(page, "Gallery");
        const tiles = view(page).getByRole("option");
        await expect(tiles).toHaveCount(8);
        const boxes = await tiles.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, r: r.right, b: r.bottom })));
        const first = boxes[0]!;
        const right = boxes.find((b) => b.y === first.y && b.x > first.x)!;
        const below = boxes.find((b) => b.y > first.y)!;
        expect(right.x - first.r).toBeGreaterThanOrEqual(4);
        expect(below.y - first.b).toBeGreaterThanOrEqual(4);

        await view(page).getByRole("option", { name: "small.txt" }).click({ button: "right" });
        await page.getByRole("menuitem", { name: "Details" }).click();
        const details = width === 360 ? page.getByRole("dialog", { name: "small.txt" }) : page.getByRole("complementary", { name: "small.txt" });
        await expect(detail(details, "Size")).toHaveText("345 B");
        await expect(detail(details, "Location")).toHaveText(`My files/${root.name}`);
        await expectNoSidewaysScroll(page);
        await expectAxeClean(page, `details at ${width} px`);
      } finally {
        await root.cleanup();
      }
    });
  }
});

test("an item at the root is located in My files, not /", async ({ userPage: page, api }) => {
  const name = `${E2E_PREFIX}root-item-${randomUUID().slice(0, 8)}.txt`;
  const uri = `cloudreve://my/${encodeURIComponent(name)}`;
  try {
    await touch(api, uri);
    await page.goto(homeUrl("cloudreve://my"));
    await item(page, name).click({ button: "right" });
    await page.getByRole("menuitem", { name: "Details" }).click();
    await expect(detail(page.getByRole("complementary", { name }), "Location")).toHaveText("My files");
  } finally {
    await api.call("DELETE", "/file", { uris: [uri], skip_soft_delete: true }).catch(() => undefined);
  }
});

test("an empty folder at 360 px offers its new-item buttons without pushing the page sideways", async ({ userPage: page, api }) => {
  const root = await testFolder(api, "empty-phone");
  try {
    await page.setViewportSize(sizeFor(360));
    await page.goto(homeUrl(root.uri));
    await expect(page.getByText("This folder is empty")).toBeVisible();
    const buttons = page.getByRole("main").getByRole("button", { name: /^New / });
    expect(await buttons.count()).toBeGreaterThan(1);
    for (const button of await buttons.all()) {
      const box = (await button.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
    }
    await expectNoSidewaysScroll(page);
  } finally {
    await root.cleanup();
  }
});
