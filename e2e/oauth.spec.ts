import { createHash, randomBytes } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, expectAxeClean, test } from "./support/fixtures";
import { Api, testHook } from "./support/api";
import { testFolder, toast } from "./explorer-support";

/*
 * The sign-in pages other apps depend on: the OAuth consent page, the desktop and mobile client
 * callbacks, the apps list in the security settings and `user_hint` links.
 *
 * The OAuth provider exists only on newer servers. The stand-in mimics the community server (no
 * provider) unless its test hook switches the provider on, site-wide: tests that need it are
 * tagged @standin @exclusive and run one at a time after everything else, so the tests that expect
 * a server without the provider never see it switched on.
 */

const PHOTO_FRAME = "5c0a7e52-1f3d-4c1b-8f8e-6b9e0b7d0003";
const PHOTO_FRAME_SECRET = "photo-frame-secret";
const PHOTO_FRAME_CALLBACK = "https://photoframe.example/oauth/callback";
const DESKTOP = "d3f1c2a4-7b7e-4f55-9c1e-2f6f3f0c0001";

const pkce = () => {
  const verifier = randomBytes(48).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
};

function authorizeUrl(q: Record<string, string>): string {
  return `/session/authorize?${new URLSearchParams({ response_type: "code", ...q })}`;
}

/** The third-party app's own page: whatever the browser is sent back with, it is served here. */
async function servePhotoFrame(page: Page): Promise<void> {
  await page.route("https://photoframe.example/**", (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><html lang=en><title>Photo Frame</title><main><h1>Photo Frame</h1></main></html>" }),
  );
}

/**
 * Hand-offs to the official clients' URL scheme the page asks the browser for. No page can load
 * `cloudreve://`, so they are caught where Chromium receives the navigation request.
 */
async function appHandoffs(page: Page): Promise<string[]> {
  const urls: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Page.enable");
  cdp.on("Page.frameRequestedNavigation", (e) => {
    if (e.url.startsWith("cloudreve:")) urls.push(e.url);
  });
  return urls;
}

/** The security settings, once the account's settings arrived (the first load can be slow on a busy machine). */
async function openSecuritySettings(page: Page): Promise<void> {
  await page.goto("/settings?tab=security");
  await expect(page.getByRole("heading", { name: "Password", exact: true })).toBeVisible({ timeout: 60_000 });
}

async function withProvider(request: APIRequestContext, run: () => Promise<void>): Promise<void> {
  await testHook(request, "PUT", "/oauth", { enabled: true });
  try {
    await run();
  } finally {
    await testHook(request, "PUT", "/oauth", { enabled: false });
  }
}

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

  test("the apps with access are listed in the security settings and can be removed", async ({ userPage: page, api, request }) => {
    await withProvider(request, async () => {
      await api.ok("POST", "/session/oauth/consent", {
        client_id: PHOTO_FRAME,
        response_type: "code",
        redirect_uri: PHOTO_FRAME_CALLBACK,
        state: "",
        scope: "openid profile Files.Read",
      });
      await openSecuritySettings(page);
      const apps = page.getByRole("region", { name: "Apps with access" });
      const row = apps.getByRole("listitem").filter({ hasText: "Photo Frame" });
      await expect(row).toContainText("Can access: Your profile and Files");
      await expect(row).toContainText("Not used yet");
      await expectAxeClean(page, "security settings with an app");

      await row.getByRole("button", { name: "Remove access of Photo Frame" }).click();
      const dialog = page.getByRole("dialog", { name: "Remove access of Photo Frame?" });
      await expect(dialog).toContainText("can no longer use your account");
      await dialog.getByRole("button", { name: "Remove access" }).click();
      await toast(page, "Photo Frame no longer has access to your account.");
      await expect(apps.getByText("No apps have access to your account.")).toBeVisible();

      // Revoked means asked again.
      const app = await api.ok<{ consented_scopes?: string[] }>("GET", `/session/oauth/app/${PHOTO_FRAME}`);
      expect(app.consented_scopes).toBeUndefined();
    });
  });

  test("the desktop app: allowed, a folder and name chosen, handed to the app; a renewal goes straight on", async ({ userPage: page, api, login, request }) => {
    const folder = await testFolder(api, "desktop");
    try {
      await withProvider(request, async () => {
        const { challenge } = pkce();
        const handoffs = await appHandoffs(page);
        await page.goto(
          authorizeUrl({
            client_id: DESKTOP,
            redirect_uri: "/callback/desktop",
            scope: "openid offline_access Files.Write",
            state: "desk-1",
            code_challenge: challenge,
            code_challenge_method: "S256",
          }),
        );
        await expect(page.getByRole("heading", { name: "Allow Cloudreve Desktop to access your account?" })).toBeVisible();
        await page.getByRole("button", { name: "Allow" }).click();

        await expect(page).toHaveURL(/\/callback\/desktop\?/);
        const code = new URL(page.url()).searchParams.get("code")!;
        await expect(page.getByRole("heading", { name: "Connect the desktop app" })).toBeVisible();
        await expect(page.getByRole("textbox", { name: "Folder" })).toHaveValue("My files");
        await expect(page.getByRole("textbox", { name: "Name on your computer" })).toHaveValue("My files");
        await expectAxeClean(page, "desktop mount set-up");

        await page.getByRole("button", { name: "Choose…" }).click();
        const picker = page.getByRole("dialog", { name: "Folder for the desktop app" });
        await picker.getByRole("button", { name: folder.name }).click();
        await picker.getByRole("button", { name: "Use this folder" }).click();
        await expect(page.getByRole("textbox", { name: "Folder" })).toHaveValue(`My files/${folder.name}`);
        await expect(page.getByRole("textbox", { name: "Name on your computer" })).toHaveValue(folder.name);
        await page.getByRole("textbox", { name: "Name on your computer" }).fill("Work");
        await page.getByRole("button", { name: "Open the desktop app" }).click();

        await expect(page.getByRole("heading", { name: "Continue in the desktop app" })).toBeVisible();
        const href = (await page.getByRole("link", { name: "Open the desktop app again" }).getAttribute("href"))!;
        // The browser was asked to open it, and the same address is offered again.
        await expect.poll(() => handoffs).toEqual([href]);
        const handoff = new URL(href.replace(/^cloudreve:/, "http:"));
        expect(handoff.host).toBe("mount");
        expect(Object.fromEntries(handoff.searchParams)).toEqual({ state: "desk-1", code, user_id: login.user.id, path: folder.uri, name: "Work" });

        // The desktop app renewing an existing mount: no questions.
        await page.goto("/callback/desktop?code=renewal-code&state=reauthorize%3Amount-7");
        await expect(page.getByRole("heading", { name: "Continue in the desktop app" })).toBeVisible();
        const renewal = await page.getByRole("link", { name: "Open the desktop app again" }).getAttribute("href");
        await expect.poll(() => handoffs.at(-1)).toBe(renewal);
        expect(renewal).toBe(`cloudreve://mount?state=reauthorize%3Amount-7&code=renewal-code&user_id=${encodeURIComponent(login.user.id)}`);
      });
    } finally {
      await folder.cleanup();
    }
  });
});

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
