/**
 * Imported once by main.tsx. Production builds only (no worker in development): listens for the
 * browser's install offer from the start, since it comes once per page load and often before the
 * page is idle, and loads the worker registration after the page has loaded and gone idle, so
 * neither the worker nor its registration code competes with the first load. A build made with
 * VITE_PWA=off registers nothing. docs/service-worker.md.
 */
import { pwaStore, type InstallOffer } from "./store";

if (import.meta.env.PROD && import.meta.env.VITE_PWA !== "off" && "serviceWorker" in navigator) {
  addEventListener("beforeinstallprompt", (e) => {
    // Our own "Install app" entry replaces the browser's mini-infobar.
    e.preventDefault();
    pwaStore.set({ install: e as InstallOffer });
  });
  addEventListener("appinstalled", () => pwaStore.set({ install: null }));
  const idle = (run: () => void) => ("requestIdleCallback" in window ? requestIdleCallback(run) : setTimeout(run, 1));
  const start = () =>
    idle(
      () =>
        void import("./register")
          .then((m) => m.registerWorker())
          // Without a worker the app works as before (private windows, a statics folder without sw.js).
          .catch((e: unknown) => console.warn("Service worker not registered:", e)),
    );
  if (document.readyState === "complete") start();
  else addEventListener("load", start, { once: true });
}
