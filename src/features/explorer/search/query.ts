// From what a user types to a search URI (docs/server-behaviour.md, "File URIs").
import { buildSearchQuery, CrUri, parseSearchQuery, type SearchOptions } from "../../../lib/uri";
import { sessionStore } from "../../../api/session";

/** Splits on spaces but keeps "quoted phrases" together, like the official quick search. */
export function tokenize(input: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  for (const m of input.matchAll(re)) {
    const word = (m[1] ?? m[2] ?? "").trim();
    if (word) out.push(word);
  }
  return out;
}

/** Where a search runs: the folder itself in my/share; the root elsewhere (flat file systems). */
export function searchBase(uri: CrUri): CrUri {
  const plain = uri.withoutSearch();
  return plain.fs === "my" || plain.fs === "share" ? plain : plain.root();
}

/**
 * A quick search: every word must be in the name, any case. In the trash the stored names are
 * UUIDs, so the original location (metadata sys:restore_uri) is searched instead.
 */
export function quickSearchUri(uri: CrUri, text: string): CrUri | null {
  const words = tokenize(text);
  if (words.length === 0) return null;
  const base = searchBase(uri);
  if (base.fs === "trash")
    return base.withSearch(buildSearchQuery({ metadata: { "sys:restore_uri": encodeURIComponent(words.join(" ")).replace(/%2F/gi, "/") } }));
  return base.withSearch(buildSearchQuery({ names: words, caseFolding: true }));
}

/**
 * How many conditions a search has, as the advanced search form groups them: the keywords are one
 * condition however many there are (any case and "any of them" only qualify it), a size or date
 * range is one, and so is each metadata key.
 */
export function conditionCount(search: CrUri | SearchOptions): number {
  const o = search instanceof CrUri ? parseSearchQuery(search) : search;
  const ranges = [
    [o.sizeGte, o.sizeLte],
    [o.createdGte, o.createdLte],
    [o.updatedGte, o.updatedLte],
  ].filter(([a, b]) => a !== undefined || b !== undefined).length;
  return (o.names?.length ? 1 : 0) + (o.type ? 1 : 0) + (o.category ? 1 : 0) + ranges + Object.keys(o.metadata ?? {}).length;
}

export function advancedSearchUri(base: CrUri, options: SearchOptions): CrUri {
  return base.withSearch(buildSearchQuery(options));
}

const RECENT_KEY = "explorer_recent_searches";
const MAX_RECENT = 8;

export const recentSearches = {
  list(): string[] {
    const raw = sessionStore.settings()[RECENT_KEY];
    return Array.isArray(raw) ? raw.filter((x): x is string => typeof x === "string").slice(0, MAX_RECENT) : [];
  },
  add(text: string) {
    const clean = text.trim();
    if (!clean) return;
    sessionStore.setSetting(RECENT_KEY, [clean, ...this.list().filter((x) => x !== clean)].slice(0, MAX_RECENT));
  },
  clear() {
    sessionStore.setSetting(RECENT_KEY, []);
  },
};
