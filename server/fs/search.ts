import { AppError } from "../core/envelope.ts";
import type { FileNode } from "./types.ts";
import { searchParams, type SearchParams } from "./uri.ts";

/** Install-default category presets (`explorer_category_*_query`), used instead of the whole query. */
const CATEGORY_QUERIES: Record<string, string> = {
  image:
    "type=file&case_folding&use_or&name=*.bmp&name=*.iff&name=*.png&name=*.gif&name=*.jpg&name=*.jpeg&name=*.psd&name=*.svg&name=*.webp&name=*.heif&name=*.heic&name=*.tiff&name=*.avif&name=*.3fr&name=*.ari&name=*.arw&name=*.bay&name=*.braw&name=*.crw&name=*.cr2&name=*.cr3&name=*.cap&name=*.dcs&name=*.dcr&name=*.dng&name=*.drf&name=*.eip&name=*.erf&name=*.fff&name=*.gpr&name=*.iiq&name=*.k25&name=*.kdc&name=*.mdc&name=*.mef&name=*.mos&name=*.mrw&name=*.nef&name=*.nrw&name=*.obm&name=*.orf&name=*.pef&name=*.ptx&name=*.pxn&name=*.r3d&name=*.raf&name=*.raw&name=*.rwl&name=*.rw2&name=*.rwz&name=*.sr2&name=*.srf&name=*.srw&name=*.tif&name=*.x3f",
  video: "type=file&case_folding&use_or&name=*.mp4&name=*.m3u8&name=*.flv&name=*.avi&name=*.wmv&name=*.mkv&name=*.rm&name=*.rmvb&name=*.mov&name=*.ogv",
  audio: "type=file&case_folding&use_or&name=*.mp3&name=*.flac&name=*.ape&name=*.wav&name=*.acc&name=*.ogg&name=*.m4a",
  document:
    "type=file&case_folding&use_or&name=*.pdf&name=*.doc&name=*.docx&name=*.ppt&name=*.pptx&name=*.xls&name=*.xlsx&name=*.csv&name=*.txt&name=*.md&name=*.pub",
};

/** Resolves the category preset (unknown category → plain error, code -1). */
export function effectiveSearch(params: SearchParams): SearchParams {
  if (!params.category) return params;
  const preset = CATEGORY_QUERIES[params.category];
  if (!preset) throw new AppError(-1, "");
  return searchParams(new URLSearchParams(preset)) ?? params;
}

type Matcher = (name: string) => boolean;

/** SQLite LIKE: `%` wildcard, ASCII case-insensitive. */
function likeMatcher(pattern: string): Matcher {
  const re = new RegExp(
    "^" +
      pattern
        .split("%")
        .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
        .join(".*") +
      "$",
    "is",
  );
  return (name) => re.test(name);
}

function keywordMatcher(keyword: string, caseFolding: boolean): Matcher {
  if (keyword.includes("*")) {
    let pattern = keyword.replaceAll("*", "%");
    if (!keyword.startsWith("*") && !keyword.endsWith("*")) pattern = `%${pattern}%`;
    return likeMatcher(pattern);
  }
  let text = keyword;
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) text = text.slice(1, -1);
  if (caseFolding) {
    const lower = text.toLowerCase();
    return (name) => name.toLowerCase().includes(lower);
  }
  return (name) => name.includes(text);
}

/** Builds the predicate of `inventory/file_utils.go searchQuery` for in-memory nodes. */
export function buildPredicate(params: SearchParams, nameOf: (n: FileNode) => string = (n) => n.name): (n: FileNode) => boolean {
  const p = effectiveSearch(params);
  const matchers = p.names.map((k) => keywordMatcher(k, p.caseFolding));
  const metaKeys = [...p.metadata.keys()];
  const sizeBound = p.sizeGte > 0 || p.sizeLte > 0;
  return (n) => {
    if (matchers.length) {
      const name = nameOf(n);
      const ok = p.or ? matchers.some((m) => m(name)) : matchers.every((m) => m(name));
      if (!ok) return false;
    }
    if (p.type !== undefined && n.type !== p.type) return false;
    if (metaKeys.length) {
      // Quirk: every meta_ filter must be satisfied by the same metadata row, so two keys never match.
      if (metaKeys.length > 1) return false;
      const key = metaKeys[0]!;
      const want = p.metadata.get(key)!;
      const have = n.metadata.get(key);
      if (have === undefined) return false;
      if (want !== "" && !have.toLowerCase().includes(want.toLowerCase())) return false;
    }
    // Quirk: when either size bound is set, both are applied.
    if (sizeBound && (n.size < p.sizeGte || n.size > p.sizeLte)) return false;
    const created = n.createdAt.getTime() / 1000;
    const updated = n.updatedAt.getTime() / 1000;
    if (p.createdGte !== undefined && created < p.createdGte) return false;
    if (p.createdLte !== undefined && created > p.createdLte) return false;
    if (p.updatedGte !== undefined && updated < p.updatedGte) return false;
    if (p.updatedLte !== undefined && updated > p.updatedLte) return false;
    return true;
  };
}
