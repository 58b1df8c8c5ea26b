// What a newcomer trips over first on My shares, search results and the settings, at a laptop's
// width (1280 px) and a phone's (360 px): nothing sticks out sideways or is cut short.
import { expect, expectAxeClean, test } from "./support/fixtures";
import { homeUrl, item, testFolder } from "./explorer-support";
import { putFile, shareLink } from "./shares-support";
import { WIDTHS, sizeFor, expectNoSidewaysScroll, cutTexts, layoutOnAnyWidth } from "./newcomer-support";

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
        // The tab may be drawn again while the page settles (a null box): measure until it holds.
        await expect(async () => {
          const box = await tab.boundingBox();
          expect(box).not.toBeNull();
          expect(box!.x).toBeGreaterThanOrEqual(0);
          expect(box!.x + box!.width).toBeLessThanOrEqual(width);
        }).toPass();
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
