import { expect, expectAxeClean, test } from "./support/fixtures";
import { Api, testHook } from "./support/api";

test("forgot password → e-mail link → new password → sign in @standin", async ({ page, account, request }) => {
  await page.goto("/session");
  await page.getByRole("textbox", { name: "E-mail" }).fill(account.email);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Forgot password?" }).click();
  await expect(page.getByRole("textbox", { name: "E-mail" })).toHaveValue(account.email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your inbox" })).toBeVisible();
  await expectAxeClean(page, "forgot: check your inbox");

  const mails = await testHook<{ kind: string; link: string }[]>(request, "GET", `/mails?to=${encodeURIComponent(account.email)}`);
  const link = mails.filter((m) => m.kind === "reset").at(-1)!.link;
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
  await expectAxeClean(page, "reset page");
  const fresh = `${account.password}-new`;
  await page.getByRole("textbox", { name: "New password" }).fill(fresh);
  await page.getByRole("textbox", { name: "Repeat password" }).fill(fresh);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your password was changed. Sign in with the new one.")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "E-mail" })).toHaveValue(account.email);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("textbox", { name: "Password", exact: true }).fill(fresh);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/home/);
  expect((await new Api(request).call("POST", "/session/token", { email: account.email, password: account.password })).code).toBe(40080);

  // The secret is single-use: the same link now explains itself (40030). Signed out, so "request
  // a new link" leads to the form rather than on to the signed-in home page.
  await page.evaluate(() => localStorage.removeItem("cloudreve_session"));
  await page.goto(link);
  await page.getByRole("textbox", { name: "New password" }).fill("another-one");
  await page.getByRole("textbox", { name: "Repeat password" }).fill("another-one");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "This link cannot be used" })).toBeVisible();
  await expect(page.getByText("This reset link has expired or was already used. Request a new one.")).toBeVisible();
  await page.getByRole("link", { name: "Request a new link" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reset your password" })).toBeVisible();
});

test("an incomplete reset link says what to do", async ({ page }) => {
  await page.goto("/session/reset?id=abc");
  await expect(page.getByRole("heading", { level: 1, name: "This link cannot be used" })).toBeVisible();
  await expectAxeClean(page, "reset link incomplete");
});
