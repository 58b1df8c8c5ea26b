/**
 * Registers the service worker and turns a waiting new version into the "New version available —
 * Reload" offer. Loaded by boot.ts once the page is idle. docs/service-worker.md.
 */
import i18n from "../i18n";
import { pwaStore, type PwaState } from "./store";

/** A tab left open for days never loads a page again: look for a new version this often too. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

export async function registerWorker(): Promise<void> {
  const container = navigator.serviceWorker;
  // The official frontend registered its worker at the same URL and scope: the browser updates
  // that registration to ours instead of keeping two (docs/service-worker.md, "Why /sw.js").
  const reg = await container.register("/sw.js", { scope: "/" });
  let switching = false;
  let controlled = Boolean(container.controller);

  const apply = () => {
    const waiting = reg.waiting;
    // Another tab may have switched already: then this one only needs to load again.
    if (!waiting) return location.reload();
    switching = true;
    waiting.postMessage({ type: "SKIP_WAITING" });
  };
  let offered = false;
  const offer = () => {
    if (offered) return;
    offered = true;
    void offerReload(apply);
  };

  container.addEventListener("controllerchange", () => {
    if (switching) return location.reload();
    // A new version took over from another tab while this one still runs the old code: offer the
    // reload here too. The first worker taking control of a fresh page is not a new version.
    if (controlled) offer();
    controlled = true;
  });

  // Only a version installed while an older one controls this page waits (the first one starts at once).
  const watch = (worker: ServiceWorker) =>
    worker.addEventListener("statechange", () => {
      if (worker.state === "installed" && container.controller) offer();
    });
  if (reg.waiting && container.controller) offer();
  if (reg.installing) watch(reg.installing);
  reg.addEventListener("updatefound", () => reg.installing && watch(reg.installing));

  const check = () => void reg.update().catch(() => undefined);
  setInterval(check, CHECK_EVERY_MS);
  document.addEventListener("visibilitychange", () => document.visibilityState === "visible" && check());
}

/** "New version available — Reload", as soon as a page with the app bar can show it. */
async function offerReload(apply: () => void): Promise<void> {
  await i18n.loadNamespaces("pwa");
  const show = (notify: NonNullable<PwaState["notify"]>) =>
    notify({
      message: i18n.t("pwa:update.available"),
      severity: "info",
      duration: null,
      action: { label: i18n.t("pwa:update.reload"), run: apply },
    });
  const now = pwaStore.get().notify;
  if (now) return show(now);
  const stop = pwaStore.subscribe(() => {
    const notify = pwaStore.get().notify;
    if (!notify) return;
    stop();
    show(notify);
  });
}
