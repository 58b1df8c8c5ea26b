// What an admin customises on newer servers (custom navigation links, custom HTML blocks) and on
// every server (the file-type icon table): the app shows it, and custom HTML runs no script.
import type { Page } from "@playwright/test";
import { expect, expectAxeClean, test } from "./support/fixtures";
import { homeUrl, item, testFolder } from "./explorer-support";
import { putFile } from "./shares-support";

const HOSTILE = '<img src="/nope.png" onerror="window.__pwned = 1"><script>window.__pwned = 2</script>';

/** Answers the site configuration section with the server's own answer plus `extra`. */
async function extendSiteConfig(page: Page, section: "basic" | "explorer", extra: Record<string, unknown>) {
  await page.route(`**/api/v4/site/config/${section}`, async (route) => {
    const res = await route.fetch();
    const body = (await res.json()) as { data: Record<string, unknown> };
    await route.fulfill({ response: res, json: { ...body, data: { ...body.data, ...extra } } });
  });
}

test.describe("site customisation", () => {
  test("custom navigation links and the sidebar's custom HTML appear, without running script", async ({ userPage: page }) => {
    await extendSiteConfig(page, "basic", {
      custom_nav_items: [
        { icon: "fluent:status-24-regular", name: "Status page", url: "https://status.example.org/" },
        { icon: "fluent:question-24-regular", name: "Help", url: "/help" },
        { icon: "x", name: "Sneaky", url: "javascript:alert(1)" },
      ],
      custom_html: { sidebar_bottom: `<p>Run by the <strong>library team</strong>. <a href="mailto:it@example.org">Write to us</a></p>${HOSTILE}` },
    });
    await page.goto("/shares");
    const nav = page.getByRole("navigation", { name: "Pages" });
    const status = nav.getByRole("link", { name: "Status page (opens in a new tab)" });
    await expect(status).toHaveAttribute("href", "https://status.example.org/");
    await expect(status).toHaveAttribute("target", "_blank");
    await expect(nav.getByRole("link", { name: "Help", exact: true })).toHaveAttribute("href", /\/help$/);
    await expect(nav.getByRole("link", { name: "Sneaky" })).toHaveCount(0);
    await expect(page.getByText("Run by the library team.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Write to us" })).toHaveAttribute("href", "mailto:it@example.org");
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await expectAxeClean(page, "custom navigation");
  });

  test("the app bar shows the site's logo (its light variant in dark mode), or the site's name when the logo does not load", async ({ userPage: page }) => {
    await extendSiteConfig(page, "basic", { title: "Example Drive", logo: "/static/img/logo192.png", logo_light: "/static/img/logo512.png" });
    await page.goto("/shares");
    const banner = page.getByRole("banner");
    await expect(banner.getByRole("img", { name: "Example Drive" })).toHaveAttribute("src", "/static/img/logo192.png");
    await page.getByRole("button", { name: "Colour theme" }).click();
    await page.getByRole("menuitemradio", { name: "Dark" }).click();
    await expect(banner.getByRole("img", { name: "Example Drive" })).toHaveAttribute("src", "/static/img/logo512.png");

    await page.unrouteAll();
    await extendSiteConfig(page, "basic", { title: "Example Drive", logo: "/static/img/missing-logo.svg", logo_light: "/static/img/missing-logo.svg" });
    await page.reload();
    await expect(banner.getByText("Example Drive")).toBeVisible();
    await expect(banner.getByRole("img", { name: "Example Drive" })).toHaveCount(0);
  });

  test("the sign-in page shows the site's custom footer and card HTML", async ({ page }) => {
    await extendSiteConfig(page, "basic", {
      custom_html: { headless_footer: `<p>© Example University</p>${HOSTILE}`, headless_bottom: "<p>Staff and students only.</p>" },
    });
    await page.goto("/session");
    await expect(page.getByRole("contentinfo")).toContainText("© Example University");
    await expect(page.getByRole("main")).toContainText("Staff and students only.");
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await expectAxeClean(page, "custom sign-in HTML");
  });

  test("file-type icons follow the admin's icon table: colours and images per extension", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "icons");
    try {
      await putFile(api, root.child("notes.txt"), "x\n");
      await putFile(api, root.child("app.apk"), "x\n");
      await extendSiteConfig(page, "explorer", {
        icons: JSON.stringify([
          { exts: ["txt"], icon: "text", color: "#00796b" },
          { exts: ["apk"], img: "/static/img/logo192.png" },
        ]),
      });
      await page.goto(homeUrl(root.uri));
      await expect(item(page, "notes.txt")).toBeVisible();
      const iconColours = () =>
        item(page, "notes.txt")
          .locator("svg")
          .evaluateAll((els) => els.map((el) => getComputedStyle(el).color));
      await expect.poll(iconColours).toContain("rgb(0, 121, 107)");
      await expect(item(page, "app.apk").locator('img[src$="/static/img/logo192.png"]')).toHaveCount(1);
    } finally {
      await root.cleanup();
    }
  });
});
