import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { test, expect, expectAxeClean } from "./support/fixtures";
import { Api, groupCan, testHook, type LoginData } from "./support/api";
import { GroupPerm } from "../src/lib/capabilities";
import { DIAGNOSTICS_KEY } from "../src/app/diagnostics";

/** Turns on the app's diagnostics handle (`window.__cloudreve`) for the pages this test loads. */
const withDiagnostics = (page: Page) => page.addInitScript((key) => localStorage.setItem(key, "1"), DIAGNOSTICS_KEY);

test.describe("app shell", () => {
  test("an anonymous visitor opening the site lands on the sign-in page", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/session$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("unknown paths show a 404 page with a way back", async ({ page }) => {
    await page.goto("/no/such/page");
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page).toHaveTitle(/^Page not found - /);
    await expectAxeClean(page);
    await page.getByRole("link", { name: "Go to my files" }).click();
    // Anonymous, so "my files" asks to sign in first and remembers where to go.
    await expect(page).toHaveURL(/\/session\?redirect=%2Fhome/);
  });

  test("protected pages send anonymous visitors to sign-in and back after signing in", async ({ page, account }) => {
    await page.goto("/settings?tab=security");
    await expect(page).toHaveURL(/\/session\?redirect=%2Fsettings%3Ftab%3Dsecurity$/);
    await page.getByRole("textbox", { name: "E-mail" }).fill(account.email);
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("textbox", { name: "Password", exact: true }).fill(account.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(/\/settings\?tab=security$/);
    await expect(page.getByRole("tab", { name: "Security" })).toHaveAttribute("aria-selected", "true");
  });

  test("signed-in users get the navigation their group may use, page titles and their quota", async ({ userPage: page, login }) => {
    await page.goto("/shares");
    const nav = page.getByRole("navigation", { name: "Pages" });
    await expect(nav.getByRole("link", { name: "My shares" })).toHaveAttribute("aria-current", "page");
    await expect(nav.getByRole("link", { name: "Background tasks" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Remote downloads" })).toHaveCount(groupCan(login, GroupPerm.RemoteDownload) ? 1 : 0);
    await expect(nav.getByRole("link", { name: "Connect & mount" })).toHaveCount(groupCan(login, GroupPerm.WebDAV) ? 1 : 0);
    await expect(page).toHaveTitle(/^My shares - /);
    await expect(page.getByText(/ of .* used$/)).toBeVisible();
    await expectAxeClean(page);
  });

  test("a page exposes no global API client unless diagnostics are turned on", async ({ userPage: page }) => {
    await page.goto("/shares");
    await expect(page.getByText(/ of .* used$/)).toBeVisible();
    expect(await page.evaluate(() => "__cloudreve" in window)).toBe(false);
    await withDiagnostics(page);
    await page.reload();
    await expect(page.getByText(/ of .* used$/)).toBeVisible();
    expect(await page.evaluate(() => typeof (window as { __cloudreve?: { api?: unknown } }).__cloudreve?.api)).toBe("object");
  });

  test("the colour theme choice survives a reload", async ({ userPage: page }) => {
    await page.goto("/shares");
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.getByRole("button", { name: "Colour theme" }).click();
    await page.getByRole("menuitemradio", { name: "Dark" }).click();
    await expect.poll(background).toBe("rgb(18, 18, 18)");
    await page.reload();
    await expect.poll(background).toBe("rgb(18, 18, 18)");
    await page.getByRole("button", { name: "Colour theme" }).click();
    await expect(page.getByRole("menuitemradio", { name: "Dark" })).toHaveAttribute("aria-checked", "true");
    await page.getByRole("menuitemradio", { name: "Light" }).click();
    await expect.poll(background).toBe("rgb(255, 255, 255)");
  });

  test("on a phone the navigation lives in a drawer behind the menu button", async ({ userPage: page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/shares");
    const menu = page.getByRole("button", { name: "Open navigation" });
    await expect(menu).toBeVisible();
    await menu.click();
    await page.getByRole("link", { name: "Background tasks" }).click();
    await expect(page).toHaveURL(/\/tasks$/);
    await expect(page.getByRole("heading", { name: "Background tasks" })).toBeVisible();
  });
});

test.describe("motion", () => {
  /** Opens the phone navigation drawer; the longest transition it (or what holds it) is set to run, in ms. */
  async function drawerTransitionMs(page: Page): Promise<number> {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/shares");
    await page.getByRole("button", { name: "Open navigation" }).click();
    const link = page.getByRole("link", { name: "Background tasks" });
    await expect(link).toBeVisible();
    // The set duration, not whether a transition is still running: that would race the machine.
    return link.evaluate((el) => {
      let longest = 0;
      for (let e: Element | null = el; e; e = e.parentElement) {
        for (const d of getComputedStyle(e).transitionDuration.split(",")) longest = Math.max(longest, parseFloat(d) * (d.trim().endsWith("ms") ? 1 : 1000));
      }
      return longest;
    });
  }

  test.describe("with the system's default", () => {
    test.use({ contextOptions: { reducedMotion: "no-preference" } });
    test("the navigation drawer slides in", async ({ userPage: page }) => {
      expect(await drawerTransitionMs(page)).toBeGreaterThanOrEqual(100);
    });
  });

  test("asking the system for less motion: the drawer appears in place, nothing slides or fades", async ({ userPage: page }) => {
    // The suite's default (playwright.config.ts) is reduced motion.
    expect(await drawerTransitionMs(page)).toBeLessThan(1);
  });
});

test.describe("server errors", () => {
  // Any route can answer with an error envelope; the server's own English text (msg) must not
  // reach the user, the code's localized sentence must.
  const CODE = 50001;
  async function failingSettings(page: Page) {
    await page.route("**/api/v4/user/setting", (route) =>
      route.request().method() === "GET" ? route.fulfill({ json: { code: CODE, msg: "db: connection refused", data: null } }) : route.continue(),
    );
    await page.goto("/settings?tab=security");
  }
  const message = (lng: string) => (JSON.parse(readFileSync(`public/locales/${lng}/errors.json`, "utf8")) as Record<string, string>)[String(CODE)]!;

  test("an envelope error is shown as its localized sentence", async ({ userPage: page }) => {
    await failingSettings(page);
    const alert = page.getByRole("alert");
    await expect(alert).toContainText(message("en-US"));
    await expect(alert).not.toContainText("connection refused");
  });

  test.describe("in Chinese", () => {
    test.use({ locale: "zh-CN" });
    test("the same error is shown in Chinese", async ({ userPage: page }) => {
      await page.addInitScript(() => localStorage.removeItem("i18nextLng"));
      await failingSettings(page);
      await expect(page.getByRole("alert")).toContainText(message("zh-CN"));
    });
  });
});

test.describe("session tokens", () => {
  function countRefreshes(page: import("@playwright/test").Page) {
    const seen = { count: 0 };
    page.on("request", (r) => {
      if (r.url().includes("/api/v4/session/token/refresh")) seen.count++;
    });
    return seen;
  }

  test("an expired access token is refreshed once for 20 parallel calls @standin", async ({ page, request, account }) => {
    // Ten minutes of access: nothing refreshes on its own while the page loads, however slow the machine.
    const login = await testHook<LoginData>(request, "POST", "/tokens", { email: account.email, access_ttl: 600 });
    const { signInPage } = await import("./support/api");
    await signInPage(page, login);
    await withDiagnostics(page);
    await page.goto("/shares");
    await expect(page.getByText(/ of .* used$/)).toBeVisible();
    const refreshes = countRefreshes(page);
    // The page's clock moves past the token's expiry. The refreshed token lives an hour by the
    // server's clock, so it still looks fresh to the page afterwards.
    await page.clock.setFixedTime(Date.parse(login.token.access_expires) + 1000);
    const codes = await page.evaluate(async () => {
      const { api } = (window as unknown as { __cloudreve: { api: { GET: (p: string) => Promise<{ data?: { code: number } }> } } }).__cloudreve;
      const results = await Promise.all(Array.from({ length: 20 }, () => api.GET("/user/me")));
      return results.map((r) => r.data?.code);
    });
    expect(codes).toEqual(Array(20).fill(0));
    expect(refreshes.count).toBe(1);
    // The page keeps working without a trip to the sign-in page.
    await page.getByRole("link", { name: "Background tasks" }).click();
    await expect(page).toHaveURL(/\/tasks$/);
  });

  test("a token the server no longer accepts is refreshed and the call retried @standin", async ({ userPage: page, request, login }) => {
    await withDiagnostics(page);
    await page.goto("/shares");
    await expect(page.getByText(/ of .* used$/)).toBeVisible();
    // The page believes its token is good for an hour (as with a skewed clock); the server no longer does.
    await testHook(request, "POST", "/tokens/expire", { access_token: login.token.access_token });
    const refreshes = countRefreshes(page);
    const code = await page.evaluate(async () => {
      const { api } = (window as unknown as { __cloudreve: { api: { GET: (p: string) => Promise<{ data?: { code: number } }> } } }).__cloudreve;
      return (await api.GET("/user/me")).data?.code;
    });
    expect(code).toBe(0);
    expect(refreshes.count).toBe(1);
  });

  test("a revoked session sends the user to sign-in and back to the same page", async ({ userPage: page, request, login }) => {
    await page.goto("/tasks");
    await expect(page.getByRole("heading", { name: "Background tasks" })).toBeVisible();
    // Sign out elsewhere: the refresh chain is revoked, and the access token is made stale locally.
    await new Api(request).call("DELETE", "/session/token", { refresh_token: login.token.refresh_token });
    await page.evaluate(() => {
      const state = JSON.parse(localStorage.getItem("cloudreve_session")!);
      const entry = state.sessions[state.current];
      entry.token.access_token = "expired.token.value";
      entry.token.access_expires = new Date(0).toISOString();
      localStorage.setItem("cloudreve_session", JSON.stringify(state));
    });
    await page.reload();
    await expect(page).toHaveURL(/\/session\?redirect=%2F/);
  });
});
