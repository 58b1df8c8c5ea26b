// Who gets the admin dashboard, and finding one's way in it at a laptop's width and a phone's.
import { expect, expectAxeClean, test } from "./support/fixtures";
import { groupCan } from "./support/api";
import { GroupPerm } from "../src/lib/capabilities";
import { adminLogin, adminPage, DASHBOARD_CHUNK } from "./admin-support";

test.describe("admin dashboard: who gets it, and finding one's way in it", () => {
  test("someone outside the administrators' group gets no dashboard link, no dashboard code, and /admin says why", async ({ userPage: page, login }) => {
    test.skip(groupCan(login, GroupPerm.IsAdmin), "the configured account is an administrator");
    const loaded: string[] = [];
    page.on("request", (r) => {
      if (DASHBOARD_CHUNK.test(r.url())) loaded.push(r.url());
    });
    await page.goto("/home");
    await page.getByRole("button", { name: /^Account menu of/ }).click();
    await expect(page.getByRole("menuitem", { name: "Settings" })).toBeVisible();
    await expect(page.getByRole("menuitem", { name: "Dashboard" })).toHaveCount(0);
    await page.keyboard.press("Escape");

    await page.goto("/admin/user");
    await expect(page.getByRole("heading", { level: 1, name: "For administrators only" })).toBeVisible();
    await expect(page.getByText("Only members of an administrator group can open it.", { exact: false })).toBeVisible();
    await expectAxeClean(page, "/admin for a non-administrator");
    await page.getByRole("link", { name: "Back to my files" }).click();
    await expect(page).toHaveURL(/\/home/);
    expect(loaded).toEqual([]);
  });

  test("an administrator opens the dashboard from the account menu and moves between its sections at 1280 px, every page axe-clean", async ({
    page,
    request,
  }) => {
    test.slow();
    const admin = await adminLogin(request);
    test.skip(!admin, "the configured account is not an administrator");
    await page.setViewportSize({ width: 1280, height: 800 });
    await adminPage(page, admin!.login, "/home");
    await page.getByRole("button", { name: /^Account menu of/ }).click();
    await page.getByRole("menuitem", { name: "Dashboard" }).click();
    await expect(page).toHaveURL(/\/admin\/home$/);
    await expect(page.getByRole("heading", { level: 1, name: "Summary" })).toBeVisible();
    const totals = page.getByRole("list", { name: "Totals" });
    await expect(totals.getByText("Users")).toBeVisible();
    await expect(page.getByText("Version")).toBeVisible();
    await expectAxeClean(page, "summary");

    const nav = page.getByRole("navigation", { name: "Dashboard sections" });
    const sections: [string, string][] = [
      ["Settings", "Site information - Settings"],
      ["Users", "Users"],
      ["Groups", "Groups"],
      ["Storage policies", "Storage policies"],
      ["Files", "Files"],
      ["Shares", "Shares"],
    ];
    for (const [link, heading] of sections) {
      await nav.getByRole("link", { name: link }).click();
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expect(nav.getByRole("link", { name: link })).toHaveAttribute("aria-current", "page");
      // Lists settle before axe looks at them (rows or their empty text).
      await expect(page.getByRole("progressbar", { name: "Loading" })).toHaveCount(0);
      await expectAxeClean(page, link);
    }
    await expect(page).toHaveTitle(/^Shares - Dashboard/);
  });

  test("at 360 px the sections are one scrolling row of links and lists become cards", async ({ page, request }) => {
    const admin = await adminLogin(request);
    test.skip(!admin, "the configured account is not an administrator");
    await page.setViewportSize({ width: 360, height: 740 });
    await adminPage(page, admin!.login, "/admin/group");
    await expect(page.getByRole("heading", { level: 1, name: "Groups" })).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Dashboard sections" });
    await expect(nav.getByRole("link", { name: "Groups" })).toHaveAttribute("aria-current", "page");
    // No table at this width: each group is a list item with its details and its own menu.
    await expect(page.getByRole("table")).toHaveCount(0);
    const groups = page.getByRole("list", { name: "Groups" });
    await expect(groups.getByRole("listitem").first()).toBeVisible();
    await expect(groups.getByRole("button", { name: /^More actions for / }).first()).toBeVisible();
    // Nothing is wider than the screen but the section row, which scrolls by itself.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAxeClean(page, "groups at 360 px");

    await nav.getByRole("link", { name: "Settings" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Site information - Settings" })).toBeVisible();
    const overflowSettings = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflowSettings).toBeLessThanOrEqual(0);
    await expectAxeClean(page, "settings at 360 px");
  });
});
