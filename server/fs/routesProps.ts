import { AppError } from "../core/envelope.ts";
import { NavCap } from "../core/boolset.ts";
import type { Ctx, Router } from "../core/router.ts";
import { requireUser } from "../core/tokens.ts";
import type { State } from "../state/state.ts";
import { aggregate, checkBatch, collect } from "./batch.ts";
import { body, bindingError, optBool, optStr, reqList, reqStr } from "./http.ts";
import { assertUnlocked } from "./locks.ts";
import { validatePatches, type MetadataPatch } from "./metadata.ts";
import { errNotSupported, errOwnerOnly, isFsRoot, isOwnerOrAdmin, mustLocate, openNav, ownerUri } from "./nav.ts";
import { fsOf } from "./store.ts";
import type { ExplorerView, FileNode } from "./types.ts";
import { parseUri } from "./uri.ts";

/** What a user sets on files besides their content: metadata, pins in the sidebar, folder views. */
export function registerPropRoutes(router: Router, state: State): void {
  const store = fsOf(state);

  router.patch("/api/v4/file/metadata", async (ctx) => {
    const b = await body(ctx);
    const uris = reqList(b, "uris", "Uris");
    const rawPatches = b.patches;
    if (rawPatches === undefined || rawPatches === null) throw bindingError("Patches cannot be empty");
    if (!Array.isArray(rawPatches)) throw bindingError("JSON marshall error");
    const patches: MetadataPatch[] = rawPatches.map((p) => {
      if (!p || typeof p !== "object") throw bindingError("JSON marshall error");
      const rec = p as Record<string, unknown>;
      const key = reqStr(rec, "key", "Key");
      if (optBool(rec, "private")) throw bindingError("Invalid parameters.");
      return { key, value: optStr(rec, "value"), remove: optBool(rec, "remove") };
    });
    checkBatch(state, uris.length);
    validatePatches(state, patches);
    const user = ctx.who.user;
    const targets: FileNode[] = [];
    const res = await collect(uris, (u) => {
      const nav = openNav(state, ctx.who, u, [NavCap.UpdateMetadata, NavCap.LockFile]);
      const t = mustLocate(nav);
      if (t.ownerId !== user?.id) throw Object.assign(errOwnerOnly(), { wholeRequest: true });
      if (isFsRoot(nav, t)) throw errNotSupported();
      targets.push(t);
    });
    if (targets.length) assertUnlocked(store, user!.id, user!.id, ...targets.map((t) => ownerUri(store, t)));
    for (const t of targets) {
      for (const p of patches) {
        if (p.remove) t.metadata.delete(p.key);
        else t.metadata.set(p.key, p.value);
      }
    }
    aggregate(res.failed, res.lastMsg);
    return undefined;
  });

  const pin = (remove: boolean) => async (ctx: Ctx) => {
    const b = await body(ctx);
    const uri = reqStr(b, "uri", "Uri");
    const name = optStr(b, "name");
    parseUri(uri);
    const user = ctx.who.user;
    if (!user) throw new AppError(50001, "Failed to update user settings");
    const existing = user.pined.find((p) => p.uri === uri);
    if (remove) {
      user.pined = user.pined.filter((p) => p.uri !== uri);
      return undefined;
    }
    if (existing) {
      if ((existing.name ?? "") !== name) throw new AppError(40004, "Pin already exists");
      return undefined;
    }
    user.pined.push(name ? { uri, name } : { uri });
    return undefined;
  };
  router.put("/api/v4/file/pin", pin(false));
  router.delete("/api/v4/file/pin", pin(true));

  router.patch("/api/v4/file/view", async (ctx) => {
    const b = await body(ctx);
    const uri = reqStr(b, "uri", "Uri");
    const view = b.view === undefined || b.view === null ? null : validateView(b.view);
    const parsed = parseUri(uri);
    if ((parsed.fs === "trash" || parsed.fs === "shared_with_me") && parsed.elements.length === 0) {
      const user = requireUser(ctx.who);
      if (view) user.fsViewMap[parsed.fs] = view;
      else delete user.fsViewMap[parsed.fs];
      return undefined;
    }
    const nav = openNav(state, ctx.who, parsed, [NavCap.ModifyProps, NavCap.LockFile]);
    const target = mustLocate(nav);
    if (!isOwnerOrAdmin(ctx.who, target)) throw errOwnerOnly();
    if (view) target.view = view;
    else delete target.view;
    return undefined;
  });
}

/** ExplorerView binding rules (docs/server-behaviour.md, "Folder views"). */
function validateView(raw: unknown): ExplorerView {
  if (typeof raw !== "object" || Array.isArray(raw) || raw === null) throw bindingError("JSON marshall error");
  const v = raw as Record<string, unknown>;
  const num = (k: string) => {
    const x = v[k];
    if (x === undefined || x === null) return 0;
    if (typeof x !== "number" || !Number.isInteger(x)) throw bindingError("JSON marshall error");
    return x;
  };
  const pageSize = num("page_size");
  const galleryWidth = num("gallery_width");
  const order = optStr(v, "order");
  const direction = optStr(v, "order_direction");
  const kind = optStr(v, "view");
  const thumbnail = optBool(v, "thumbnail");
  const columnsRaw = v.columns;
  if (pageSize < 50) throw bindingError("PageSize too short");
  if ([...order].length > 255) throw bindingError("Order too long");
  if (direction !== "asc" && direction !== "desc") throw bindingError("Invalid parameters.");
  if (!["list", "grid", "gallery"].includes(kind)) throw bindingError("Invalid parameters.");
  if (galleryWidth < 50) throw bindingError("GalleryWidth too short");
  if (galleryWidth > 500) throw bindingError("GalleryWidth too long");
  let columns: ExplorerView["columns"];
  if (columnsRaw !== undefined && columnsRaw !== null) {
    if (!Array.isArray(columnsRaw)) throw bindingError("JSON marshall error");
    if (columnsRaw.length > 1000) throw bindingError("Columns too long");
    columns = columnsRaw.map((c) => {
      if (!c || typeof c !== "object") throw bindingError("JSON marshall error");
      const col = c as Record<string, unknown>;
      const type = col.type;
      if (typeof type !== "number" || !Number.isInteger(type)) throw bindingError("JSON marshall error");
      if (type < 0) throw bindingError("Type too short");
      const out: { type: number; width?: number; props?: { metadata_key?: string } } = { type };
      if (typeof col.width === "number") out.width = col.width;
      if (col.props && typeof col.props === "object") {
        const key = (col.props as Record<string, unknown>).metadata_key;
        out.props = typeof key === "string" && key ? { metadata_key: key } : {};
      }
      return out;
    });
  }
  const view: ExplorerView = { page_size: pageSize };
  if (order) view.order = order;
  view.order_direction = direction;
  view.view = kind;
  if (thumbnail) view.thumbnail = true;
  view.gallery_width = galleryWidth;
  if (columns && columns.length) view.columns = columns;
  return view;
}
