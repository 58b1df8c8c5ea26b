import type { Page } from "@playwright/test";
import { expect, expectAxeClean, test } from "./support/fixtures";
import { Api, type Account } from "./support/api";

async function enterEmail(page: Page, email: string) {
  await page.getByRole("textbox", { name: "E-mail" }).fill(email);
  await page.getByRole("button", { name: "Continue" }).click();
}

async function signIn(page: Page, account: Account) {
  await enterEmail(page, account.email);
  await page.getByRole("textbox", { name: "Password", exact: true }).fill(account.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

const storedRefreshToken = (page: Page) =>
  page.evaluate(() => {
    const state = JSON.parse(localStorage.getItem("cloudreve_session") ?? "{}") as {
      current?: string;
      sessions?: Record<string, { token: { refresh_token: string } }>;
    };
    return state.current ? state.sessions?.[state.current]?.token.refresh_token : undefined;
  });

test.describe("password sign-in", () => {
  test("signs in, signs out, and the old refresh token is revoked", async ({ page, account, request }) => {
    await page.goto("/session");
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await signIn(page, account);
    await expect(page).toHaveURL(/\/home/);
    const refresh = await storedRefreshToken(page);
    expect(refresh).toBeTruthy();

    await page.getByRole("button", { name: /^Account menu of/ }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/session/);
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    // The last e-mail is offered again.
    await expect(page.getByRole("textbox", { name: "E-mail" })).toHaveValue(account.email);

    const env = await new Api(request).call("POST", "/session/token/refresh", { refresh_token: refresh });
    expect(env.code).toBe(40020);
  });

  test("a wrong password is explained on the field", async ({ page, account }) => {
    await page.goto("/session");
    await enterEmail(page, account.email);
    const password = page.getByRole("textbox", { name: "Password", exact: true });
    await password.fill(`${account.password}-wrong`);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Incorrect e-mail or password." })).toBeVisible();
    await expect(password).toHaveAttribute("aria-invalid", "true");
    await expect(password).toBeFocused();
    await expect(page).toHaveURL(/\/session/);
  });

  test("field rules are shown before anything is sent", async ({ page }) => {
    let prepared = false;
    page.on("request", (r) => r.url().includes("/session/prepare") && (prepared = true));
    await page.goto("/session");
    const email = page.getByRole("textbox", { name: "E-mail" });
    await email.fill("not-an-address");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(email).toHaveAccessibleDescription("Enter an e-mail address like name@example.com.");
    await expect(email).toBeFocused();
    expect(prepared).toBe(false);
  });

  test("a password that is too short is refused inline", async ({ page, account }) => {
    await page.goto("/session");
    await enterEmail(page, account.email);
    const password = page.getByRole("textbox", { name: "Password", exact: true });
    await password.fill("abc");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(password).toHaveAttribute("aria-invalid", "true");
    await expect(password).toHaveAccessibleDescription("Use at least 4 characters.");
  });

  test("an unknown e-mail offers to sign up @standin", async ({ page }) => {
    await page.goto("/session");
    await enterEmail(page, `nobody-${Date.now()}@example.com`);
    await expect(page.getByRole("heading", { level: 1, name: "No account yet" })).toBeVisible();
    await page.getByRole("link", { name: "Create an account" }).click();
    await expect(page).toHaveURL(/\/session\/signup\?email=nobody-/);
    await expect(page.getByRole("textbox", { name: "E-mail" })).toHaveValue(/^nobody-/);
  });

  test("the e-mail can be changed from the password step", async ({ page, account }) => {
    await page.goto("/session");
    await enterEmail(page, account.email);
    await expect(page.getByRole("textbox", { name: "Password", exact: true })).toBeFocused();
    await page.getByRole("button", { name: "Change e-mail address" }).click();
    await expect(page.getByRole("textbox", { name: "E-mail" })).toBeFocused();
    await expect(page.getByRole("textbox", { name: "E-mail" })).toHaveValue(account.email);
  });
});

test.describe("redirects", () => {
  test("a foreign redirect target stays on this site", async ({ page, account, baseURL }) => {
    await page.goto(`/session?redirect=${encodeURIComponent("https://elsewhere.example/steal")}`);
    await signIn(page, account);
    await expect(page).toHaveURL(new RegExp(`^${baseURL}/home(\\?|$)`));
  });

  test("a local redirect target is honoured", async ({ page, account }) => {
    await page.goto(`/session?redirect=${encodeURIComponent("/settings?tab=security")}`);
    await signIn(page, account);
    await expect(page).toHaveURL(/\/settings\?tab=security$/);
  });

  test("a signed-in visitor of /session goes home", async ({ userPage }) => {
    await userPage.goto("/session");
    await expect(userPage).toHaveURL(/\/home/);
  });

  test("signing in in one tab signs in the other", async ({ page, account }) => {
    const other = await page.context().newPage();
    await other.goto("/session?redirect=%2Fsettings");
    await expect(other.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await page.goto("/session");
    await signIn(page, account);
    await expect(page).toHaveURL(/\/home/);
    await expect(other).toHaveURL(/\/settings/);
  });
});

test("keyboard only: Tab and Enter are enough to sign in", async ({ page, account }) => {
  await page.goto("/session");
  const email = page.getByRole("textbox", { name: "E-mail" });
  await expect(email).toBeFocused();
  await page.keyboard.type(account.email);
  await page.keyboard.press("Enter");
  const password = page.getByRole("textbox", { name: "Password", exact: true });
  await expect(password).toBeFocused();
  await page.keyboard.type(account.password);
  // Tab past the show-password toggle and the forgot link to the submit button.
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press("Tab");
    if (await page.getByRole("button", { name: "Sign in", exact: true }).evaluate((b) => b === document.activeElement)) break;
  }
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/home/);
});

test("each sign-in step is accessible", async ({ page, account }) => {
  await page.goto("/session");
  await expect(page.getByRole("main")).toBeVisible();
  await expectAxeClean(page, "sign-in: e-mail step");
  await enterEmail(page, account.email);
  await expect(page.getByRole("textbox", { name: "Password", exact: true })).toBeVisible();
  await expectAxeClean(page, "sign-in: password step");
  await page.getByRole("button", { name: "Forgot password?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reset your password" })).toBeVisible();
  await expectAxeClean(page, "sign-in: forgot password step");
});

test.describe("in Chinese", () => {
  test.use({ locale: "zh-CN" });

  test("renders translated texts with no raw keys", async ({ page }) => {
    await page.addInitScript(() => localStorage.removeItem("i18nextLng"));
    await page.goto("/session");
    await expect(page.getByRole("heading", { level: 1, name: "登录" })).toBeVisible();
    await expect(page.getByRole("button", { name: "继续" })).toBeVisible();
    const text = await page.locator("body").innerText();
    expect(text).not.toMatch(/\b(auth|signIn|field|action|captcha|passkey|legal)\.[a-zA-Z]/);
    await expectAxeClean(page, "sign-in in zh-CN");
  });
});
