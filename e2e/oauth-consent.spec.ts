// The OAuth consent page with the provider switched on: allowing, denying, an unregistered
// redirect address.
import { expect, expectAxeClean, test } from "./support/fixtures";
import { Api } from "./support/api";
import {
  PHOTO_FRAME,
  PHOTO_FRAME_SECRET,
  PHOTO_FRAME_CALLBACK,
  pkce,
  authorizeUrl,
  servePhotoFrame,
  openSecuritySettings,
  withProvider,
} from "./oauth-support";

// The provider is switched on and off site-wide: one test at a time, never beside the others.
test.describe("with the OAuth provider @standin @exclusive", () => {
  test.describe.configure({ mode: "serial" });

  test("allowing an app: sign in, review the access in plain words, back to the app with a code it can redeem; asked again only for more", async ({
    page,
    account,
    request,
  }) => {
    await servePhotoFrame(page);
    await withProvider(request, async () => {
      const { verifier, challenge } = pkce();
      const ask = (scope: string, state: string) =>
        authorizeUrl({ client_id: PHOTO_FRAME, redirect_uri: PHOTO_FRAME_CALLBACK, scope, state, code_challenge: challenge, code_challenge_method: "S256" });

      // Signed out: the app is named, and signing in comes back here.
      await page.goto(ask("openid profile Files.Read", "state-1"));
      await expect(page.getByText("Photo Frame", { exact: true })).toBeVisible();
      await expect(page.getByRole("heading", { name: "Sign in to continue" })).toBeVisible();
      await page.getByRole("link", { name: "Sign in" }).click();
      await page.getByRole("textbox", { name: "E-mail" }).fill(account.email);
      await page.getByRole("button", { name: "Continue" }).click();
      await page.getByRole("textbox", { name: "Password", exact: true }).fill(account.password);
      await page.getByRole("button", { name: "Sign in", exact: true }).click();

      await expect(page.getByRole("heading", { name: "Allow Photo Frame to access your account?" })).toBeVisible();
      await expect(page.getByText(`Signed in as ${account.email}`)).toBeVisible();
      const access = page.getByRole("list", { name: "If you allow it, Photo Frame can access:" });
      await expect(access.getByRole("listitem")).toHaveText([/Your profile/, /Files.*Read only/]);
      await expectAxeClean(page, "consent step");

      await page.getByRole("button", { name: "Allow" }).click();
      await page.waitForURL((u) => u.origin === "https://photoframe.example");
      const back = new URL(page.url());
      expect(back.pathname).toBe("/oauth/callback");
      expect(back.searchParams.get("state")).toBe("state-1");
      const code = back.searchParams.get("code")!;
      expect(code).toBeTruthy();

      // The app redeems the code with its PKCE verifier and can use the account.
      const token = await request.post("/api/v4/session/oauth/token", {
        form: {
          grant_type: "authorization_code",
          client_id: PHOTO_FRAME,
          client_secret: PHOTO_FRAME_SECRET,
          redirect_uri: PHOTO_FRAME_CALLBACK,
          code,
          code_verifier: verifier,
        },
      });
      expect(token.status()).toBe(200);
      const { access_token } = (await token.json()) as { access_token: string };
      const me = await new Api(request, access_token).ok<{ email: string }>("GET", "/user/me");
      expect(me.email).toBe(account.email);

      // Asked again for the same access: remembered, straight back to the app.
      await page.goto(ask("openid profile Files.Read", "state-2"));
      await page.waitForURL((u) => u.origin === "https://photoframe.example");
      expect(new URL(page.url()).searchParams.get("state")).toBe("state-2");
      expect(new URL(page.url()).searchParams.get("code")).toBeTruthy();

      // Asking for more: the question comes back.
      await page.goto(ask("openid Files.Read Shares.Read", "state-3"));
      await expect(page.getByRole("heading", { name: "Allow Photo Frame to access your account?" })).toBeVisible();
      await expect(page.getByRole("list", { name: /can access/ }).getByText("Share links")).toBeVisible();
    });
  });

  test("denying an app sends it back with access_denied and remembers nothing", async ({ userPage: page, request }) => {
    await servePhotoFrame(page);
    await withProvider(request, async () => {
      await page.goto(authorizeUrl({ client_id: PHOTO_FRAME, redirect_uri: PHOTO_FRAME_CALLBACK, scope: "openid Files.Read", state: "no-thanks" }));
      await page.getByRole("button", { name: "Deny" }).click();
      await page.waitForURL((u) => u.origin === "https://photoframe.example");
      const back = new URL(page.url());
      expect(back.searchParams.get("error")).toBe("access_denied");
      expect(back.searchParams.get("state")).toBe("no-thanks");
      expect(back.searchParams.has("code")).toBe(false);

      await openSecuritySettings(page);
      const apps = page.getByRole("region", { name: "Apps with access" });
      await expect(apps.getByText("No apps have access to your account.")).toBeVisible();
    });
  });

  test("a redirect address the app did not register gets no code", async ({ userPage: page, request }) => {
    await withProvider(request, async () => {
      await page.goto(authorizeUrl({ client_id: PHOTO_FRAME, redirect_uri: "https://elsewhere.example/cb", scope: "openid", state: "s" }));
      await page.getByRole("button", { name: "Allow" }).click();
      await expect(page.getByRole("alert")).toContainText("redirect_uri");
      await expect(page).toHaveURL(/\/session\/authorize/);
    });
  });
});
