import type { IncomingMessage, ServerResponse } from "node:http";
import { AppError, paramError } from "./envelope.ts";
import type { Identity } from "../state/types.ts";

/** Per-request context handed to every route handler. */
export interface Ctx {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  params: Record<string, string>;
  query: URLSearchParams;
  /** The caller as the server sees it: a signed-in user or the anonymous user. */
  who: Identity;
  header(name: string): string | undefined;
  body(): Promise<Buffer>;
  json<T = Record<string, unknown>>(): Promise<T>;
}

/** Marks a handler result that already wrote the response itself (streams, redirects, binary). */
export const HANDLED = Symbol("handled");
/** A handler result that means "code 203 with this data" (docs/server-behaviour.md, "Error codes and batches"). */
export class Continue {
  constructor(readonly data?: unknown) {}
}

export type Handler = (ctx: Ctx) => unknown | Promise<unknown>;

interface Route {
  method: string;
  parts: string[];
  handler: Handler;
}

export class Router {
  private routes: Route[] = [];

  on(method: string, pattern: string, handler: Handler): this {
    this.routes.push({ method, parts: pattern.split("/").filter(Boolean), handler });
    return this;
  }
  get(p: string, h: Handler) {
    return this.on("GET", p, h);
  }
  post(p: string, h: Handler) {
    return this.on("POST", p, h);
  }
  put(p: string, h: Handler) {
    return this.on("PUT", p, h);
  }
  patch(p: string, h: Handler) {
    return this.on("PATCH", p, h);
  }
  delete(p: string, h: Handler) {
    return this.on("DELETE", p, h);
  }

  match(method: string, path: string): { handler: Handler; params: Record<string, string> } | undefined {
    const segs = path.split("/").filter(Boolean);
    for (const route of this.routes) {
      if (route.method !== method && !(method === "HEAD" && route.method === "GET")) continue;
      const params = matchParts(route.parts, segs);
      if (params) return { handler: route.handler, params };
    }
    return undefined;
  }
}

function matchParts(parts: string[], segs: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part.startsWith("*")) {
      params[part.slice(1)] = segs.slice(i).map(decodeURIComponent).join("/");
      return params;
    }
    const seg = segs[i];
    if (seg === undefined) return undefined;
    if (part.startsWith(":")) params[part.slice(1)] = safeDecode(seg);
    else if (part !== seg) return undefined;
  }
  return segs.length === parts.length ? params : undefined;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Reads a JSON body the way gin's ShouldBindJSON fails: malformed → 40001 "Parameter error". */
export function parseJsonBody<T>(buf: Buffer): T {
  if (buf.length === 0) throw paramError();
  try {
    const v = JSON.parse(buf.toString("utf8")) as unknown;
    if (v === null || typeof v !== "object") throw paramError();
    return v as T;
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw paramError();
  }
}
