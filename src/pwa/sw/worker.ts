/**
 * The app's service worker, built into dist/sw.js by scripts/pwa-plugin.mjs, which puts the three
 * constants below in front of it. What it caches, what it never touches and how it replaces the
 * official frontend's worker: docs/service-worker.md.
 */
import { cacheable, route } from "./routing";

/** Changes whenever any file of the build does, so the browser sees a new worker (byte-different sw.js). */
declare const VERSION: string;
/** The app shell: the first-load files of the sign-in page, the explorer and the share landing, icons, the offline page. */
declare const PRECACHE: string[];
declare const OFFLINE_PAGE: string;

// Service-worker types are not in the DOM library this project compiles against: the few used here.
interface SwExtendableEvent extends Event {
  waitUntil(work: Promise<unknown>): void;
}
interface SwFetchEvent extends SwExtendableEvent {
  readonly request: Request;
  readonly preloadResponse: Promise<Response | undefined>;
  respondWith(response: Promise<Response>): void;
}
interface SwMessageEvent extends SwExtendableEvent {
  readonly data: unknown;
}
interface WindowClient {
  readonly url: string;
  navigate(url: string): Promise<unknown>;
}
interface Scope {
  readonly location: Location;
  readonly registration: ServiceWorkerRegistration;
  readonly clients: { claim(): Promise<void>; matchAll(options: { type: "window" }): Promise<WindowClient[]> };
  skipWaiting(): Promise<void>;
  addEventListener(type: "install" | "activate", listener: (e: SwExtendableEvent) => void): void;
  addEventListener(type: "fetch", listener: (e: SwFetchEvent) => void): void;
  addEventListener(type: "message", listener: (e: SwMessageEvent) => void): void;
}
const sw = globalThis as unknown as Scope;

const PREFIX = "cloudreve-";
const SHELL = `${PREFIX}shell-${VERSION}`;
const ASSETS = `${PREFIX}assets`;
/** Not versioned: deleted whenever a new version takes over, so it never serves texts of an older build. */
const LOCALES = `${PREFIX}locales`;
/** Caches of the official frontend's worker (Workbox precache and runtime caches). */
const FOREIGN = /^workbox-/;
/** Lazy chunks kept at most; the oldest go first. */
const MAX_ASSETS = 150;

const precached = new Set(PRECACHE);
/** Set while installing over a worker that is not ours; read when activating right after. */
let replacingForeign = false;

sw.addEventListener("install", (e) => e.waitUntil(install()));
sw.addEventListener("activate", (e) => e.waitUntil(activate()));
sw.addEventListener("message", (e) => {
  // The same message Workbox's window helper sends, so whichever page asks, the waiting version takes over.
  if ((e.data as { type?: string } | null)?.type === "SKIP_WAITING") e.waitUntil(sw.skipWaiting());
});
sw.addEventListener("fetch", (e) => {
  const path = new URL(e.request.url).pathname;
  switch (route(e.request, sw.location.origin, precached)) {
    case "pass":
      return;
    case "navigate":
      return e.respondWith(navigate(e));
    case "shell":
      return e.respondWith(fromShell(e.request, path));
    case "asset":
      return e.respondWith(asset(e.request, path));
    case "locale":
      return e.respondWith(locale(e, path));
  }
});

async function install(): Promise<void> {
  const names = await caches.keys();
  // An active worker that left none of our caches is the official frontend's (or anything else
  // registered at /sw.js): it serves its own precached, outdated pages, so it must go at once
  // instead of waiting for every tab to close. Our own updates wait for the user's "Reload".
  replacingForeign = Boolean(sw.registration.active) && !names.some((n) => n.startsWith(`${PREFIX}shell-`));
  const shell = await caches.open(SHELL);
  const earlier = await Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== SHELL).map((n) => caches.open(n)));
  await Promise.all(
    PRECACHE.map(async (path) => {
      // Hashed files never change: reuse a copy an earlier version kept instead of downloading it again.
      if (path.startsWith("/assets/")) {
        for (const cache of earlier) {
          const hit = await cache.match(path);
          if (hit) return shell.put(path, hit);
        }
      }
      // Unhashed files (icons) get no Cache-Control from the server: bypass heuristic HTTP caching.
      const res = await fetch(path, { cache: path.startsWith("/assets/") ? "default" : "no-cache" });
      if (!cacheable(res, path)) throw new Error(`Precaching ${path} failed: HTTP ${res.status}`);
      await shell.put(path, res);
    }),
  );
  if (replacingForeign) await sw.skipWaiting();
}

async function activate(): Promise<void> {
  for (const name of await caches.keys()) {
    if ((name.startsWith(PREFIX) && name !== SHELL && name !== ASSETS) || FOREIGN.test(name)) await caches.delete(name);
  }
  // Page loads start their network request while the worker starts up.
  await sw.registration.navigationPreload?.enable();
  const stale = replacingForeign ? await sw.clients.matchAll({ type: "window" }) : [];
  await sw.clients.claim();
  // Tabs the old worker served show the old frontend from its cache: load them again, from the
  // network. Not awaited: those page loads reach this worker only once activation has finished.
  for (const client of stale) client.navigate(client.url).catch(() => undefined);
}

async function navigate(e: SwFetchEvent): Promise<Response> {
  try {
    return (await e.preloadResponse) ?? (await fetch(e.request));
  } catch {
    // The server cannot be reached (offline, server down, DNS): say so instead of the browser's error page.
    return (await caches.match(OFFLINE_PAGE, { cacheName: SHELL })) ?? Response.error();
  }
}

async function fromShell(request: Request, path: string): Promise<Response> {
  return (await caches.match(path, { cacheName: SHELL })) ?? fetch(request);
}

async function asset(request: Request, path: string): Promise<Response> {
  const cache = await caches.open(ASSETS);
  const hit = (await cache.match(path)) ?? (await caches.match(path, { cacheName: SHELL }));
  if (hit) return hit;
  const res = await fetch(request);
  if (cacheable(res, path)) {
    await cache.put(path, res.clone());
    const keys = await cache.keys();
    await Promise.all(keys.slice(0, Math.max(0, keys.length - MAX_ASSETS)).map((k) => cache.delete(k)));
  }
  return res;
}

async function locale(e: SwFetchEvent, path: string): Promise<Response> {
  const cache = await caches.open(LOCALES);
  const hit = await cache.match(path);
  const fresh = fetch(e.request).then(async (res) => {
    if (cacheable(res, path)) await cache.put(path, res.clone());
    return res;
  });
  if (!hit) return fresh;
  e.waitUntil(fresh.catch(() => undefined));
  return hit;
}
