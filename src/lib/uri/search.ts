// Search URIs: the options of a search written as query pairs, and read back the way the server
// reads them.
import { CrUri, type SearchPair } from "./crUri";
import { K, TIME_KEYS } from "./searchKeys";

export type SearchType = "file" | "folder";
export type SearchCategory = "image" | "video" | "audio" | "document";

export interface SearchOptions {
  /** Keywords; all must match unless useOr. */
  names?: string[];
  useOr?: boolean;
  caseFolding?: boolean;
  type?: SearchType;
  /** Replaces the whole query with the admin's preset on the server. */
  category?: SearchCategory;
  /** Bytes. */
  sizeGte?: number;
  sizeLte?: number;
  /** Unix seconds. */
  createdGte?: number;
  createdLte?: number;
  updatedGte?: number;
  updatedLte?: number;
  /** Public metadata key → value substring ("" = has the key). */
  metadata?: Record<string, string>;
}

/** Upper bound sent when only a lower size bound is wanted. */
export const SIZE_UNBOUNDED = Number.MAX_SAFE_INTEGER;

function int(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`Not a finite number: ${n}`);
  // The server parses these with strconv.ParseInt, which rejects fractions.
  return String(Math.floor(n));
}

/** Query pairs for a search, to pass to CrUri.withSearch. */
export function buildSearchQuery(opts: SearchOptions): SearchPair[] {
  const out: SearchPair[] = [];
  // An empty keyword matches every name, which is never what a user typing a query means.
  for (const n of opts.names ?? []) if (n !== "") out.push([K.name, n]);
  if (opts.useOr) out.push([K.or, ""]);
  if (opts.caseFolding) out.push([K.caseFolding, ""]);
  if (opts.type) out.push([K.type, opts.type]);
  if (opts.category) out.push([K.category, opts.category]);
  // The server applies both size bounds as soon as either is non-zero, so always send the pair.
  if (opts.sizeGte !== undefined || opts.sizeLte !== undefined) {
    out.push([K.sizeGte, int(opts.sizeGte ?? 0)], [K.sizeLte, int(opts.sizeLte ?? SIZE_UNBOUNDED)]);
  }
  for (const key of TIME_KEYS) {
    const v = opts[key];
    if (v !== undefined) out.push([K[key], int(v)]);
  }
  for (const [key, value] of Object.entries(opts.metadata ?? {})) out.push([K.metaPrefix + key, value]);
  return out;
}

/**
 * Reads search options back the way the server would (first value wins for single-valued keys,
 * unparseable numbers are ignored). The default size bounds map back to "unset".
 */
export function parseSearchQuery(source: CrUri | Iterable<SearchPair>): SearchOptions {
  const pairs = source instanceof CrUri ? source.search : [...source];
  const first = (key: string) => pairs.find(([k]) => k === key)?.[1];
  const num = (key: string) => {
    const v = first(key);
    return v !== undefined && /^[+-]?\d+$/.test(v) ? Number(v) : undefined;
  };
  const opts: SearchOptions = {};

  const names = pairs.filter(([k]) => k === K.name).map(([, v]) => v);
  if (names.length) opts.names = names;
  if (first(K.or) !== undefined || first(K.orAlias) !== undefined) opts.useOr = true;
  if (first(K.caseFolding) !== undefined) opts.caseFolding = true;

  const type = first(K.type);
  if (type === "file" || type === "folder") opts.type = type;
  const category = first(K.category);
  if (category === "image" || category === "video" || category === "audio" || category === "document") {
    opts.category = category;
  }

  const gte = num(K.sizeGte);
  const lte = num(K.sizeLte);
  if (gte !== undefined && gte !== 0) opts.sizeGte = gte;
  if (lte !== undefined && lte !== SIZE_UNBOUNDED) opts.sizeLte = lte;
  for (const key of TIME_KEYS) {
    const v = num(K[key]);
    if (v !== undefined) opts[key] = v;
  }

  // A Map, because metadata keys are user data and may be "__proto__" or "constructor".
  const metadata = new Map<string, string>();
  for (const [k, v] of pairs) {
    const key = k.slice(K.metaPrefix.length);
    if (k.startsWith(K.metaPrefix) && !metadata.has(key)) metadata.set(key, v);
  }
  if (metadata.size) opts.metadata = Object.fromEntries(metadata);
  return opts;
}
