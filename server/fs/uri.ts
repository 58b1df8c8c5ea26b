import { AppError } from "../core/envelope.ts";
import type { FsType } from "./types.ts";

/** A parsed `cloudreve://[id[:password]@]fs/path?query` URI (docs/server-behaviour.md, "File URIs"). */
export interface FsUri {
  fs: FsType;
  /** userinfo user part (share id, or user id for `my`); undefined when absent. */
  id?: string;
  password: string;
  /** Cleaned, percent-decoded path elements. */
  elements: string[];
  query: URLSearchParams;
  raw: string;
}

const FS_TYPES = new Set<FsType>(["my", "share", "trash", "shared_with_me"]);

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    throw new AppError(40001, "unknown uri");
  }
}

/**
 * Parses like Go's net/url + Cloudreve's fs.URI: scheme must be `cloudreve`, the host is the file
 * system (case-insensitive), the path is percent-decoded (a literal `+` stays `+`) and cleaned.
 */
export function parseUri(raw: string): FsUri {
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/([^/?#]*)([^?#]*)(?:\?([^#]*))?(?:#.*)?$/.exec(raw);
  if (!m || m[1]!.toLowerCase() !== "cloudreve") throw new AppError(40001, "unknown uri");
  const authority = m[2]!;
  const at = authority.lastIndexOf("@");
  const host = (at >= 0 ? authority.slice(at + 1) : authority).toLowerCase();
  let id: string | undefined;
  let password = "";
  if (at >= 0) {
    const info = authority.slice(0, at);
    const colon = info.indexOf(":");
    id = decode(colon >= 0 ? info.slice(0, colon) : info);
    if (colon >= 0) password = decode(info.slice(colon + 1));
  }
  if (!FS_TYPES.has(host as FsType)) throw new AppError(-1, "");
  const elements = cleanPath(decode(m[3] ?? ""));
  return { fs: host as FsType, id, password, elements, query: new URLSearchParams(m[4] ?? ""), raw };
}

/** path.Clean over "/"-separated elements: drops empty and "." segments, resolves "..". */
export function cleanPath(p: string): string[] {
  const out: string[] = [];
  for (const seg of p.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") out.pop();
    else out.push(seg);
  }
  return out;
}

/** Escapes a path segment like the server's fs.PathEscape (= JS encodeURIComponent). */
export const escapeSegment = (s: string) => encodeURIComponent(s);

export function buildUri(fs: FsType, elements: string[], userinfo?: { id: string; password?: string }): string {
  let auth = "";
  if (userinfo) auth = userinfo.password ? `${userinfo.id}:${userinfo.password}@` : `${userinfo.id}@`;
  const path = elements.map(escapeSegment).join("/");
  return `cloudreve://${auth}${fs}${path ? "/" + path : ""}`;
}

export function shareRootUri(shareId: string, password: string): string {
  return password ? `cloudreve://${shareId}:${password}@share` : `cloudreve://${shareId}@share`;
}

/** Search parameters recognised by listing (docs/server-behaviour.md, "File URIs"). */
export interface SearchParams {
  names: string[];
  or: boolean;
  caseFolding: boolean;
  type?: 0 | 1 | -1;
  category?: string;
  metadata: Map<string, string>;
  sizeGte: number;
  sizeLte: number;
  createdGte?: number;
  createdLte?: number;
  updatedGte?: number;
  updatedLte?: number;
}

const intParam = (q: URLSearchParams, k: string): number | undefined => {
  const v = q.get(k);
  if (v === null || !/^[+-]?\d+$/.test(v.trim())) return undefined;
  return Number(v);
};

/** Returns the search parameters, or undefined when the URI carries none (mirrors fs.URI.SearchParameters). */
export function searchParams(q: URLSearchParams): SearchParams | undefined {
  const res: SearchParams = { names: [], or: false, caseFolding: false, metadata: new Map(), sizeGte: 0, sizeLte: 0 };
  let withSearch = false;
  if (q.has("name")) {
    res.names = q.getAll("name");
    withSearch = res.names.length > 0;
  }
  if (q.has("name_op_or") || q.has("use_or")) res.or = true;
  if (q.has("case_folding")) res.caseFolding = true;
  if (q.has("category")) {
    res.category = q.get("category") ?? "";
    withSearch = withSearch || res.category.length > 0;
  }
  if (q.has("type")) {
    const t = q.get("type");
    res.type = t === "file" ? 0 : t === "folder" ? 1 : -1;
    withSearch = true;
  }
  for (const [k, v] of q) {
    if (k.startsWith("meta_") && !res.metadata.has(k.slice(5))) {
      res.metadata.set(k.slice(5), v);
      withSearch = true;
    }
  }
  const num = (k: string, set: (n: number) => void) => {
    const n = intParam(q, k);
    if (n !== undefined) {
      set(n);
      withSearch = true;
    }
  };
  num("size_gte", (n) => (res.sizeGte = n));
  num("size_lte", (n) => (res.sizeLte = n));
  num("created_gte", (n) => (res.createdGte = n));
  num("created_lte", (n) => (res.createdLte = n));
  num("updated_gte", (n) => (res.updatedGte = n));
  num("updated_lte", (n) => (res.updatedLte = n));
  return withSearch ? res : undefined;
}
