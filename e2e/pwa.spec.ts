// The service worker of the production build (docs/service-worker.md). Each test has a context of
// its own, so each starts with no worker. Context routes see the page's and the worker's requests
// but not the browser's own update checks of the worker script: tests that "deploy" another sw.js
// use the stand-in's deploy hook, which serves it to their context only (by cookie), and are
// tagged @standin.
import { test, expect, expectAxeClean } from "./support/fixtures";
import { testFolder } from "./explorer-support";
import { putFile, shareLink, sharePath } from "./shares-support";
import { controlled, cacheNames, isSettings, cachedPaths, signInPage } from "./pwa-support";

test.skip(({ baseURL }) => !/^https:|^http:\/\/(localhost|127\.0\.0\.1)[:/]/.test(baseURL ?? ""), "service workers need https or localhost");

test.describe("installable, offline-capable app", () => {
  test("the worker controls the app after the first load, serves the shell, caches lazy pages when used, and leaves the API and share links alone", async ({
    userPage: page,
    api,
  }) => {
    const root = await testFolder(api, "pwa");
    try {
      await putFile(api, root.child("shared.txt"), "hello");
      const { url } = await shareLink(api, root.child("shared.txt"));
      await page.goto("/home");
      await expect(page.getByRole("navigation", { name: "Pages" })).toBeVisible();
      await controlled(page);
      expect(await cacheNames(page)).toContainEqual(expect.stringMatching(/^cloudreve-shell-/));

      const entry = page.waitForResponse((r) => /\/assets\/index-[\w-]+\.js$/.test(r.url()));
      const apiCall = page.waitForResponse((r) => r.url().includes("/api/v4/"));
      await page.reload();
      expect((await entry).fromServiceWorker()).toBe(true);
      expect((await apiCall).fromServiceWorker()).toBe(false);
      await expect(page.getByRole("navigation", { name: "Pages" })).toBeVisible();

      // Settings is not part of the shell: cached once opened, not before.
      const settingsCached = () => cachedPaths(page).then((c) => ({ shell: c.shell.some(isSettings), runtime: c.runtime.some(isSettings) }));
      expect(await settingsCached()).toEqual({ shell: false, runtime: false });
      await page.goto("/settings");
      await expect(page.getByRole("tab", { name: "Security" })).toBeVisible();
      await expect.poll(settingsCached).toEqual({ shell: false, runtime: true });

      // A share link is the server's to redirect.
      const share = page.waitForResponse((r) => new URL(r.url()).pathname === sharePath(url));
      await page.goto(sharePath(url));
      expect((await share).fromServiceWorker()).toBe(false);
      await expect(page).toHaveURL(/\/home\?path=/);
    } finally {
      await root.cleanup();
    }
  });

  test("a page load that cannot reach the server shows the offline page, which comes back by itself", async ({ page, context }) => {
    await page.goto("/session");
    await expect(signInPage(page)).toBeVisible();
    await controlled(page);

    await context.setOffline(true);
    await page.goto("/home");
    await expect(page.getByRole("heading", { level: 1, name: "Can't reach the server" })).toBeVisible();
    await expect(page).toHaveTitle("Can't reach the server");
    await expect(page.getByText(/Check your internet connection/)).toBeVisible();
    await expectAxeClean(page, "offline page");
    // Still offline: trying again shows the same page, not the browser's error.
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Can't reach the server" })).toBeVisible();

    // Back online: the page loads the app again without being asked.
    await context.setOffline(false);
    await expect(signInPage(page)).toBeVisible();
  });

  test("Install app shows only while the browser offers installation, and opens the browser's dialog", async ({ userPage: page }) => {
    await page.goto("/home");
    await expect(page.getByRole("navigation", { name: "Pages" })).toBeVisible();
    const install = page.getByRole("button", { name: "Install app" });
    await expect(install).toHaveCount(0);

    // What Chromium fires when the site is installable (headless browsers never do).
    await page.evaluate(() => {
      const offer = new Event("beforeinstallprompt", { cancelable: true });
      const w = window as unknown as { installDialogs: number };
      w.installDialogs = 0;
      Object.assign(offer, { prompt: async () => void w.installDialogs++, userChoice: Promise.resolve({ outcome: "accepted", platform: "web" }) });
      dispatchEvent(offer);
    });
    await expect(install).toBeVisible();
    await expectAxeClean(page);
    await install.click();
    await expect(install).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { installDialogs: number }).installDialogs)).toBe(1);
  });
});

/** A worker like the official frontend's (Workbox, updates on the user's word) with its precached page. */
