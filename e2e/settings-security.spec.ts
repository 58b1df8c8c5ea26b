import { expect, expectAxeClean, test } from "./support/fixtures";
import { Api } from "./support/api";

test("change password: a wrong current password is shown on its field, then it works", async ({ userPage: page, account, request }) => {
  const fresh = `${account.password}-2`;
  let changed = false;
  try {
    await page.goto("/settings?tab=security");
    const section = page.getByRole("region", { name: "Password" });
    const current = section.getByRole("textbox", { name: "Current password" });
    await current.fill("definitely-wrong");
    await section.getByRole("textbox", { name: "New password", exact: true }).fill(fresh);
    await section.getByRole("textbox", { name: "Repeat new password" }).fill(fresh);
    await section.getByRole("button", { name: "Change password" }).click();
    await expect(current).toHaveAttribute("aria-invalid", "true");
    await expect(current).toHaveAccessibleDescription("The password is incorrect.");
    await expect(current).toBeFocused();

    await current.fill(account.password);
    await section.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("Your password was changed.")).toBeVisible();
    changed = true;
    // Still signed in here, with a fresh session.
    await page.reload();
    await expect(page).toHaveURL(/\/settings\?tab=security/);
    await expect(current).toHaveValue("");
    expect((await new Api(request).call("POST", "/session/token", { email: account.email, password: fresh })).code).toBe(0);
  } finally {
    // Put the original password back (matters when running against a real server's one account).
    if (changed) {
      const api = new Api(request);
      await api.login({ email: account.email, password: fresh });
      await api.ok("PATCH", "/user/setting", { current_password: fresh, new_password: account.password });
    }
  }
});

test("settings tabs follow the URL and the keyboard, and are accessible", async ({ userPage: page }) => {
  await page.goto("/settings");
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  const tabs = page.getByRole("tablist", { name: "Settings sections" });
  await expect(tabs.getByRole("tab", { name: "Profile" })).toHaveAttribute("aria-selected", "true");
  await expectAxeClean(page, "settings: profile");

  await tabs.getByRole("tab", { name: "Profile" }).focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/tab=preference/);
  await expect(page.getByRole("tabpanel", { name: "Preferences" })).toBeVisible();
  await expectAxeClean(page, "settings: preferences");

  await tabs.getByRole("tab", { name: "Security" }).click();
  await expect(page).toHaveURL(/tab=security/);
  await expect(page.getByRole("region", { name: "Two-factor authentication" })).toBeVisible();
  await expectAxeClean(page, "settings: security");

  await page.goBack();
  await expect(tabs.getByRole("tab", { name: "Preferences" })).toHaveAttribute("aria-selected", "true");
});

test("nickname and language are saved on the account", async ({ userPage: page, api, login }) => {
  // A name of its own each run; the account's own name and language come back at the end.
  const nickname = `E2E Nick ${Date.now().toString(36)}`;
  try {
    await page.goto("/settings?tab=profile");
    const nick = page.getByRole("textbox", { name: "Nickname" });
    await nick.fill(nickname);
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Saved.")).toBeVisible();
    await expect(page.getByRole("button", { name: `Account menu of ${nickname}` })).toBeVisible();
    expect((await api.ok<{ nickname: string }>("GET", "/user/me")).nickname).toBe(nickname);

    await page.goto("/settings?tab=preference");
    await page.getByRole("combobox", { name: "Language" }).click();
    await page.getByRole("option", { name: "简体中文" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "设置" })).toBeVisible();
    await expect.poll(async () => (await api.ok<{ language?: string }>("GET", "/user/me")).language).toBe("zh-CN");
    // Back to English from the page too: the choice works both ways.
    await page.getByRole("combobox", { name: "语言" }).click();
    await page.getByRole("option", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
    await expect.poll(async () => (await api.ok<{ language?: string }>("GET", "/user/me")).language).toBe("en-US");
  } finally {
    await api.call("PATCH", "/user/setting", { nick: login.user.nickname, language: "en-US" });
  }
});
