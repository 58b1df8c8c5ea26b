// Every settings tab and editor of the admin dashboard is axe-clean.
import { expect, expectAxeClean, test } from "./support/fixtures";
import { signInPage } from "./support/api";
import { adminLogin, adminPage } from "./admin-support";

test.describe("admin dashboard: who gets it, and finding one's way in it", () => {
  // One page load walks several tabs (the dashboard's code loads once); two tests, so both workers share them.
  for (const tabs of [
    ["Site information", "Users and sessions", "Captcha", "E-mail", "Media processing"],
    ["Queues", "Appearance", "File system", "Server"],
  ]) {
    test(`settings tabs ${tabs.map((tab) => `"${tab}"`).join(", ")} are axe-clean`, async ({ page, request }) => {
      test.slow();
      const admin = await adminLogin(request);
      test.skip(!admin, "the configured account is not an administrator");
      await adminPage(page, admin!.login, "/admin/settings");
      for (const tab of tabs) {
        await test.step(tab, async () => {
          await page.getByRole("navigation", { name: "Settings tabs" }).getByRole("link", { name: tab }).click();
          await expect(page.getByRole("heading", { level: 1, name: `${tab} - Settings` })).toBeVisible();
          await expect(page.getByRole("button", { name: "Save changes" })).toBeVisible();
          await expectAxeClean(page, `settings: ${tab}`);
        });
      }
    });
  }

  test("the new-group and new-policy editors are axe-clean", async ({ page, request }) => {
    test.slow();
    const admin = await adminLogin(request);
    test.skip(!admin, "the configured account is not an administrator");
    await signInPage(page, admin!.login);
    for (const [path, heading] of [
      ["/admin/group/new", "New group"],
      ["/admin/policy/new", "Where should the files be stored?"],
      ["/admin/policy/new?type=local", "New policy: This server"],
      ["/admin/policy/new?type=remote", "New policy: Slave node"],
      ["/admin/policy/new?type=s3", "New policy: S3-compatible"],
      ["/admin/policy/new?type=onedrive", "New policy: OneDrive"],
    ] as const) {
      await test.step(path, async () => {
        await page.goto(path);
        // A longer limit than a click's: the first visit loads the dashboard's code and texts.
        await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible({ timeout: 30_000 });
        await expectAxeClean(page, path);
      });
    }
  });

  test("the new-user dialog is axe-clean", async ({ page, request }) => {
    const admin = await adminLogin(request);
    test.skip(!admin, "the configured account is not an administrator");
    await adminPage(page, admin!.login, "/admin/user");
    await page.getByRole("button", { name: "New user" }).click();
    await expect(page.getByRole("dialog", { name: "New user" })).toBeVisible();
    await expectAxeClean(page, "new user dialog");
  });
});
