// The WebDAV accounts list: paging, a failed load, and a phone-wide screen.
import { randomUUID } from "node:crypto";
import { expect, expectAxeClean } from "./support/fixtures";
import { groupCan } from "./support/api";
import { GroupPerm } from "../src/lib/capabilities";
import { test, davAccounts, davNames, accountList, row } from "./connect-support";

test.describe("connect: WebDAV accounts", () => {
  test("a long list loads page by page, and a failed load says so and can be retried", async ({ userPage: page, api, login }) => {
    test.skip(!groupCan(login, GroupPerm.WebDAV), "the account's group has no WebDAV");
    const names = davNames(api);
    try {
      const count = 57;
      await Promise.all(Array.from({ length: count }, (_, i) => api.ok("PUT", "/devices/dav", { uri: "cloudreve://my", name: `${names.prefix}-${i}` })));
      // The server's order (newest first) is what the page must show.
      const expected = (await davAccounts(api)).map((a) => a.name).filter((n) => n.startsWith(names.prefix));
      const ours = () => accountList(page).getByRole("heading").filter({ hasText: names.prefix });

      // The first answer fails; the page explains and offers to try again.
      let failed = false;
      await page.route("**/api/v4/devices/dav?*", async (route) => {
        if (failed) return route.fallback();
        failed = true;
        await route.fulfill({ contentType: "application/json", body: JSON.stringify({ code: 50001, msg: "Database failure", correlation_id: randomUUID() }) });
      });
      await page.goto("/connect");
      const alert = page.getByRole("alert").filter({ hasText: "The WebDAV accounts could not be loaded." });
      await expect(alert).toBeVisible();
      await expectAxeClean(page, "/connect with a failed load");
      await alert.getByRole("button", { name: "Retry" }).click();

      // Newest first, 50 to a page; ours are the newest of the account.
      await expect(ours()).toHaveText(expected.slice(0, 50));
      await page.getByRole("button", { name: "Show more accounts" }).click();
      await expect(ours()).toHaveText(expected);
      expect(expected).toHaveLength(count);
      await expect(page.getByRole("button", { name: "Show more accounts" })).toHaveCount(0);
    } finally {
      await names.cleanup();
    }
  });

  test("works on a 360 px wide screen", async ({ userPage: page, api, login }) => {
    test.skip(!groupCan(login, GroupPerm.WebDAV), "the account's group has no WebDAV");
    const names = davNames(api);
    const name = `${names.prefix}-${"a-very-long-device-name-".repeat(4)}`;
    try {
      await api.ok("PUT", "/devices/dav", { uri: "cloudreve://my", name, readonly: true });
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto("/connect");
      const item = row(page, name);
      await expect(item.getByRole("button", { name: `Delete: ${name}` })).toBeVisible();
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(await overflow()).toBeLessThanOrEqual(0);
      await expectAxeClean(page, "/connect at 360 px");

      await item.getByRole("button", { name: `Connection details: ${name}` }).click();
      const info = page.getByRole("dialog", { name: `Connect to “${name}”` });
      await expect(info.getByRole("button", { name: "Copy password" })).toBeInViewport();
      expect(await overflow()).toBeLessThanOrEqual(0);
      await info.getByRole("button", { name: "Done" }).click();

      await page.getByRole("button", { name: "New account" }).click();
      const form = page.getByRole("dialog", { name: "New WebDAV account" });
      await expect(form.getByRole("button", { name: "Choose folder" })).toBeInViewport();
      await expect(form.getByRole("button", { name: "Create account" })).toBeInViewport();
      await expectAxeClean(page, "new account form at 360 px");
    } finally {
      await names.cleanup();
    }
  });
});
