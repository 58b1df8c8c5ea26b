// cloudreve:// file URIs (contract §8.0). The server parses them with Go's net/url, so this parser
// mirrors what the server will understand rather than what a browser URL parser would do: the
// path is percent-decoded as a whole and then cleaned like path.Clean, a literal "+" in the path
// stays "+", and query pairs are decoded the way url.ParseQuery decodes them.

export const FS_TYPES = ["my", "share", "trash", "shared_with_me"] as const;
export type FsType = (typeof FS_TYPES)[number];

/** One query pair; presence-only flags such as `case_folding` have the value "". */
export type SearchPair = readonly [key: string, value: string];

export class UriError extends Error {
  override name = "UriError";
}

export interface CrUriParts {
  fs: FsType;
  id?: string | undefined;
  password?: string | undefined;
  /** Decoded names, root first. */
  segments?: readonly string[];
  search?: Iterable<SearchPair>;
}

const SCHEME = "cloudreve://";

function encode(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    // encodeURIComponent throws on lone surrogates, which no server name can contain.
    throw new UriError(`Cannot encode ${JSON.stringify(s)}`);
  }
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    throw new UriError(`Malformed percent-encoding in ${JSON.stringify(s)}`);
  }
}

function isFsType(s: string): s is FsType {
  return (FS_TYPES as readonly string[]).includes(s);
}

function checkSegment(name: string): void {
  // Such a segment would be dropped or reinterpreted by the server's path.Clean, so the URI
  // would silently address a different file.
  if (name === "" || name === "." || name === ".." || name.includes("/")) {
    throw new UriError(`Invalid path segment ${JSON.stringify(name)}`);
  }
}

/** An immutable cloudreve:// URI. */
export class CrUri {
  readonly fs: FsType;
  readonly id: string | undefined;
  readonly password: string | undefined;
  readonly segments: readonly string[];
  readonly search: readonly SearchPair[];
  readonly #href: string;

  constructor(parts: CrUriParts) {
    this.fs = parts.fs;
    this.id = parts.id || undefined;
    this.password = parts.password || undefined;
    this.segments = Object.freeze([...(parts.segments ?? [])]);
    this.segments.forEach(checkSegment);
    this.search = Object.freeze([...(parts.search ?? [])].map(([k, v]) => Object.freeze([k, v] as const)));
    // Built eagerly so that an unencodable URI fails where it is made, not where it is used.
    this.#href = this.#build();
  }

  #build(): string {
    let auth = "";
    if (this.id !== undefined || this.password !== undefined) {
      auth = encode(this.id ?? "") + (this.password !== undefined ? ":" + encode(this.password) : "") + "@";
    }
    const path = this.segments.map((s) => "/" + encode(s)).join("");
    const query = this.search.map(([k, v]) => (v === "" ? encode(k) : `${encode(k)}=${encode(v)}`)).join("&");
    return SCHEME + auth + this.fs + path + (query ? "?" + query : "");
  }

  toString(): string {
    return this.#href;
  }

  toJSON(): string {
    return this.#href;
  }

  get isRoot(): boolean {
    return this.segments.length === 0;
  }

  /** True when the server would list this URI as a search (a recognised search key is present). */
  get isSearch(): boolean {
    return this.search.some(([k]) => isSearchTrigger(k));
  }

  /** The last segment, or "" at the root. */
  get name(): string {
    return this.segments[this.segments.length - 1] ?? "";
  }

  #with(parts: Partial<CrUriParts>): CrUri {
    return new CrUri({
      fs: this.fs,
      id: this.id,
      password: this.password,
      segments: this.segments,
      search: this.search,
      ...parts,
    });
  }

  /** The containing folder without the search; the root is its own parent. */
  parent(): CrUri {
    return this.#with({ segments: this.segments.slice(0, -1), search: [] });
  }

  /** Appends decoded names (each one a single segment); the search is dropped. */
  join(...names: string[]): CrUri {
    return this.#with({ segments: [...this.segments, ...names], search: [] });
  }

  root(): CrUri {
    return this.#with({ segments: [], search: [] });
  }

  withoutSearch(): CrUri {
    return this.#with({ search: [] });
  }

  /** Replaces the search; accepts pair lists and URLSearchParams alike. */
  withSearch(params: Iterable<SearchPair>): CrUri {
    return this.#with({ search: params });
  }

  equals(other: CrUri): boolean {
    return this.#href === other.#href;
  }

  /**
   * Strictly below `other` in the same file system instance. Like the server's
   * EqualOrIsDescendantOf, the password and the search do not take part.
   */
  isDescendantOf(other: CrUri): boolean {
    return (
      this.fs === other.fs && this.id === other.id && this.segments.length > other.segments.length && other.segments.every((s, i) => this.segments[i] === s)
    );
  }
}

/** Parses a cloudreve:// URI; throws UriError on a wrong scheme, an unknown fs or bad escapes. */
export function parseUri(input: string): CrUri {
  if (input.slice(0, SCHEME.length).toLowerCase() !== SCHEME) {
    throw new UriError(`Not a cloudreve:// URI: ${JSON.stringify(input)}`);
  }
  // Like Go, a fragment is not part of what the server sees.
  const hash = input.indexOf("#");
  let rest = input.slice(SCHEME.length, hash === -1 ? undefined : hash);

  let rawQuery = "";
  const q = rest.indexOf("?");
  if (q !== -1) {
    rawQuery = rest.slice(q + 1);
    rest = rest.slice(0, q);
  }

  const slash = rest.indexOf("/");
  const authority = slash === -1 ? rest : rest.slice(0, slash);
  const rawPath = slash === -1 ? "" : rest.slice(slash);

  // Go splits user info at the last "@" and user from password at the first ":".
  const at = authority.lastIndexOf("@");
  const host = authority.slice(at + 1).toLowerCase();
  if (!isFsType(host)) throw new UriError(`Unknown file system ${JSON.stringify(host)}`);

  let id: string | undefined;
  let password: string | undefined;
  if (at !== -1) {
    const userinfo = authority.slice(0, at);
    const colon = userinfo.indexOf(":");
    id = decode(colon === -1 ? userinfo : userinfo.slice(0, colon));
    if (colon !== -1) password = decode(userinfo.slice(colon + 1));
  }

  return new CrUri({ fs: host, id, password, segments: cleanPath(decode(rawPath)), search: parseQuery(rawQuery) });
}

/** parseUri that returns null instead of throwing, for untrusted input such as `?path=`. */
export function tryParseUri(input: string): CrUri | null {
  try {
    return parseUri(input);
  } catch (e) {
    if (e instanceof UriError) return null;
    throw e;
  }
}

/**
 * A folder as people read it: the root's name, then the path under it ("My files/Photos/2024").
 * The root's name depends on the place and the language, so the caller brings it.
 */
export function displayPath(folder: CrUri, rootName: string): string {
  return [rootName, ...folder.segments].join("/");
}

/** The root of a share, as the server builds it in NewShareUri. */
export function shareUri(id: string, password?: string): CrUri {
  return new CrUri({ fs: "share", id, password });
}

// path.Clean semantics on a decoded path: an encoded "%2F" has become a separator by now, exactly
// as it does on the server.
function cleanPath(path: string): string[] {
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") out.pop();
    else out.push(seg);
  }
  return out;
}

// url.ParseQuery semantics: "+" means space in a query, and a bare key has the value "".
function parseQuery(raw: string): SearchPair[] {
  const pairs: SearchPair[] = [];
  for (const part of raw.split("&")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    const key = eq === -1 ? part : part.slice(0, eq);
    const value = eq === -1 ? "" : part.slice(eq + 1);
    pairs.push([decode(key.replaceAll("+", " ")), decode(value.replaceAll("+", " "))]);
  }
  return pairs;
}

// ---- search ----------------------------------------------------------------------------------

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

const K = {
  name: "name",
  // uri.go reads only `name_op_or`; the docs also name `use_or`, so parsing accepts both.
  or: "name_op_or",
  orAlias: "use_or",
  caseFolding: "case_folding",
  type: "type",
  category: "category",
  sizeGte: "size_gte",
  sizeLte: "size_lte",
  createdGte: "created_gte",
  createdLte: "created_lte",
  updatedGte: "updated_gte",
  updatedLte: "updated_lte",
  metaPrefix: "meta_",
} as const;

const TIME_KEYS = ["createdGte", "createdLte", "updatedGte", "updatedLte"] as const;

// The flags alone do not turn a listing into a search (uri.go SearchParameters).
const TRIGGER_KEYS: ReadonlySet<string> = new Set([K.name, K.type, K.category, K.sizeGte, K.sizeLte, K.createdGte, K.createdLte, K.updatedGte, K.updatedLte]);

function isSearchTrigger(key: string): boolean {
  return TRIGGER_KEYS.has(key) || key.startsWith(K.metaPrefix);
}

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

// ---- names -----------------------------------------------------------------------------------

export type NameError = "nameEmpty" | "nameTooLong" | "nameIllegalChar" | "nameReserved";

const ILLEGAL_NAME_CHARS = /[\\/:*?"<>|]/;
const MAX_NAME_BYTES = 255;
const utf8 = new TextEncoder();

/** The server's validateFileName rules, checked in the same order; null when the name is valid. */
export function validateName(name: string): NameError | null {
  if (name.length === 0) return "nameEmpty";
  if (utf8.encode(name).length > MAX_NAME_BYTES) return "nameTooLong";
  if (ILLEGAL_NAME_CHARS.test(name)) return "nameIllegalChar";
  if (name === "." || name === "..") return "nameReserved";
  return null;
}
