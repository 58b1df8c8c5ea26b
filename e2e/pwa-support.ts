// Shared by the service worker specs: whether the worker is in charge and what it has cached.
import type { Page } from "@playwright/test";

export const controlled = (page: Page) => page.waitForFunction(() => navigator.serviceWorker.controller?.scriptURL.endsWith("/sw.js"));
export const cacheNames = (page: Page) => page.evaluate(() => caches.keys());
export const isSettings = (path: string) => /\/SettingsPage-[\w-]+\.js$/.test(path);
/** What the worker keeps: the precached shell and the files it cached when used. */
export const cachedPaths = (page: Page) =>
  page.evaluate(async () => {
    const paths = async (names: string[]) =>
      (await Promise.all(names.map(async (n) => (await (await caches.open(n)).keys()).map((r) => new URL(r.url).pathname)))).flat();
    const names = await caches.keys();
    return { shell: await paths(names.filter((n) => n.startsWith("cloudreve-shell-"))), runtime: await paths(names.filter((n) => n === "cloudreve-assets")) };
  });
export const signInPage = (page: Page) => page.getByRole("heading", { level: 1, name: "Sign in" });
