import { randomInt } from "node:crypto";
import { AppError, paramError } from "../core/envelope.ts";
import { encodeBits, GroupPerm } from "../core/boolset.ts";
import { encodeId, IdType, tryDecodeId } from "../core/ids.ts";
import type { Ctx, Router } from "../core/router.ts";
import { requireUser } from "../core/tokens.ts";
import type { State } from "../state/state.ts";
import type { Group, User } from "../state/types.ts";

/**
 * WebDAV accounts (docs/server-behaviour.md, "WebDAV accounts"): `GET|PUT /api/v4/devices/dav`, `PATCH|DELETE /api/v4/devices/dav/:id`.
 * The WebDAV protocol under `/dav` itself is not served by the stand-in.
 */

/** Option bits of an account (docs/server-behaviour.md, "Capabilities and permissions"); the community server knows no others. */
export const DavOption = { ReadOnly: 0, Proxy: 1 } as const;

interface DavAccount {
  id: number;
  ownerId: number;
  createdAt: Date;
  name: string;
  /** Stored exactly as the client sent it, as the real server does. */
  uri: string;
  password: string;
  options: Set<number>;
}

interface DavStore {
  seq: number;
  accounts: Map<number, DavAccount>;
}

// Kept beside the state rather than in it: accounts concern only these routes.
const stores = new WeakMap<State, DavStore>();
function storeOf(state: State): DavStore {
  let s = stores.get(state);
  if (!s) stores.set(state, (s = { seq: 0, accounts: new Map() }));
  return s;
}

// The real server draws from digits and lowercase letters (its "lower case" alphabet has both).
const ALPHABET = "1234567890abcdefghijklmnopqrstuvwxyz";
const newPassword = () => Array.from({ length: 32 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");

/** Go's time.Time JSON form: RFC 3339 without trailing zeros in the fraction. */
const goTime = (d: Date) => d.toISOString().replace(/\.(\d*?)0*Z$/, (_, frac: string) => (frac ? `.${frac}Z` : "Z"));

function accountJson(a: DavAccount) {
  return { id: encodeId(IdType.dav, a.id), created_at: goTime(a.createdAt), name: a.name, uri: a.uri, password: a.password, options: encodeBits(a.options) };
}

// ------------------------------------------------------------------ binding, as gin answers it

/** `page_size` bound from the query with `required,min=10,max=100`. */
function pageSizeOf(ctx: Ctx): number {
  const raw = ctx.query.get("page_size") ?? "";
  if (raw === "") throw paramError("PageSize cannot be empty");
  // gin parses with strconv.ParseInt: anything else is a plain binding failure.
  if (!/^[+-]?\d+$/.test(raw)) throw paramError();
  const n = Number(raw);
  if (n === 0) throw paramError("PageSize cannot be empty");
  if (n < 10) throw paramError("PageSize too short");
  if (n > 100) throw paramError("PageSize too long");
  return n;
}

interface AccountBody {
  uri: string;
  name: string;
  readonly: boolean;
  proxy: boolean;
}

/** The JSON body of create and update: every type is checked before any rule, in field order. */
function accountBody(body: Record<string, unknown>): AccountBody {
  if (Array.isArray(body)) throw paramError("JSON marshall error");
  const typed = (field: string, type: "string" | "boolean") => {
    const v = body[field];
    if (v !== undefined && v !== null && typeof v !== type) throw paramError("JSON marshall error");
    return v ?? undefined;
  };
  const uri = (typed("uri", "string") as string | undefined) ?? "";
  const name = (typed("name", "string") as string | undefined) ?? "";
  const readonly = (typed("readonly", "boolean") as boolean | undefined) ?? false;
  const proxy = (typed("proxy", "boolean") as boolean | undefined) ?? false;
  if (uri === "") throw paramError("Uri cannot be empty");
  if (name === "") throw paramError("Name cannot be empty");
  if ([...name].length > 255) throw paramError("Name too long");
  return { uri, name, readonly, proxy };
}

/** Search keys that make the server read a URI as a search (and so refuse it as a WebDAV root). */
function isSearch(query: URLSearchParams): boolean {
  for (const [k, v] of query) {
    if (k === "name" || k === "type" || k.startsWith("meta_")) return true;
    if (k === "category" && v !== "") return true;
    if (/^(size|created|updated)_(gte|lte)$/.test(k) && /^[+-]?\d+$/.test(v)) return true;
  }
  return false;
}

/** Only a `my` or `share` URI without a search can be a root; its target need not exist. */
function validRoot(raw: string): boolean {
  // Go's url.Parse refuses control characters anywhere.
  if ([...raw].some((c) => c < " " || c === "\x7f")) return false;
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)(?:\?([^#]*))?/i.exec(raw);
  if (!m || m[1]!.toLowerCase() !== "cloudreve") return false;
  const authority = m[2]!;
  const fs = authority.slice(authority.lastIndexOf("@") + 1).toLowerCase();
  if (fs !== "my" && fs !== "share") return false;
  try {
    decodeURIComponent(m[3]!);
  } catch {
    return false;
  }
  return !isSearch(new URLSearchParams(m[4] ?? ""));
}

function optionsFor(group: Group, body: AccountBody): Set<number> {
  if (!group.permission.has(GroupPerm.WebDAV)) throw new AppError(40007, "WebDAV is not enabled for this user group");
  if (!validRoot(body.uri)) throw new AppError(40001, "Invalid URI");
  const options = new Set<number>();
  if (body.readonly) options.add(DavOption.ReadOnly);
  // Asking for proxying without the group's permission is not an error: the flag is just not set.
  if (body.proxy && group.permission.has(GroupPerm.WebDAVProxy)) options.add(DavOption.Proxy);
  return options;
}

/** The `:id` of the path, decoded before the body is read (the HashID middleware). */
function idOf(ctx: Ctx): number {
  const id = tryDecodeId(IdType.dav, ctx.params.id ?? "");
  if (id === undefined) throw new AppError(40001, "Failed to parse object ID");
  return id;
}

function ownAccount(state: State, user: User, id: number): DavAccount {
  const account = storeOf(state).accounts.get(id);
  if (!account || account.ownerId !== user.id) throw new AppError(404, "Account not exist");
  return account;
}

// ------------------------------------------------------------------ cursor

/** The real server's page token: standard base64 of `{"id":"<account hashid>"}`. */
const encodeCursor = (id: number) => Buffer.from(JSON.stringify({ id: encodeId(IdType.dav, id) })).toString("base64");

function decodeCursor(token: string): number {
  // The real server wraps a bad token in a database error.
  const bad = () => new AppError(50001, "Failed to list dav accounts");
  if (token.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(token)) throw bad();
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(token, "base64").toString("utf8"));
  } catch {
    throw bad();
  }
  const hash = raw && typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, unknown>).id : undefined;
  const id = typeof hash === "string" ? tryDecodeId(IdType.dav, hash) : undefined;
  if (id === undefined) throw bad();
  return id;
}

// ------------------------------------------------------------------ routes

export function registerDavRoutes(router: Router, state: State): void {
  // Listing and deleting need no WebDAV permission; creating and updating do.
  router.get("/api/v4/devices/dav", (ctx) => {
    const user = requireUser(ctx.who);
    const pageSize = pageSizeOf(ctx);
    const token = ctx.query.get("next_page_token") ?? "";
    const before = token ? decodeCursor(token) : Infinity;
    const mine = [...storeOf(state).accounts.values()].filter((a) => a.ownerId === user.id && a.id < before).sort((a, b) => b.id - a.id);
    const page = mine.slice(0, pageSize);
    const more = mine.length > pageSize;
    return {
      accounts: page.map(accountJson),
      pagination: { page: 0, page_size: pageSize, ...(more ? { next_token: encodeCursor(page.at(-1)!.id) } : {}), is_cursor: true },
    };
  });

  router.put("/api/v4/devices/dav", async (ctx) => {
    const user = requireUser(ctx.who);
    const body = accountBody(await ctx.json());
    const options = optionsFor(ctx.who.group, body);
    const store = storeOf(state);
    const account: DavAccount = { id: ++store.seq, ownerId: user.id, createdAt: new Date(), name: body.name, uri: body.uri, password: newPassword(), options };
    store.accounts.set(account.id, account);
    return accountJson(account);
  });

  router.patch("/api/v4/devices/dav/:id", async (ctx) => {
    const user = requireUser(ctx.who);
    const id = idOf(ctx);
    const body = accountBody(await ctx.json());
    const account = ownAccount(state, user, id);
    // The password stays: it is only ever generated once.
    const options = optionsFor(ctx.who.group, body);
    Object.assign(account, { name: body.name, uri: body.uri, options });
    return accountJson(account);
  });

  router.delete("/api/v4/devices/dav/:id", (ctx) => {
    const user = requireUser(ctx.who);
    const account = ownAccount(state, user, idOf(ctx));
    storeOf(state).accounts.delete(account.id);
    return undefined;
  });
}
