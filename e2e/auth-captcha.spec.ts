import type { Page } from "@playwright/test";
import { expect, expectAxeClean, test } from "./support/fixtures";
import { testHook } from "./support/api";

/*
 * These tests switch site-wide settings (login captcha, captcha kind) through the stand-in's test
 * hook. While they run, every sign-in on the server needs a captcha, so they are tagged
 * @exclusive: the "exclusive" project runs them one at a time after every other test.
 */
test.describe.configure({ mode: "serial" });

const captchaTicket = (page: Page) =>
  page.waitForResponse((r) => r.url().includes("/api/v4/site/captcha")).then(async (r) => ((await r.json()) as { data: { ticket: string } }).data.ticket);

test("image captcha on sign-in: wrong answer, new image, right answer @standin @exclusive", async ({ page, account, request }) => {
  await testHook(request, "PATCH", "/settings", { loginCaptcha: true, captchaType: "normal" });
  try {
    await page.goto("/session");
    await page.getByRole("textbox", { name: "E-mail" }).fill(account.email);
    const first = captchaTicket(page);
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("textbox", { name: "Password", exact: true }).fill(account.password);
    const captcha = page.getByRole("textbox", { name: "Verification code" });
    await expect(page.getByRole("img", { name: "Verification image" })).toBeVisible();
    await first;
    await expectAxeClean(page, "password step with captcha");

    // Submitting without an answer is stopped here.
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText("Please complete the verification first.")).toBeVisible();

    // A wrong answer: explained, a new image, the field cleared and focused.
    const second = captchaTicket(page);
    await page.getByRole("textbox", { name: "Verification code" }).fill("wrong!");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText("The CAPTCHA check failed. Please try again.")).toBeVisible();
    const ticket = await second;
    await expect(captcha).toHaveValue("");
    await expect(captcha).toBeFocused();

    // Clicking the image gets yet another one.
    const third = captchaTicket(page);
    await page.getByRole("button", { name: "Show a new image" }).click();
    const latest = await third;
    expect(latest).not.toBe(ticket);

    const answer = await testHook<string>(request, "GET", `/captcha?ticket=${encodeURIComponent(latest)}`);
    await captcha.fill(answer);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(/\/home/);
  } finally {
    await testHook(request, "PATCH", "/settings", { loginCaptcha: false });
  }
});

test("a captcha widget that cannot load says so and offers a retry @standin @exclusive", async ({ page, request }) => {
  await testHook(request, "PATCH", "/settings", { regCaptcha: true, captchaType: "recaptcha", reCaptchaKey: "test-site-key" });
  try {
    let injected = 0;
    // Offline machine: the vendor's script never arrives.
    await page.route(/recaptcha\.net|google\.com\/recaptcha/, (route) => {
      injected++;
      return route.abort("internetdisconnected");
    });
    await page.goto("/session/signup");
    const alert = page.getByRole("alert").filter({ hasText: "The verification could not be loaded." });
    await expect(alert).toBeVisible();
    expect(injected).toBe(1);
    await expectAxeClean(page, "sign-up with a failed captcha widget");
    await alert.getByRole("button", { name: "Try again" }).click();
    await expect(alert).toBeVisible();
    await expect.poll(() => injected).toBe(2);
  } finally {
    await testHook(request, "PATCH", "/settings", { regCaptcha: false, captchaType: "normal", reCaptchaKey: "" });
  }
});
