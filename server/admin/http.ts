import { AppError, paramError } from "../core/envelope.ts";
import { HANDLED, type Ctx, type Handler, type Router } from "../core/router.ts";
import { GroupPerm } from "../core/boolset.ts";

/**
 * Request plumbing shared by the admin routes: the admin gate, gin-style binding of ids, list
 * requests and batch bodies, and ent-style serialisation (zero values left out).
 */

const binding = (msg: string) => new AppError(40001, msg, undefined, undefined, true);

/** Every admin route: sign-in first (401), then group permission bit 0 (403), then binding. */
export function adminRoutes(router: Router) {
  const gate =
    (handler: Handler): Handler =>
    (ctx) => {
      if (!ctx.who.user) throw new AppError(401, "Login required");
      if (!ctx.who.group.permission.has(GroupPerm.IsAdmin)) throw new AppError(403, "");
      return handler(ctx);
    };
  return {
    get: (p: string, h: Handler) => router.get(`/api/v4/admin${p}`, gate(h)),
    post: (p: string, h: Handler) => router.post(`/api/v4/admin${p}`, gate(h)),
    put: (p: string, h: Handler) => router.put(`/api/v4/admin${p}`, gate(h)),
    patch: (p: string, h: Handler) => router.patch(`/api/v4/admin${p}`, gate(h)),
    delete: (p: string, h: Handler) => router.delete(`/api/v4/admin${p}`, gate(h)),
  };
}

/** `:id` bound as a required int: garbage is a binding error, 0 counts as missing. */
export function pathId(ctx: Ctx): number {
  const raw = ctx.params.id ?? "";
  if (!/^-?\d+$/.test(raw)) throw paramError();
  const id = Number(raw);
  if (id === 0) throw binding("ID cannot be empty");
  return id;
}

export interface ListRequest {
  page: number;
  pageSize: number;
  orderBy: string;
  desc: boolean;
  conditions: Record<string, string>;
}

function intField(body: Record<string, unknown>, key: string): number {
  const v = body[key];
  if (v === undefined || v === null) return 0;
  if (typeof v !== "number" || !Number.isInteger(v)) throw binding("JSON marshall error");
  return v;
}

function stringMap(body: Record<string, unknown>, key: string): Record<string, string> {
  const v = body[key];
  if (v === undefined || v === null) return {};
  if (typeof v !== "object" || Array.isArray(v) || Object.values(v).some((x) => typeof x !== "string")) throw binding("JSON marshall error");
  return v as Record<string, string>;
}

/** `AdminListService`: 1-based page ≥ 1, page size ≥ 1; `searches` is read and then ignored, as on the server. */
export async function listRequest(ctx: Ctx): Promise<ListRequest> {
  const body = await ctx.json();
  const page = intField(body, "page");
  const pageSize = intField(body, "page_size");
  const orderBy = body.order_by ?? "";
  const direction = body.order_direction ?? "";
  if (typeof orderBy !== "string" || typeof direction !== "string") throw binding("JSON marshall error");
  const conditions = stringMap(body, "conditions");
  stringMap(body, "searches");
  if (page < 1) throw binding("Page too short");
  if (pageSize < 1) throw binding("PageSize too short");
  return { page, pageSize, orderBy, desc: direction === "desc", conditions };
}

/** A numeric condition (an id): absent or "" means no filter, anything else must parse. */
export function idCondition(req: ListRequest, key: string, what: string): number | undefined {
  const v = req.conditions[key];
  if (!v) return undefined;
  if (!/^-?\d+$/.test(v)) throw new AppError(40001, `Invalid ${what} ID`);
  return Number(v);
}

/** Sorts by an allowed key (unknown keys fall back to id), id breaking ties in the same direction. */
export function sortItems<T extends { id: number }>(items: T[], req: ListRequest, keys: Record<string, (x: T) => string | number>): T[] {
  const key = keys[req.orderBy];
  const dir = req.desc ? -1 : 1;
  return [...items].sort((a, b) => {
    if (key) {
      const ka = key(a);
      const kb = key(b);
      if (ka !== kb) return (ka < kb ? -1 : 1) * dir;
    }
    return (a.id - b.id) * dir;
  });
}

/** One page: `page` answered zero-based, `total_items` left out when 0. */
export function pageOf<T>(items: T[], req: ListRequest): { pagination: Record<string, number>; items: T[] } {
  const start = (req.page - 1) * req.pageSize;
  const pagination: Record<string, number> = { page: req.page - 1, page_size: req.pageSize };
  if (items.length > 0) pagination.total_items = items.length;
  return { pagination, items: items.slice(start, start + req.pageSize) };
}

/**
 * `{"ids": [...]}` with at least one id (`binding:"min=1"`), or, with `requiredLabel`, any list
 * including `[]` (`binding:"required"` on a slice only refuses a missing one).
 */
export async function idList(ctx: Ctx, requiredLabel?: string): Promise<number[]> {
  const allowEmpty = requiredLabel !== undefined;
  const body = await ctx.json();
  const ids = body.ids;
  if (ids === undefined || ids === null) throw binding(allowEmpty ? `${requiredLabel} cannot be empty` : "IDs too short");
  if (!Array.isArray(ids) || ids.some((x) => typeof x !== "number" || !Number.isInteger(x))) throw binding("JSON marshall error");
  if (!allowEmpty && ids.length < 1) throw binding("IDs too short");
  return ids as number[];
}

/** An ent object as JSON: zero values (false, 0, "", null) omitted, `edges` always kept. */
export function ent(obj: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (k === "edges" || k === "keep") continue;
    if (v === undefined || v === null || v === false || v === 0 || v === "") continue;
    if (Array.isArray(v) && v.length === 0) continue;
    out[k] = v instanceof Date ? v.toISOString() : v;
  }
  out.edges = obj.edges ?? {};
  return out;
}

/** An HTTP 200 with no body at all, which two batch deletes answer on success. */
export function emptyOk(ctx: Ctx): typeof HANDLED {
  ctx.res.writeHead(200, { "Cache-Control": "private, no-cache", "Content-Length": 0 });
  ctx.res.end();
  return HANDLED;
}

/** A JSON object wrapped in a required key (`{"user": {...}}`), as the upsert routes bind it. */
export async function wrapped(ctx: Ctx, key: string): Promise<{ obj: Record<string, unknown>; body: Record<string, unknown> }> {
  const body = await ctx.json();
  const obj = body[key];
  const label = key[0]!.toUpperCase() + key.slice(1);
  if (obj === undefined || obj === null) throw binding(`${label} cannot be empty`);
  if (typeof obj !== "object" || Array.isArray(obj)) throw binding("JSON marshall error");
  return { obj: obj as Record<string, unknown>, body };
}

/** Typed reads of an ent body: a wrong JSON type is a binding error, absent is the zero value. */
export const read = {
  str(o: Record<string, unknown>, k: string): string {
    const v = o[k];
    if (v === undefined || v === null) return "";
    if (typeof v !== "string") throw binding("JSON marshall error");
    return v;
  },
  int(o: Record<string, unknown>, k: string): number {
    const v = o[k];
    if (v === undefined || v === null) return 0;
    if (typeof v !== "number" || !Number.isInteger(v)) throw binding("JSON marshall error");
    return v;
  },
  bool(o: Record<string, unknown>, k: string): boolean {
    const v = o[k];
    if (v === undefined || v === null) return false;
    if (typeof v !== "boolean") throw binding("JSON marshall error");
    return v;
  },
  obj(o: Record<string, unknown>, k: string): Record<string, unknown> | undefined {
    const v = o[k];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== "object" || Array.isArray(v)) throw binding("JSON marshall error");
    return v as Record<string, unknown>;
  },
};
