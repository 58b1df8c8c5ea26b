import type { Plugin } from "vite";

export interface SiteTexts {
  siteName: string;
  siteDes: string;
  siteScript: string;
  pwaSmallIcon: string;
  pwaMediumIcon: string;
  defaultTheme: string;
}
export const DEFAULT_SITE: SiteTexts;
export function fillSitePlaceholders(html: string, site: SiteTexts): string;
export function readSite(backend: string, opts?: { fetchImpl?: typeof fetch; publicDir?: string }): Promise<SiteTexts>;
export function devSitePlaceholders(backend: string): Plugin;
