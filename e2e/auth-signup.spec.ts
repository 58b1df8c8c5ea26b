import type { APIRequestContext, Page } from "@playwright/test";
import { expect, expectAxeClean, test } from "./support/fixtures";
import { testHook } from "./support/api";

// Sign-up creates accounts and flips the e-mail activation switch (@exclusive): stand-in only.
test.describe.configure({ mode: "serial" });

const newAddress = () => `signup-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;

async function fillSignUp(page: Page, email: string, password: string, repeat = password) {
  await page.getByRole("textbox", { name: "E-mail" }).fill(email);
  await page.getByRole("textbox", { name: "Password", exact: true }).fill(password);
  await page.getByRole("textbox", { name: "Repeat password" }).fill(repeat);
  await page.getByRole("button", { name: "Sign up" }).click();
}

async function signInFromPrefilled(page: Page, email: string, password: string) {
  await expect(page.getByRole("textbox", { name: "E-mail" })).toHaveValue(email);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("textbox", { name: "Password", exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/home/);
}

async function mailLink(request: APIRequestContext, to: string, kind: "activate" | "reset"): Promise<string> {
  const mails = await testHook<{ kind: string; link: string }[]>(request, "GET", `/mails?to=${encodeURIComponent(to)}`);
  const mail = mails.filter((m) => m.kind === kind).at(-1);
  expect(mail, `${kind} mail to ${to}`).toBeTruthy();
  return mail!.link;
}

test("sign up, then sign in with the e-mail filled in @standin", async ({ page }) => {
  const email = newAddress();
  await page.goto("/session/signup");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAxeClean(page, "sign-up page");
  await fillSignUp(page, email, "secret-123");
  await expect(page.getByText("Your account is ready. Sign in to continue.")).toBeVisible();
  await expect(page).toHaveURL(/\/session\?email=/);
  await signInFromPrefilled(page, email, "secret-123");
});

test("sign up with e-mail activation, activate, sign in @standin @exclusive", async ({ page, request }) => {
  await testHook(request, "PATCH", "/settings", { emailActive: true });
  try {
    const email = newAddress();
    await page.goto("/session/signup");
    await fillSignUp(page, email, "secret-123");
    await expect(page.getByRole("heading", { level: 1, name: "Activate your account" })).toBeVisible();
    await expect(page.getByText(`We sent an activation link to ${email}.`)).toBeVisible();
    await expectAxeClean(page, "sign-up: check your inbox");

    await page.goto(await mailLink(request, email, "activate"));
    await expect(page.getByRole("heading", { level: 1, name: "Account activated" })).toBeVisible();
    await expectAxeClean(page, "activation done");
    await page.getByRole("link", { name: "Sign in" }).click();
    await signInFromPrefilled(page, email, "secret-123");
  } finally {
    await testHook(request, "PATCH", "/settings", { emailActive: false });
  }
});

test("sign-up rules are checked before sending @standin", async ({ page, account }) => {
  await page.goto("/session/signup");
  await fillSignUp(page, newAddress(), "12345", "123456");
  const password = page.getByRole("textbox", { name: "Password", exact: true });
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(password).toHaveAccessibleDescription("Use at least 6 characters.");
  await expect(password).toBeFocused();
  await password.fill("secret-123");
  await page.getByRole("button", { name: "Sign up" }).click();
  const repeat = page.getByRole("textbox", { name: "Repeat password" });
  await expect(repeat).toHaveAccessibleDescription("The passwords do not match.");

  // An e-mail that already has an account is explained on the e-mail field.
  await fillSignUp(page, account.email, "secret-123");
  const email = page.getByRole("textbox", { name: "E-mail" });
  await expect(email).toHaveAccessibleDescription("This e-mail address is already registered.");
  await expect(email).toBeFocused();
});

test("a broken activation link is explained", async ({ page }) => {
  await page.goto("/session/activate?id=nope&sign=bad");
  await expect(page.getByRole("heading", { level: 1, name: "Activation failed" })).toBeVisible();
  await expect(page.getByRole("alert")).toBeVisible();
  await expectAxeClean(page, "activation failed");
  await page.getByRole("link", { name: "Go to sign in" }).click();
  await expect(page).toHaveURL(/\/session$/);
});
