import { AppError } from "../core/envelope.ts";
import { encodeId, IdType, tryDecodeId } from "../core/ids.ts";
import type { FileNode } from "./types.ts";

/**
 * Listing order and cursor paging, reproducing the real server's query layer
 * (`inventory/file_utils.go`): ORDER BY <key>, id in one direction; folders queried before files
 * unless the listing mixes them; cursors that remember the last item's key.
 *
 * Names compare by code point, which is how SQLite's default collation orders UTF-8 text
 * (upper case before lower case, no locale rules).
 */
export interface Order {
  by: "name" | "size" | "updated_at" | "id";
  desc: boolean;
  mixed: boolean;
}

/** `created_at` and anything unknown order by ID, as the server does. */
export function orderFrom(orderBy: string, direction: string, mixed: boolean): Order {
  const by = orderBy === "name" || orderBy === "size" || orderBy === "updated_at" ? orderBy : "id";
  return { by, desc: direction === "desc", mixed };
}

type Key = string | number;

export function keyOf(n: FileNode, by: Order["by"]): Key {
  switch (by) {
    case "name":
      return n.name;
    case "size":
      return n.size;
    case "updated_at":
      return n.updatedAt.getTime();
    default:
      return 0;
  }
}

/** Code-point order of two strings (UTF-16 code units differ from it only around surrogates). */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates (D800–DFFF) encode code points above FFFF: move them after E000–FFFF.
    if (x >= 0xd800) x += x < 0xe000 ? 0x2000 : -0x800;
    if (y >= 0xd800) y += y < 0xe000 ? 0x2000 : -0x800;
    return x - y;
  }
  return a.length - b.length;
}

function compareKeys(a: Key, b: Key): number {
  if (typeof a === "string" && typeof b === "string") return compareCodePoints(a, b);
  return (a as number) - (b as number);
}

/** Compares (key, id) in the order's direction; folders-first is the caller's business. */
function compareKeyId(aKey: Key, aId: number, bKey: Key, bId: number, desc: boolean): number {
  const d = compareKeys(aKey, bKey) || aId - bId;
  return desc ? -d : d;
}

export function sortNodes(nodes: FileNode[], o: Order): FileNode[] {
  const keyed = nodes.map((n) => ({ n, k: keyOf(n, o.by), f: n.type === 1 ? 0 : 1 }));
  keyed.sort((a, b) => (!o.mixed && a.f !== b.f ? a.f - b.f : compareKeyId(a.k, a.n.id, b.k, b.n.id, o.desc)));
  return keyed.map((k) => k.n);
}

/** Children of a folder in listing order, cached per order until the folder changes. */
export function sortedChildren(folder: FileNode, o: Order): FileNode[] {
  const cacheKey = `${o.by}|${o.desc ? 1 : 0}|${o.mixed ? 1 : 0}`;
  folder.sorted ??= new Map();
  let list = folder.sorted.get(cacheKey);
  if (!list) {
    list = sortNodes([...(folder.children?.values() ?? [])], o);
    folder.sorted.set(cacheKey, list);
  }
  return list;
}

/** A decoded cursor token (`inventory/common.go PageToken`); absent fields are zero values. */
export interface CursorToken {
  id: number;
  string: string;
  int: number;
  /** ms since epoch; Go's zero time when absent. */
  time: number;
  startWithFile: boolean;
}

/** 0001-01-01T00:00:00Z, Go's zero time. */
const ZERO_TIME = -62135596800000;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Go's time.Time JSON form: RFC 3339 with the fraction's trailing zeros dropped. */
export function goTime(d: Date): string {
  return d.toISOString().replace(/\.(\d*?)0*Z$/, (_, frac: string) => (frac ? `.${frac}Z` : "Z"));
}

/** Malformed tokens are plain errors on the real server: code -1 with an empty message. */
const badToken = () => new AppError(-1, "");

export function decodeCursor(token: string, idType: IdType = IdType.file): CursorToken {
  // Standard base64 with padding, as Go's StdEncoding insists on.
  if (token.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(token)) throw badToken();
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(token, "base64").toString("utf8"));
  } catch {
    throw badToken();
  }
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) throw badToken();
  const r = raw as Record<string, unknown>;
  const field = <T>(k: string, zero: T, ok: (v: unknown) => boolean): T => {
    const v = r[k];
    if (v === undefined || v === null) return zero;
    if (!ok(v)) throw badToken();
    return v as T;
  };
  const idHash = field("id", "", (v) => typeof v === "string");
  const id = tryDecodeId(idType, idHash);
  if (id === undefined) throw badToken();
  const timeStr = field<string | undefined>("time", undefined, (v) => typeof v === "string" && RFC3339.test(v));
  return {
    id,
    string: field("string", "", (v) => typeof v === "string"),
    int: field("int", 0, (v) => Number.isInteger(v)),
    time: timeStr === undefined ? ZERO_TIME : Date.parse(timeStr),
    startWithFile: field("start_with_file", false, (v) => typeof v === "boolean"),
  };
}

/**
 * Cursor token of the last item of a page: base64 of Go's PageToken JSON, fields in its order
 * (`time`, `id`, `string`, `int`, `start_with_file`), zero values left out.
 */
export function encodeCursor(n: FileNode, o: Order, startWithFile: boolean): string {
  const tok: Record<string, unknown> = {};
  if (o.by === "updated_at") tok.time = goTime(n.updatedAt);
  tok.id = encodeId(IdType.file, n.id);
  if (o.by === "name" && n.name !== "") tok.string = n.name;
  if (o.by === "size" && n.size !== 0) tok.int = n.size;
  if (startWithFile) tok.start_with_file = true;
  return Buffer.from(JSON.stringify(tok)).toString("base64");
}

function tokenKey(tok: CursorToken, by: Order["by"]): Key {
  switch (by) {
    case "name":
      return tok.string;
    case "size":
      return tok.int;
    case "updated_at":
      return tok.time;
    default:
      return 0;
  }
}

/**
 * Index of the first item the cursor predicate keeps (`fileCursorQuery`: key beyond the token's,
 * or the same key and a later id) in a list sorted by (key, id) in the order's direction.
 */
function afterIndex(list: FileNode[], tok: CursorToken, o: Order): number {
  const key = tokenKey(tok, o.by);
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const n = list[mid]!;
    if (compareKeyId(keyOf(n, o.by), n.id, key, tok.id, o.desc) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface PageResult {
  items: FileNode[];
  pagination: Record<string, unknown>;
}

/** `capPageSize`: 0 or more than the SQL parameter budget becomes that budget (SQLite: 32766). */
export function capPageSize(pageSize: number, margin = 10): number {
  const max = 32766 - margin;
  return pageSize === 0 || pageSize > max ? max : pageSize;
}

/** What a cursor listing draws from: folders and files sorted apart, or one mixed sorted list. */
export type CursorSource = { folders: FileNode[]; files: FileNode[] } | { mixed: FileNode[] };

/** Splits a folders-first sorted list into its folder and file parts. */
export function splitSorted(list: FileNode[]): { folders: FileNode[]; files: FileNode[] } {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.type === 1) lo = mid + 1;
    else hi = mid;
  }
  return { folders: list.slice(0, lo), files: list.slice(lo) };
}

/**
 * One cursor page (`cursorPagination`), bug for bug:
 * - without a token: up to pageSize+1 folders; when fewer come back, files from the start fill the
 *   page and the next token is marked `start_with_file`;
 * - a token with `start_with_file` (and a listing that does not mix types) queries files only,
 *   after the token's key, even when that key is a folder's;
 * - a token without it queries folders after the key, then files from the start;
 * - the next token is made from the last item of the page.
 * So a page ending exactly on the last folder yields a `start_with_file` token carrying that
 * folder's key, and files sorting before the folder are never listed.
 */
export function cursorPage(src: CursorSource, o: Order, requestedSize: number, token: string, opts: { folderOnly?: boolean } = {}): PageResult {
  const pageSize = capPageSize(requestedSize);
  const tok = token ? decodeCursor(token) : undefined;
  let primary: FileNode[];
  let secondary: FileNode[] | undefined;
  if ("mixed" in src) primary = src.mixed;
  else if (tok?.startWithFile) primary = src.files;
  else if (opts.folderOnly) primary = src.folders;
  else {
    primary = src.folders;
    secondary = src.files;
  }
  const start = tok ? afterIndex(primary, tok, o) : 0;
  let items = primary.slice(start, start + pageSize + 1);
  let nextStartWithFile = tok?.startWithFile ?? false;
  if (items.length < pageSize + 1 && secondary) {
    items = items.concat(secondary.slice(0, pageSize + 1 - items.length));
    nextStartWithFile = true;
  }
  const pagination: Record<string, unknown> = { page: 0, page_size: pageSize };
  if (items.length > pageSize) pagination.next_token = encodeCursor(items[items.length - 2]!, o, nextStartWithFile);
  pagination.is_cursor = true;
  return { items: items.slice(0, pageSize), pagination };
}

/** Offset pages (`offsetPagination`): folders before files across pages, with a total. */
export function offsetPage(list: FileNode[], page: number, requestedSize: number): PageResult {
  const pageSize = capPageSize(requestedSize);
  const pagination: Record<string, unknown> = { page, page_size: pageSize };
  // omitempty: an empty listing has no total at all.
  if (list.length > 0) pagination.total_items = list.length;
  return { items: list.slice(page * pageSize, page * pageSize + pageSize), pagination };
}
