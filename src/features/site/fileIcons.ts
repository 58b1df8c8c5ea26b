// The admin's file-type icons (site config `explorer.icons`, JSON text of
// `[{"exts": [...], "icon"?, "color"?, "color_dark"?, "img"?}]`): which kind of icon, which colour
// (light and dark) or which image each extension gets.

import { safeUrl } from "./safeHtml";

/** Icon kinds this app draws; the official frontend's icon names map onto them. */
export type IconKind = "image" | "video" | "audio" | "pdf" | "document" | "spreadsheet" | "presentation" | "archive" | "code" | "file";

const KIND_OF_NAME: Record<string, IconKind> = {
  audio: "audio",
  video: "video",
  image: "image",
  raw: "image",
  pdf: "pdf",
  word: "document",
  text: "document",
  markdown: "document",
  book: "document",
  excel: "spreadsheet",
  ppt: "presentation",
  zip: "archive",
  c: "code",
  cpp: "code",
  go: "code",
  js: "code",
  python: "code",
  rust: "code",
};

export interface SiteIcon {
  kind?: IconKind;
  color?: string;
  colorDark?: string;
  img?: string;
}

const COLOR = /^#[0-9a-f]{3,8}$/i;

/** Extension (lower case) → icon; invalid entries and unsafe image addresses are skipped. */
export function parseSiteIcons(json: string | undefined, base: string): Map<string, SiteIcon> {
  const out = new Map<string, SiteIcon>();
  let list: unknown;
  try {
    list = JSON.parse(json ?? "[]");
  } catch {
    return out;
  }
  if (!Array.isArray(list)) return out;
  for (const entry of list as Record<string, unknown>[]) {
    if (!entry || !Array.isArray(entry.exts)) continue;
    const icon: SiteIcon = {};
    if (typeof entry.icon === "string" && KIND_OF_NAME[entry.icon]) icon.kind = KIND_OF_NAME[entry.icon];
    if (typeof entry.color === "string" && COLOR.test(entry.color)) icon.color = entry.color;
    if (typeof entry.color_dark === "string" && COLOR.test(entry.color_dark)) icon.colorDark = entry.color_dark;
    if (typeof entry.img === "string") icon.img = safeUrl(entry.img, base, true);
    for (const ext of entry.exts) if (typeof ext === "string" && ext) out.set(ext.toLowerCase(), icon);
  }
  return out;
}

let last: { json: string | undefined; map: Map<string, SiteIcon> } | undefined;

/** parseSiteIcons, remembered for the last JSON text: every row of a listing asks. */
export function siteIcons(json: string | undefined): Map<string, SiteIcon> {
  if (last && last.json === json) return last.map;
  const map = parseSiteIcons(json, location.href);
  last = { json, map };
  return map;
}
