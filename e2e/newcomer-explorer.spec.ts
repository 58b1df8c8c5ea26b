// What a newcomer trips over first in the explorer, at a laptop's width (1280 px) and a phone's
// (360 px): rows, galleries and details show whole names and dates, nothing sticks out sideways.
import { randomUUID } from "node:crypto";
import { expect, expectAxeClean, test } from "./support/fixtures";
import { E2E_PREFIX } from "./support/api";
import { homeUrl, item, savedView, testFolder, touch, useLayout, view } from "./explorer-support";
import { putFile } from "./shares-support";
import { WIDTHS, sizeFor, expectNoSidewaysScroll, cutTexts, detail, layoutOnAnyWidth } from "./newcomer-support";

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
