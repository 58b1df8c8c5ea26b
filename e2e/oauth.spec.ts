/*
 * The sign-in pages other apps depend on: the OAuth consent page, the desktop and mobile client
 * callbacks, the apps list in the security settings and `user_hint` links.
 *
 * The OAuth provider exists only on newer servers. The stand-in mimics the community server (no
 * provider) unless its test hook switches the provider on, site-wide: tests that need it are
 * tagged @standin @exclusive and run one at a time after everything else, so the tests that expect
 * a server without the provider never see it switched on.
 */
import { expect, expectAxeClean, test } from "./support/fixtures";
import { PHOTO_FRAME, PHOTO_FRAME_CALLBACK, authorizeUrl, appHandoffs, openSecuritySettings } from "./oauth-support";

test("a server without sign-in for other apps says so, and lists no apps in the security settings", async ({ userPage: page, request }) => {
  const probe = await request.get(`/api/v4/session/oauth/app/${PHOTO_FRAME}`);
  test.skip(probe.status() !== 404, "this server has an OAuth provider");

  await page.goto(authorizeUrl({ client_id: PHOTO_FRAME, redirect_uri: PHOTO_FRAME_CALLBACK, scope: "openid Files.Read", state: "s0" }));
  await expect(page.getByRole("heading", { name: "Sign-in for other apps is not available" })).toBeVisible();
  await expect(page.getByText("This server does not offer sign-in for other apps")).toBeVisible();
  await expect(page.getByRole("button", { name: "Allow" })).toHaveCount(0);
  await expectAxeClean(page, "consent page, server without the provider");

  await page.getByRole("link", { name: "Go to my files" }).click();
  await expect(page).toHaveURL(/\/home/);
  await openSecuritySettings(page);
  await expect(page.getByRole("heading", { name: "Apps with access" })).toHaveCount(0);
});

test("a broken authorization link is explained and sends nobody anywhere", async ({ page }) => {
  await page.goto(authorizeUrl({ client_id: PHOTO_FRAME, redirect_uri: "javascript:alert(1)", scope: "openid", state: "x" }));
  await expect(page.getByRole("heading", { name: "This sign-in link cannot be used" })).toBeVisible();
  await expect(page.getByText("not a web page")).toBeVisible();
  await expect(page).toHaveURL(/\/session\/authorize/);
});

// The provider is switched on and off site-wide: one test at a time, never beside the others.
test("the mobile app's callback hands straight on to the app", async ({ userPage: page, login }) => {
  const handoffs = await appHandoffs(page);
  await page.goto("/callback/ios?code=c-123&state=ios-1");
  const expected = `cloudreve://mount?state=ios-1&code=c-123&user_id=${encodeURIComponent(login.user.id)}`;
  await expect.poll(() => handoffs).toEqual([expected]);
  await expect(page.getByRole("heading", { name: "Continue in the app" })).toBeVisible();
  expect(await page.getByRole("link", { name: "Open the app" }).getAttribute("href")).toBe(expected);
  await expectAxeClean(page, "mobile callback");
});

test("a link meant for another account offers to switch; for this account it just opens", async ({ userPage: page, login }) => {
  // The hint of this very account disappears from the address.
  await page.goto(`/home?user_hint=${encodeURIComponent(login.user.id)}`);
  await expect(page).toHaveURL(/\/home$/);
  await expect(page.getByRole("dialog", { name: "Switch account?" })).toHaveCount(0);

  await page.goto("/home?path=cloudreve%3A%2F%2Fmy&user_hint=someone-else");
  const ask = page.getByRole("dialog", { name: "Switch account?" });
  await expect(ask).toContainText(`You are signed in as ${login.user.email}`);
  await expectAxeClean(page, "switch account question");
  await ask.getByRole("button", { name: "Stay signed in" }).click();
  await expect(ask).toBeHidden();
  expect(new URL(page.url()).searchParams.has("user_hint")).toBe(false);
  expect(new URL(page.url()).searchParams.get("path")).toBe("cloudreve://my");

  await page.goto("/home?path=cloudreve%3A%2F%2Fmy&user_hint=someone-else");
  await page.getByRole("dialog", { name: "Switch account?" }).getByRole("button", { name: "Sign in with the other account" }).click();
  await expect(page).toHaveURL((u) => u.pathname === "/session" && u.searchParams.get("redirect") === "/home?path=cloudreve%3A%2F%2Fmy");
  await expect(page.getByRole("textbox", { name: "E-mail" })).toBeVisible();
  // Signed out for real: the stored session is gone.
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem("cloudreve_session") ?? "{}").current)).toBeUndefined();
});
