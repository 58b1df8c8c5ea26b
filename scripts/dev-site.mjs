// Development only: the real server fills the placeholders of index.html from its settings
// (docs/server-behaviour.md, "Statics"); Vite serves the file as it is. This plugin fills them the
// same way from the backend the dev server proxies to, so the tab shows the site's name and the
// page no custom-script text. The production build keeps the placeholders for the server.
import { existsSync } from "node:fs";
import { join } from "node:path";

/** What a fresh Cloudreve install uses, for a backend that cannot be reached. */
export const DEFAULT_SITE = {
  siteName: "Cloudreve",
  siteDes: "Cloudreve",
  // The custom script is a server setting no API hands out; in development there is none.
  siteScript: "",
  pwaSmallIcon: "/static/img/favicon.ico",
  pwaMediumIcon: "/static/img/logo192.png",
  defaultTheme: "#1976d2",
};

/** Replaces the placeholders exactly as the server does: every occurrence, as plain text. */
export function fillSitePlaceholders(html, site) {
  return html
    .replaceAll("{siteName}", site.siteName)
    .replaceAll("{siteDes}", site.siteDes)
    .replaceAll("{siteScript}", site.siteScript)
    .replaceAll("{pwa_small_icon}", site.pwaSmallIcon)
    .replaceAll("{pwa_medium_icon}", site.pwaMediumIcon)
    .replaceAll("var(--defaultThemeColor)", site.defaultTheme);
}

async function json(url, fetchImpl) {
  const res = await fetchImpl(url, { signal: AbortSignal.timeout(1500) });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.json();
}

/**
 * The site's name and colour from `/api/v4/site/config/basic`, its icons from `/manifest.json`;
 * anything the backend does not say (or a backend that does not answer) keeps the default. An icon
 * path the dev server cannot serve (the stand-in names one it does not have) keeps ours.
 */
export async function readSite(backend, { fetchImpl = fetch, publicDir = "public" } = {}) {
  const site = { ...DEFAULT_SITE };
  const base = backend.replace(/\/+$/, "");
  const served = (src) => typeof src === "string" && (/^https?:\/\//.test(src) || (src.startsWith("/") && existsSync(join(publicDir, src))));
  const [basic, manifest] = await Promise.allSettled([json(`${base}/api/v4/site/config/basic`, fetchImpl), json(`${base}/manifest.json`, fetchImpl)]);
  if (basic.status === "fulfilled" && basic.value?.code === 0) {
    const data = basic.value.data ?? {};
    if (data.title) site.siteName = site.siteDes = data.title;
    if (data.default_theme) site.defaultTheme = data.default_theme;
  }
  if (manifest.status === "fulfilled") {
    const [small, medium] = manifest.value?.icons ?? [];
    if (served(small?.src)) site.pwaSmallIcon = small.src;
    if (served(medium?.src)) site.pwaMediumIcon = medium.src;
  }
  return site;
}

/** The Vite plugin (`vite` dev server only; `vite build` never runs it). */
export function devSitePlaceholders(backend) {
  return {
    name: "cloudreve-dev-site-placeholders",
    apply: "serve",
    async transformIndexHtml(html) {
      return fillSitePlaceholders(html, await readSite(backend));
    },
  };
}
