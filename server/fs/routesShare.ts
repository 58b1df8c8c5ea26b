import { randomInt } from "node:crypto";
import { AppError } from "../core/envelope.ts";
import { GroupPerm } from "../core/boolset.ts";
import { decodeId, encodeId, IdType, tryDecodeId } from "../core/ids.ts";
import { HANDLED, type Ctx, type Router } from "../core/router.ts";
import { requireUser } from "../core/tokens.ts";
import type { State } from "../state/state.ts";
import type { Identity } from "../state/types.ts";
import { bindingError, body, optBool, optInt, optStr, originOf, queryBool, queryInt, reqStr } from "./http.ts";
import { errNotSupported, errPathNotExist, isOwnerOrAdmin, locate, openNav, shareState } from "./nav.ts";
import { shareJson, shareUrl } from "./present.ts";
import { fsOf } from "./store.ts";
import type { FileNode, Share } from "./types.ts";
import { shareRootUri } from "./uri.ts";
import { newer } from "../routes/newer.ts";
import { newerLinks } from "./newerLinks.ts";

const errShareLinkNotFound = () => new AppError(404, "Share link not found");

function randomPassword(): string {
  let s = "";
  for (let i = 0; i < 8; i++) s += String.fromCharCode(97 + randomInt(26));
  return s;
}

interface ShareBody {
  uri: string;
  isPrivate: boolean;
  password: string;
  downloads: number;
  expire: number;
  shareView: boolean;
  showReadme: boolean;
}

async function readShareBody(ctx: Ctx, state: State): Promise<ShareBody> {
  const b = await body(ctx);
  const uri = reqStr(b, "uri", "Uri");
  const password = optStr(b, "password");
  if ([...password].length > 32) throw bindingError("Password too long");
  if (password && !/^[a-zA-Z0-9]+$/.test(password)) throw bindingError("Invalid parameters.");
  return {
    uri,
    isPrivate: optBool(b, "is_private"),
    password,
    downloads: optInt(b, "downloads"),
    expire: optInt(b, "expire"),
    shareView: optBool(b, "share_view"),
    // The 4.0 server has no such field and ignores it; a newer one binds it as a bool.
    showReadme: newerLinks(state).on ? optBool(b, "show_readme") : false,
  };
}

/** Resolves the object a share points at; failures keep their code with msg "src file not found". */
function shareSource(state: State, who: Identity, uri: string): FileNode {
  try {
    const nav = openNav(state, who, uri);
    if (nav.fs !== "my") throw errNotSupported();
    const loc = locate(nav);
    if (!loc.target) throw errPathNotExist();
    if (nav.store.isRoot(loc.target) || loc.target.isSymbolic) throw errNotSupported();
    if (loc.target.ownerId !== who.user?.id) throw errNotSupported();
    return loc.target;
  } catch (e) {
    if (e instanceof AppError) throw new AppError(e.code, "src file not found");
    throw e;
  }
}

function applyLimits(share: Share, b: ShareBody): void {
  share.remainDownloads = b.downloads > 0 ? b.downloads : undefined;
  share.expires = b.expire > 0 ? new Date(Date.now() + b.expire * 1000) : undefined;
  share.shareView = b.shareView;
  share.showReadme = b.showReadme;
}

export function registerShareRoutes(router: Router, state: State): void {
  const store = fsOf(state);

  router.put("/api/v4/share", async (ctx) => {
    const user = requireUser(ctx.who);
    const b = await readShareBody(ctx, state);
    if (!ctx.who.group.permission.has(GroupPerm.Share)) throw new AppError(40007, "Group permission denied");
    const file = shareSource(state, ctx.who, b.uri);
    const share = store.newShare({
      ownerId: user.id,
      fileId: file.id,
      password: b.isPrivate ? b.password || randomPassword() : "",
      views: 0,
      downloads: 0,
      shareView: false,
      createdAt: new Date(),
    });
    applyLimits(share, b);
    return shareUrl(originOf(state, ctx), encodeId(IdType.share, share.id), share.password);
  });

  router.post("/api/v4/share/:id", async (ctx) => {
    const user = requireUser(ctx.who);
    const id = decodeId(IdType.share, ctx.params.id ?? "");
    const b = await readShareBody(ctx, state);
    if (!ctx.who.group.permission.has(GroupPerm.Share)) throw new AppError(40007, "Group permission denied");
    const share = store.shares.get(id);
    if (!share || share.ownerId !== user.id) throw errShareLinkNotFound();
    const file = shareSource(state, ctx.who, b.uri);
    if (file.id !== share.fileId) throw errShareLinkNotFound();
    // An edit never changes the password (docs/server-behaviour.md, "Share links").
    applyLimits(share, b);
    return shareUrl(originOf(state, ctx), encodeId(IdType.share, share.id), share.password);
  });

  router.get("/api/v4/share/info/:id", (ctx) => {
    const id = decodeId(IdType.share, ctx.params.id ?? "");
    const share = store.shares.get(id);
    if (!share || shareState(state, store, share) !== "ok") throw new AppError(404, "Share not found");
    const password = ctx.query.get("password") ?? "";
    const isOwner = ctx.who.user?.id === share.ownerId;
    if (queryBool(ctx, "count_views")) share.views++;
    const unlocked = !share.password || share.password === password || isOwner;
    const ownerExtended = queryBool(ctx, "owner_extended") && isOwner;
    // The owner's extended info opens the share as any visitor would, with the password given
    // here: without it a private share fails even for its owner, keeping the password error's code.
    if (ownerExtended && share.password && share.password !== password) throw new AppError(40069, "File not found");
    return shareJson(state, store, share, originOf(state, ctx), ctx.who, { unlocked, ownerExtended });
  });

  router.get("/api/v4/share", (ctx) => {
    const user = requireUser(ctx.who);
    const list = [...store.shares.values()].filter((s) => s.ownerId === user.id);
    return pageShares(state, ctx, list, true);
  });

  router.delete("/api/v4/share/:id", (ctx) => {
    requireUser(ctx.who);
    const id = decodeId(IdType.share, ctx.params.id ?? "");
    const share = store.shares.get(id);
    if (!share) throw errShareLinkNotFound();
    const owner = store.files.get(share.fileId);
    if (share.ownerId !== ctx.who.user!.id && !(owner && isOwnerOrAdmin(ctx.who, owner))) throw errShareLinkNotFound();
    store.shares.delete(id);
    return undefined;
  });

  router.get("/api/v4/user/shares/:id", (ctx) => {
    const userId = decodeId(IdType.user, ctx.params.id ?? "");
    // A newer server lets the owner list every share on the profile, or none (routes/newer.ts).
    const shown = newer(state).profileShares ? (state.users.get(userId)?.shareLinksInProfile ?? "") : "";
    const list = shown === "hide_share" ? [] : [...store.shares.values()].filter((s) => s.ownerId === userId && (shown === "all_share" || !s.password));
    return pageShares(state, ctx, list, false);
  });

  const redirect = (ctx: Ctx) => {
    const uri = shareRootUri(ctx.params.id ?? "", ctx.params.password ?? "");
    ctx.res.writeHead(302, { Location: `/home?path=${encodeURIComponent(uri)}` });
    ctx.res.end();
    return HANDLED;
  };
  router.get("/s/:id", redirect);
  router.get("/s/:id/:password", redirect);
}

/** `GET /share` and `GET /user/shares/:id` pagination (docs/server-behaviour.md, "Share links"): cursor over ID order. */
function pageShares(state: State, ctx: Ctx, list: Share[], unlocked: boolean): unknown {
  const store = fsOf(state);
  const pageSize = queryInt(ctx, "page_size");
  if (!pageSize) throw bindingError("PageSize cannot be empty");
  if (pageSize < 10) throw bindingError("PageSize too short");
  if (pageSize > 100) throw bindingError("PageSize too long");
  const orderBy = ctx.query.get("order_by") ?? "";
  const desc = ctx.query.get("order_direction") === "desc";
  const key = (s: Share): number =>
    orderBy === "views" ? s.views : orderBy === "downloads" ? s.downloads : orderBy === "remain_downloads" ? (s.remainDownloads ?? 0) : 0;
  const sorted = [...list].sort((a, b) => (key(a) - key(b) || a.id - b.id) * (desc ? -1 : 1));
  let start = 0;
  const token = ctx.query.get("next_page_token");
  if (token) {
    let lastId: number | undefined;
    try {
      const parsed = JSON.parse(Buffer.from(token, "base64").toString("utf8")) as { id?: string };
      lastId = tryDecodeId(IdType.share, parsed.id ?? "");
    } catch {
      lastId = undefined;
    }
    if (lastId === undefined) throw new AppError(40001, "Invalid page token");
    const idx = sorted.findIndex((s) => s.id === lastId);
    start = idx >= 0 ? idx + 1 : sorted.findIndex((s) => (desc ? s.id < lastId! : s.id > lastId!));
    if (start < 0) start = sorted.length;
  }
  const page = sorted.slice(start, start + pageSize);
  const pagination: Record<string, unknown> = { page: 0, page_size: pageSize };
  if (start + pageSize < sorted.length && page.length) {
    pagination.next_token = Buffer.from(JSON.stringify({ id: encodeId(IdType.share, page[page.length - 1]!.id) })).toString("base64");
  }
  pagination.is_cursor = true;
  const origin = originOf(state, ctx);
  const shares = page.length ? page.map((s) => shareJson(state, store, s, origin, ctx.who, { unlocked })) : null;
  return { shares, pagination };
}
