import { AppError } from "../core/envelope.ts";
import { encodeId, IdType, tryDecodeId } from "../core/ids.ts";
import type { FileNode } from "./types.ts";

/** Ordering of listings: (phase, key, id) where phase puts folders first unless types are mixed. */
export interface Order {
  by: "name" | "size" | "updated_at" | "id";
  desc: boolean;
  mixed: boolean;
}

export function orderFrom(orderBy: string, direction: string, mixed: boolean): Order {
  const by = orderBy === "name" || orderBy === "size" || orderBy === "updated_at" ? orderBy : "id";
  return { by, desc: direction === "desc", mixed };
}

type Key = string | number;

export function keyOf(n: FileNode, by: Order["by"], nameOf: (n: FileNode) => string = (x) => x.name): Key {
  switch (by) {
    case "name":
      return nameOf(n);
    case "size":
      return n.size;
    case "updated_at":
      return n.updatedAt.getTime();
    default:
      return 0;
  }
}

interface Pos {
  level: number;
  phase: number;
  key: Key;
  id: number;
}

function cmpPos(a: Pos, b: Pos, o: Order): number {
  if (a.level !== b.level) return a.level - b.level;
  if (!o.mixed && a.phase !== b.phase) return a.phase - b.phase;
  const d = o.desc ? -1 : 1;
  if (a.key !== b.key) return (a.key < b.key ? -1 : 1) * d;
  return (a.id - b.id) * d;
}

const posOf = (n: FileNode, o: Order, level: number, nameOf?: (n: FileNode) => string): Pos => ({
  level,
  phase: n.type === 1 ? 0 : 1,
  key: keyOf(n, o.by, nameOf),
  id: n.id,
});

export function sortNodes(nodes: FileNode[], o: Order, nameOf?: (n: FileNode) => string, level = 0): FileNode[] {
  const keyed = nodes.map((n) => ({ n, p: posOf(n, o, level, nameOf) }));
  keyed.sort((a, b) => cmpPos(a.p, b.p, o));
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

/** Opaque cursor token: base64 of `{"id", "string"|"int"|"time", "start_with_file"?}` like the server's. */
export function encodeCursor(n: FileNode, o: Order, nameOf?: (n: FileNode) => string): string {
  const tok: Record<string, unknown> = { id: encodeId(IdType.file, n.id) };
  const key = keyOf(n, o.by, nameOf);
  if (o.by === "name") tok.string = key;
  else if (o.by === "size") tok.int = key;
  else if (o.by === "updated_at") tok.time = new Date(key as number).toISOString();
  if (n.type === 0 && !o.mixed) tok.start_with_file = true;
  return Buffer.from(JSON.stringify(tok)).toString("base64");
}

function decodeCursor(token: string, o: Order, level: number): Pos {
  const bad = () => new AppError(40001, "Invalid page token");
  let tok: Record<string, unknown>;
  try {
    tok = JSON.parse(Buffer.from(token, "base64").toString("utf8")) as Record<string, unknown>;
  } catch {
    throw bad();
  }
  const id = typeof tok.id === "string" ? tryDecodeId(IdType.file, tok.id) : undefined;
  if (id === undefined) throw bad();
  let key: Key = 0;
  if (o.by === "name") key = String(tok.string ?? "");
  else if (o.by === "size") key = Number(tok.int ?? 0);
  else if (o.by === "updated_at") key = Date.parse(String(tok.time ?? "")) || 0;
  return { level, phase: tok.start_with_file ? 1 : 0, key, id };
}

/** Index of the first item strictly after the cursor position. */
function after(list: FileNode[], pos: Pos, o: Order, levelOf: (i: number) => number, nameOf?: (n: FileNode) => string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cmpPos(posOf(list[mid]!, o, levelOf(mid), nameOf), pos, o) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface PageResult {
  items: FileNode[];
  pagination: Record<string, unknown>;
}

/** Cursor pagination over a sorted list (contract §8.1.3). */
export function cursorPage(list: FileNode[], o: Order, pageSize: number, token: string, nameOf?: (n: FileNode) => string): PageResult {
  const start = token ? after(list, decodeCursor(token, o, 0), o, () => 0, nameOf) : 0;
  const items = list.slice(start, start + pageSize);
  const pagination: Record<string, unknown> = { page: 0, page_size: pageSize };
  if (start + pageSize < list.length && items.length > 0) pagination.next_token = encodeCursor(items[items.length - 1]!, o, nameOf);
  pagination.is_cursor = true;
  return { items, pagination };
}

export function offsetPage(list: FileNode[], page: number, pageSize: number): PageResult {
  return {
    items: list.slice(page * pageSize, page * pageSize + pageSize),
    pagination: { page, page_size: pageSize, total_items: list.length },
  };
}

/** Search results grouped by depth; tokens look like `<level>|<inner cursor>`. */
export function levelPage(levels: FileNode[][], o: Order, pageSize: number, token: string): PageResult {
  const flat: FileNode[] = [];
  const levelAt: number[] = [];
  levels.forEach((nodes, i) => {
    for (const n of nodes) {
      flat.push(n);
      levelAt.push(i + 1);
    }
  });
  let start = 0;
  if (token) {
    const bar = token.indexOf("|");
    const level = Number(token.slice(0, bar));
    if (bar < 0 || !Number.isInteger(level)) throw new AppError(40001, "Invalid page token");
    const inner = token.slice(bar + 1);
    start = inner
      ? after(flat, decodeCursor(inner, o, level), o, (i) => levelAt[i]!)
      : levelAt.findIndex((l) => l >= level) === -1
        ? flat.length
        : levelAt.findIndex((l) => l >= level);
  }
  const items = flat.slice(start, start + pageSize);
  const pagination: Record<string, unknown> = { page: 0, page_size: pageSize };
  if (start + pageSize < flat.length && items.length > 0) {
    const last = start + items.length - 1;
    pagination.next_token = `${levelAt[last]}|${encodeCursor(flat[last]!, o)}`;
  }
  pagination.is_cursor = true;
  return { items, pagination };
}
