// Every language the app offers renders the explorer in that language; Arabic reads right to left;
// the language chosen in preferences is saved to the account and follows the user to a new
// browser; dates follow the time zone chosen in preferences.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { expect, expectAxeClean, test } from "./support/fixtures";
import { contextAction, homeUrl, item, testFolder } from "./explorer-support";
import { putFile } from "./shares-support";
import { LANGUAGES } from "../src/i18n/languages";

const LOCALES = "public/locales";
const texts = (lng: string, ns: string) => JSON.parse(readFileSync(join(LOCALES, lng, `${ns}.json`), "utf8")) as Record<string, Record<string, string>>;

/** Every key of every en-US namespace, as the code names them ("actions.open"). */
function allKeys(): Set<string> {
  const keys = new Set<string>();
  const walk = (node: Record<string, unknown>, prefix: string) => {
    for (const [k, v] of Object.entries(node)) {
      if (v && typeof v === "object") walk(v as Record<string, unknown>, `${prefix}${k}.`);
      else keys.add(`${prefix}${k}`.replace(/_(zero|one|two|few|many|other)$/, ""));
    }
  };
  for (const f of readdirSync(join(LOCALES, "en-US"))) walk(JSON.parse(readFileSync(join(LOCALES, "en-US", f), "utf8")), "");
  return keys;
}

const rawKeysOn = async (page: Page, keys: Set<string>) => {
  const words = (await page.locator("body").innerText()).split(/\s+/);
  return words.filter((w) => keys.has(w.replace(/[.,:;]+$/, "")));
};

test.describe("languages", () => {
  test("every language renders the explorer in its own words, with no raw keys", async ({ userPage: page, api }) => {
    // Thirteen page loads, each with its own texts: a busy machine needs longer than one page's limit.
    test.slow();
    const root = await testFolder(api, "languages");
    const keys = allKeys();
    try {
      await putFile(api, root.child("notes.txt"), "hello\n");
      for (const { code } of LANGUAGES) {
        await page.evaluate((lng) => localStorage.setItem("i18nextLng", lng), code).catch(() => undefined);
        await page.addInitScript((lng) => localStorage.setItem("i18nextLng", lng), code);
        await page.goto(homeUrl(root.uri));
        await expect(page.locator("html"), code).toHaveAttribute("lang", code);
        await expect(page.locator("html"), code).toHaveAttribute("dir", code === "ar" ? "rtl" : "ltr");
        const nav = texts(code, "common").nav!;
        await expect(
          page.getByRole("navigation", { name: nav.files!, exact: true }).getByRole("link", { name: nav.myFiles!, exact: true }),
          code,
        ).toBeVisible();
        await expect(item(page, "notes.txt"), code).toBeVisible();
        expect(await rawKeysOn(page, keys), code).toEqual([]);
      }
    } finally {
      await root.cleanup();
    }
  });

  test("Arabic lays the app out right to left", async ({ userPage: page }) => {
    await page.addInitScript(() => localStorage.setItem("i18nextLng", "ar"));
    await page.goto("/shares");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    const nav = page.getByRole("navigation", { name: texts("ar", "common").nav!.pages! });
    await expect(nav).toBeVisible();
    const box = (await nav.boundingBox())!;
    const width = page.viewportSize()!.width;
    // The navigation drawer sits on the right edge, where right-to-left readers start.
    expect(box.x + box.width).toBeGreaterThan(width - 8);
    expect(box.x).toBeGreaterThan(width / 2);
    await expectAxeClean(page, "Arabic");
  });

  test("the language chosen in preferences is saved to the account and follows the user to a new browser", async ({
    userPage: page,
    api,
    account,
    browser,
  }) => {
    try {
      await page.goto("/settings?tab=preference");
      await page.getByRole("combobox", { name: "Language" }).click();
      await page.getByRole("option", { name: "Deutsch" }).click();
      // Stored on the account the way the official frontend stores it.
      await expect.poll(async () => (await api.ok<{ language?: string }>("GET", "/user/me")).language).toBe("de-DE");
      await expect(page.getByRole("tab", { name: texts("de", "settings").tabs!.preference! })).toBeVisible();

      const other = await browser.newContext({ locale: "en-US" });
      try {
        const fresh = await other.newPage();
        await fresh.goto("/session");
        await fresh.getByRole("textbox", { name: "E-mail" }).fill(account.email);
        await fresh.getByRole("button", { name: "Continue" }).click();
        await fresh.getByRole("textbox", { name: "Password", exact: true }).fill(account.password);
        await fresh.getByRole("button", { name: "Sign in", exact: true }).click();
        await expect(fresh.locator("html")).toHaveAttribute("lang", "de");
        const nav = texts("de", "common").nav!;
        await expect(fresh.getByRole("navigation", { name: nav.files!, exact: true }).getByRole("link", { name: nav.myFiles!, exact: true })).toBeVisible();
      } finally {
        await other.close();
      }
    } finally {
      await api.call("PATCH", "/user/setting", { language: "en-US" }).catch(() => undefined);
    }
  });

  test("dates follow the time zone chosen in preferences", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "zone");
    try {
      await putFile(api, root.child("dated.txt"), "x\n");
      const info = await api.ok<{ updated_at: string }>("GET", "/file/info", undefined, { uri: root.child("dated.txt") });
      // Formatted by the browser's own Intl, whose spacing may differ from Node's.
      const inZone = (timeZone: string) =>
        page.evaluate(
          ([iso, zone]) => new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: zone }).format(Date.parse(iso!)),
          [info.updated_at, timeZone],
        );
      await page.goto("/settings?tab=preference");
      await page.getByRole("combobox", { name: "Time zone" }).selectOption("Pacific/Kiritimati");
      const modified = async () => {
        await page.goto(homeUrl(root.uri));
        await contextAction(page, item(page, "dated.txt"), "Details");
        return page.getByRole("complementary", { name: "dated.txt" });
      };
      await expect(await modified()).toContainText(await inZone("Pacific/Kiritimati"));
      await page.goto("/settings?tab=preference");
      await page.getByRole("combobox", { name: "Time zone" }).selectOption("Pacific/Pago_Pago");
      await expect(await modified()).toContainText(await inZone("Pacific/Pago_Pago"));
    } finally {
      await root.cleanup();
    }
  });
});
