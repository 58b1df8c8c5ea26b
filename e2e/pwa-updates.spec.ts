// The service worker of the production build (docs/service-worker.md). Each test has a context of
// its own, so each starts with no worker. Context routes see the page's and the worker's requests
// but not the browser's own update checks of the worker script: tests that "deploy" another sw.js
// use the stand-in's deploy hook, which serves it to their context only (by cookie), and are
// tagged @standin.
import { test, expect } from "./support/fixtures";
import { testHook } from "./support/api";
import { controlled, cacheNames, signInPage } from "./pwa-support";

test.skip(({ baseURL }) => !/^https:|^http:\/\/(localhost|127\.0\.0\.1)[:/]/.test(baseURL ?? ""), "service workers need https or localhost");

test.describe("installable, offline-capable app", () => {
  test("a new version offers New version available — Reload, and Reload brings its code and texts @standin", async ({
    userPage: page,
    context,
    request,
    baseURL,
  }) => {
    const key = `pwa-${test.info().testId}`;
    await context.addCookies([{ name: "standin_deploy", value: key, url: baseURL! }]);
    let deployed = false;
    // The new build also changes a text (routes do reach the worker's own requests).
    await context.route(/\/locales\/en-US\/common\.json$/, async (route) => {
      const res = await route.fetch();
      const body = await res.text();
      await route.fulfill({ response: res, body: deployed ? body.replace('"My shares"', '"Shared links"') : body });
    });
    // The app looks for a new version hourly: time is ours to move.
    await page.clock.install();
    const nav = page.getByRole("navigation", { name: "Pages" });
    await page.goto("/home");
    await expect(nav.getByRole("link", { name: "My shares" })).toBeVisible();
    await controlled(page);
    // A load under the worker: the texts are in its cache now.
    await page.reload();
    await expect(nav.getByRole("link", { name: "My shares" })).toBeVisible();

    const worker = await (await page.request.get("/sw.js")).text();
    const version = /^const VERSION = "([^"]+)";$/m.exec(worker)?.[1];
    expect(version, "sw.js names its version").toBeTruthy();
    const next = `${version}-next`;
    await testHook(request, "PUT", `/deploy/${key}`, { sw: worker.replace(`const VERSION = "${version}";`, `const VERSION = "${next}";`) });
    deployed = true;
    try {
      await page.clock.fastForward("01:00:00");
      const prompt = page.getByRole("status").filter({ hasText: "New version available" });
      await expect(prompt).toBeVisible();
      // Nothing changes under the user's hands until they choose to reload.
      await expect(nav.getByRole("link", { name: "My shares" })).toBeVisible();

      await prompt.getByRole("button", { name: "Reload" }).click();
      // The new version's texts, not the ones the old version had cached. (The new worker takes
      // over, then the page loads again: a longer wait than a click's on a busy machine.)
      await expect(nav.getByRole("link", { name: "Shared links" })).toBeVisible({ timeout: 30_000 });
      const names = await cacheNames(page);
      expect(names).toContain(`cloudreve-shell-${next}`);
      expect(names).not.toContain(`cloudreve-shell-${version}`);
    } finally {
      await testHook(request, "DELETE", `/deploy/${key}`);
    }
  });

  test("the official frontend's worker at /sw.js gives way to ours after one reload, leaving nothing stale @standin", async ({
    page,
    context,
    request,
    baseURL,
  }) => {
    // A browser that used the official frontend: its worker answers every page load with the
    // index.html it precached, so that frontend keeps showing even after the statics changed.
    const key = `pwa-${test.info().testId}`;
    await context.addCookies([{ name: "standin_deploy", value: key, url: baseURL! }]);
    await testHook(request, "PUT", `/deploy/${key}`, { sw: OFFICIAL_WORKER });
    try {
      await page.goto("/session");
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await page.reload();
      await expect(page.getByRole("heading", { name: "Official frontend" })).toBeVisible();
      expect(await cacheNames(page)).toContainEqual(expect.stringMatching(/^workbox-precache-/));
    } finally {
      // Our build is deployed, with our worker at the same URL.
      await testHook(request, "DELETE", `/deploy/${key}`);
    }

    await page.reload();
    // The browser checks /sw.js after the page loads, installs ours (precaching the shell), which
    // then loads the page again: a longer wait than a click's on a busy machine.
    await expect(signInPage(page)).toBeVisible({ timeout: 30_000 });
    await controlled(page);
    await expect.poll(() => cacheNames(page)).toContainEqual(expect.stringMatching(/^cloudreve-shell-/));
    expect((await cacheNames(page)).filter((n) => n.startsWith("workbox-"))).toEqual([]);

    // And it stays that way.
    await page.reload();
    await expect(signInPage(page)).toBeVisible();
    await expect(page.getByRole("heading", { name: "Official frontend" })).toHaveCount(0);
  });
});

const OFFICIAL_WORKER = `
const CACHE = "workbox-precache-v2-" + self.registration.scope;
const PAGE = '<!doctype html><html lang="en"><title>Cloudreve</title><main><h1>Official frontend</h1></main><script>navigator.serviceWorker.register("/sw.js")</script></html>';
self.addEventListener("install", (e) => e.waitUntil(caches.open(CACHE).then((c) => c.put("/index.html", new Response(PAGE, { headers: { "Content-Type": "text/html" } })))));
// It takes the page it was registered from at once: the test then knows when it is in charge.
self.addEventListener("activate", (e) => e.waitUntil(self.clients.claim()));
self.addEventListener("message", (e) => { if (e.data && e.data.type === "SKIP_WAITING") self.skipWaiting(); });
self.addEventListener("fetch", (e) => {
  if (e.request.mode === "navigate" && !/^\\/(api|f|s)\\//.test(new URL(e.request.url).pathname)) e.respondWith(caches.match("/index.html", { cacheName: CACHE }));
});
`;
