import type { Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { expect, expectAxeClean, test } from "./support/fixtures";
import type { Account } from "./support/api";

const totp = (secret: string) => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" }).generate();

async function signOut(page: Page) {
  await page.getByRole("button", { name: /^Account menu of/ }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/session/);
}

async function passwordStep(page: Page, account: Account) {
  await page.getByRole("textbox", { name: "E-mail" }).fill(account.email);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("textbox", { name: "Password", exact: true }).fill(account.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

test("2FA: turn on in settings, sign in with a code, turn off", async ({ userPage: page, account, api }) => {
  let secret: string | undefined;
  try {
    await page.goto("/settings?tab=security");
    await page.getByRole("button", { name: "Turn on 2FA" }).click();
    const dialog = page.getByRole("dialog", { name: "Turn on 2FA" });
    const link = dialog.getByRole("link", { name: "Open in authenticator app" });
    const uri = new URL((await link.getAttribute("href"))!);
    expect(uri.protocol).toBe("otpauth:");
    expect(decodeURIComponent(uri.href)).toContain(`otpauth://totp/Cloudreve:${account.email}?`);
    expect(uri.searchParams.get("issuer")).toBe("Cloudreve");
    secret = uri.searchParams.get("secret")!;
    await expect(dialog.getByText(secret.replace(/(.{4})(?=.)/g, "$1 "))).toBeVisible();
    await expectAxeClean(page, "turn on 2FA dialog");
    // The sixth digit submits by itself.
    await dialog.getByRole("textbox", { name: "6-digit code" }).fill(totp(secret));
    await expect(page.getByText("Two-factor authentication is on.")).toBeVisible();
    await expect(dialog).toBeHidden();

    await signOut(page);
    await passwordStep(page, account);
    await expect(page.getByRole("heading", { level: 1, name: "Two-factor authentication" })).toBeVisible();
    const code = page.getByRole("textbox", { name: "6-digit code" });
    await expect(code).toBeFocused();
    await expect(code).toHaveAttribute("autocomplete", "one-time-code");
    await expect(code).toHaveAttribute("inputmode", "numeric");
    await expectAxeClean(page, "2FA step");

    // A wrong code keeps the user on the step, says why and clears the field.
    const right = totp(secret);
    await code.fill(right === "000000" ? "111111" : "000000");
    await expect(page.getByRole("alert").filter({ hasText: "The two-factor code is incorrect." })).toBeVisible();
    await expect(code).toHaveValue("");
    await expect(code).toBeFocused();

    // Pasting a formatted code works too.
    await code.fill(`${right.slice(0, 3)} ${right.slice(3)}`);
    await expect(page).toHaveURL(/\/home/);

    await page.goto("/settings?tab=security");
    await page.getByRole("button", { name: "Turn off 2FA" }).click();
    const off = page.getByRole("dialog", { name: "Turn off 2FA" });
    await off.getByRole("textbox", { name: "6-digit code" }).fill(totp(secret));
    await expect(page.getByText("Two-factor authentication is off.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Turn on 2FA" })).toBeVisible();
    secret = undefined;
  } finally {
    // Leave the account as it was, also when the test failed half-way (matters on a real server).
    if (secret) await api.call("PATCH", "/user/setting", { two_fa_enabled: false, two_fa_code: totp(secret) });
  }
});

test("an expired 2FA session goes back to the password step", async ({ page, account }) => {
  // The server answers 404 once the ten-minute 2FA session is gone; simulate the late answer.
  await page.route("**/api/v4/session/token", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    await route.fulfill({ json: { code: 203, data: "expired-session", msg: "" } });
  });
  await page.goto("/session");
  await passwordStep(page, account);
  await page.getByRole("textbox", { name: "6-digit code" }).fill("123456");
  await expect(page.getByRole("heading", { level: 1, name: "Enter your password" })).toBeVisible();
  await expect(page.getByText("The sign-in took too long and has expired. Please enter your password again.")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Password", exact: true })).toBeFocused();
});
