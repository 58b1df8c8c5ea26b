import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { testHook } from "./support/api";
import { adminLogin, adminPage, readSettings, writeSettings } from "./admin-support";

/*
 * Settings are site-wide: the tests that save them are @exclusive (they run alone, after the rest)
 * and put every value back in `finally`, through the same admin API the dashboard uses.
 */

const saveBar = (page: Page) => page.getByRole("status").filter({ hasText: /unsaved changes/ });

test("a new site name is checked, guarded while unsaved, saved alone, and is the page title of a new visitor @exclusive", async ({
  page,
  request,
  browser,
  baseURL,
}) => {
  const admin = await adminLogin(request);
  test.skip(!admin, "the configured account is not an administrator");
  const before = await readSettings(admin!.api, ["siteName", "siteDes"]);
  const name = `E2E Cloud ${Date.now().toString(36)}`;
  try {
    await adminPage(page, admin!.login, "/admin/settings?tab=site");
    const field = page.getByRole("textbox", { name: "Site name" });
    await expect(field).toHaveValue(before.siteName!);
    await expect(saveBar(page)).toHaveText("No unsaved changes.");

    // Empty is refused before anything is sent.
    await field.fill("");
    await expect(saveBar(page)).toHaveText("You have unsaved changes.");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "1 setting needs fixing before saving." })).toBeVisible();
    await expect(field).toHaveAccessibleDescription("Required.");
    expect((await readSettings(admin!.api, ["siteName"])).siteName).toBe(before.siteName);

    // Leaving with unsaved changes asks first; staying keeps them.
    await field.fill(name);
    await page.getByRole("navigation", { name: "Dashboard sections" }).getByRole("link", { name: "Users" }).click();
    const ask = page.getByRole("dialog", { name: "Discard your changes?" });
    await expect(ask).toBeVisible();
    await ask.getByRole("button", { name: "Cancel" }).click();
    await expect(page).toHaveURL(/tab=site/);
    await expect(field).toHaveValue(name);
    // So does another tab.
    await page.getByRole("navigation", { name: "Settings tabs" }).getByRole("link", { name: "Captcha" }).click();
    await expect(ask).toBeVisible();
    await ask.getByRole("button", { name: "Cancel" }).click();
    await expect(field).toHaveValue(name);

    // Only the changed key is sent (the server echoes what it stored).
    const saved = page.waitForResponse((r) => r.url().endsWith("/api/v4/admin/settings") && r.request().method() === "PATCH");
    await page.getByRole("button", { name: "Save changes" }).click();
    expect(((await (await saved).json()) as { data: unknown }).data).toEqual({ siteName: name });
    await expect(page.getByText("1 setting saved.")).toBeVisible();
    await expect(saveBar(page)).toHaveText("No unsaved changes.");

    const visitor = await browser.newContext({ baseURL, locale: "en-US" });
    const fresh = await visitor.newPage();
    await fresh.goto("/session");
    await expect(fresh.getByRole("button", { name: "Continue" })).toBeVisible();
    await expect(fresh).toHaveTitle(new RegExp(` - ${name}$`));
    await visitor.close();
  } finally {
    await writeSettings(admin!.api, { siteName: before.siteName! });
  }
});

test("with e-mail activation and a sign-up captcha switched on, a visitor signing up meets both @standin @exclusive", async ({
  page,
  request,
  browser,
  baseURL,
}) => {
  const admin = await adminLogin(request);
  test.skip(!admin, "the configured account is not an administrator");
  const keys = ["email_active", "reg_captcha", "captcha_type", "register_enabled"];
  const before = await readSettings(admin!.api, keys);
  try {
    // The image captcha, whatever a previous run left.
    await writeSettings(admin!.api, { captcha_type: "normal", register_enabled: "1" });
    await adminPage(page, admin!.login, "/admin/settings?tab=user");
    const activation = page.getByRole("switch", { name: "Confirm e-mail on sign-up" });
    const captcha = page.getByRole("switch", { name: "Captcha on sign-up" });
    await expect(activation).toHaveAccessibleDescription(/must open a link sent to their address/);
    if (!(await activation.isChecked())) await activation.click();
    if (!(await captcha.isChecked())) await captcha.click();
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText(/settings? saved\./)).toBeVisible();
    expect(await readSettings(admin!.api, ["email_active", "reg_captcha"])).toEqual({ email_active: "1", reg_captcha: "1" });

    const visitor = await browser.newContext({ baseURL, locale: "en-US" });
    const p = await visitor.newPage();
    const ticket = p
      .waitForResponse((r) => r.url().includes("/api/v4/site/captcha"))
      .then(async (r) => ((await r.json()) as { data: { ticket: string } }).data.ticket);
    await p.goto("/session/signup");
    await expect(p.getByRole("img", { name: "Verification image" })).toBeVisible();
    const email = `admin-e2e-${Date.now()}@example.com`;
    await p.getByRole("textbox", { name: "E-mail" }).fill(email);
    await p.getByRole("textbox", { name: "Password", exact: true }).fill("pw-12345678");
    await p.getByRole("textbox", { name: "Repeat password" }).fill("pw-12345678");
    const answer = await testHook<string>(request, "GET", `/captcha?ticket=${encodeURIComponent(await ticket)}`);
    await p.getByRole("textbox", { name: "Verification code" }).fill(answer);
    await p.getByRole("button", { name: "Sign up" }).click();
    await expect(p.getByRole("heading", { level: 1, name: "Activate your account" })).toBeVisible();
    await expect(p.getByText(`We sent an activation link to ${email}.`)).toBeVisible();
    await visitor.close();
  } finally {
    await writeSettings(admin!.api, Object.fromEntries(keys.filter((k) => k in before).map((k) => [k, before[k]!])));
  }
});

test("a test mail goes out with the form's unsaved SMTP settings, and a mail server that cannot be reached is reported @standin", async ({ page, request }) => {
  const admin = await adminLogin(request);
  test.skip(!admin, "the configured account is not an administrator");
  const to = `admin-mail-${Date.now()}@example.com`;
  await adminPage(page, admin!.login, "/admin/settings?tab=email");
  const host = page.getByRole("textbox", { name: "Server", exact: true });
  const original = await host.inputValue();

  // A host that cannot exist: the server says why, and nothing was saved by trying.
  await host.fill("mail.invalid");
  await page.getByRole("textbox", { name: "Recipient" }).fill(to);
  await page.getByRole("button", { name: "Send test mail" }).click();
  await expect(page.getByRole("status").filter({ hasText: /connect/i })).toBeVisible();
  expect((await readSettings(admin!.api, ["smtpHost"])).smtpHost).toBe(original);

  await host.fill(original);
  await page.getByRole("button", { name: "Send test mail" }).click();
  await expect(page.getByText(`The mail server accepted a test mail to ${to}.`)).toBeVisible();
  const mails = await testHook<{ kind: string; smtp_host?: string }[]>(request, "GET", `/mails?to=${encodeURIComponent(to)}`);
  expect(mails.map((m) => m.kind)).toEqual(["test"]);
});
