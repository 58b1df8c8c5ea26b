import { AppError } from "../core/envelope.ts";
import { cursorPage, sortNodes, type Order } from "./paging.ts";
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

export interface SearchPage {
  items: FileNode[];
  /** null when the token pointed below the deepest level: the real server then sends `"pagination": null`. */
  pagination: Record<string, unknown> | null;
  mixed: boolean;
  recursionLimitReached: boolean;
}

/** `<level>|<inner cursor>`; anything else is a plain error (code -1). */
function parseSearchToken(token: string): { level: number; inner: string } {
  if (!token) return { level: 0, inner: "" };
  const parts = token.split("|");
  if (parts.length !== 2 || !/^[+-]?\d+$/.test(parts[0]!) || Number(parts[0]) < 0) throw new AppError(-1, "");
  return { level: Number(parts[0]), inner: parts[1]! };
}

/**
 * Recursive search below a folder, walked level by level like the real navigator's `search`:
 * - the token's level is reached again by listing folders from the top (a level that no longer
 *   exists ends the search with an empty page and `pagination: null`);
 * - matches of one level are paged with a mixed-type cursor; when a level runs out before the
 *   page is full, the next level's folders are listed and the search goes on there;
 * - a page that fills up exactly as its level runs out gets the token `<next level>|`;
 * - pagination is `{page: 0, page_size: 0, is_cursor: true}` whatever size was asked, with no
 *   token once no deeper folders exist or more than `maxFolders` folders were walked.
 */
export function recursiveSearch(root: FileNode, pred: (n: FileNode) => boolean, order: Order, pageSize: number, token: string, maxFolders: number): SearchPage {
  const mixedOrder: Order = { ...order, mixed: true };
  let walked = 1;
  const parents: FileNode[][] = [[root]];
  const parsed = parseSearchToken(token);
  let level = parsed.level;
  let inner = parsed.inner;

  // Lists the folders under one level; true when there are none (or the walk budget is spent).
  const stepLevel = (at: number): boolean => {
    if (walked > maxFolders) return true;
    const next: FileNode[] = [];
    for (const p of parents[at]!) for (const c of p.children?.values() ?? []) if (c.type === 1) next.push(c);
    parents.push(next);
    walked += next.length;
    return next.length === 0;
  };

  for (let l = 0; l < level; l++) {
    if (stepLevel(l)) return { items: [], pagination: null, mixed: false, recursionLimitReached: false };
  }

  const items: FileNode[] = [];
  let stop = false;
  while (items.length < pageSize && walked <= maxFolders) {
    const candidates: FileNode[] = [];
    for (const p of parents[level]!) for (const c of p.children?.values() ?? []) if (pred(c)) candidates.push(c);
    const page = cursorPage({ mixed: sortNodes(candidates, mixedOrder) }, mixedOrder, pageSize - items.length, inner);
    items.push(...page.items);
    inner = (page.pagination.next_token as string | undefined) ?? "";
    if (inner === "") {
      if (items.length === pageSize) {
        level++;
        break;
      }
      if (stepLevel(level)) {
        stop = true;
        break;
      }
      level++;
    }
  }

  const recursionLimitReached = walked > maxFolders;
  const pagination: Record<string, unknown> = { page: 0, page_size: 0 };
  if (!recursionLimitReached && !stop) pagination.next_token = `${level}|${inner}`;
  pagination.is_cursor = true;
  return { items, pagination, mixed: true, recursionLimitReached };
}
