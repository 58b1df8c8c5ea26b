/**
 * A worker whose only job is to remove a worker: built into dist/service-worker.js (where Cloudreve
 * 3's frontend registered its worker, which would otherwise keep serving its cached pages forever)
 * and into dist/sw.js when a build opts out of the service worker (VITE_PWA=off). The browser
 * installs it as an update of the old registration; it then drops the caches, unregisters, and
 * loads the open tabs again from the network. docs/service-worker.md.
 */
interface SwExtendableEvent extends Event {
  waitUntil(work: Promise<unknown>): void;
}
interface WindowClient {
  readonly url: string;
  navigate(url: string): Promise<unknown>;
}
interface Scope {
  readonly registration: ServiceWorkerRegistration;
  readonly clients: { claim(): Promise<void>; matchAll(options: { type: "window" }): Promise<WindowClient[]> };
  skipWaiting(): Promise<void>;
  addEventListener(type: "install" | "activate", listener: (e: SwExtendableEvent) => void): void;
}
const sw = globalThis as unknown as Scope;

sw.addEventListener("install", (e) => e.waitUntil(sw.skipWaiting()));
sw.addEventListener("activate", (e) =>
  e.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (/^(workbox-|cloudreve-)/.test(name)) await caches.delete(name);
      await sw.registration.unregister();
      // Not awaited, so activation never waits on page loads.
      for (const tab of await sw.clients.matchAll({ type: "window" })) tab.navigate(tab.url).catch(() => undefined);
    })(),
  ),
);

export {};
