import { randomUUID } from "node:crypto";
import { AppError, type AggregatedErrors } from "../core/envelope.ts";
import { GroupPerm, NavCap } from "../core/boolset.ts";
import { encodeId, IdType, tryDecodeId } from "../core/ids.ts";
import { HANDLED, type Ctx, type Router } from "../core/router.ts";
import { takeCreateFault } from "./faults.ts";
import { requireUser } from "../core/tokens.ts";
import type { State } from "../state/state.ts";
import { userJson } from "../routes/userJson.ts";
import { body, bindingError, optBool, optStr, optStrMap, originOf, queryBool, reqList, reqStr } from "./http.ts";
import { listFiles } from "./listing.ts";
import { assertUnlocked, release } from "./locks.ts";
import { validateMetadataMap, validatePatches, type MetadataPatch } from "./metadata.ts";
import { assertValidName, extOf } from "./names.ts";
import { errNotSupported, errOwnerOnly, errPathNotExist, isOwnerOrAdmin, locate, mustLocate, openNav, ownerUri, type Nav } from "./nav.ts";
import { copyTree, createChain, errExists, errQuota, moveNode, quotaLeft, softDelete, subtreeBytes } from "./ops.ts";
import { displayName, fileJson, rfc3339, shareJson, storagePolicyJson } from "./present.ts";
import { fsOf } from "./store.ts";
import type { ExplorerView, FileNode } from "./types.ts";
import { parseUri } from "./uri.ts";

const rootError = () => new AppError(403, "cannot operate root file");

/** HTTP 500 with an empty body, as gin's recovery answers a panic. */
function emptyServerError(ctx: Ctx): typeof HANDLED {
  ctx.res.writeHead(500, { "Content-Length": 0 });
  ctx.res.end();
  return HANDLED;
}

function isFsRoot(nav: Nav, node: FileNode): boolean {
  if (nav.fs === "share") return node === nav.shareRoot;
  return nav.store.isRoot(node);
}

function checkBatch(state: State, n: number): void {
  if (n > state.settings.maxBatchedFile) throw new AppError(40074, "Maximum number of batch operations exceeded");
}

/** Like runBatch but returns successes and failures instead of throwing. */
export async function collect<T>(uris: string[], each: (uri: string) => T | Promise<T>): Promise<{ ok: T[]; failed: AggregatedErrors; lastMsg: string }> {
  const ok: T[] = [];
  const failed: AggregatedErrors = {};
  let lastMsg = "";
  for (const uri of uris) {
    try {
      ok.push(await each(uri));
    } catch (e) {
      const err = e instanceof AppError ? e : new AppError(-1, "");
      if (err.code === 40082 && (e as { wholeRequest?: boolean }).wholeRequest) throw e;
      failed[uri] = { code: err.code, msg: err.message, correlation_id: randomUUID() };
      lastMsg = err.message;
    }
  }
  return { ok, failed, lastMsg };
}

export function aggregate(failed: AggregatedErrors, lastMsg: string): void {
  const n = Object.keys(failed).length;
  if (n > 0) throw new AppError(40081, n === 1 ? lastMsg : "One or more operation failed", undefined, failed);
}

export function registerFileOpRoutes(router: Router, state: State): void {
  const store = fsOf(state);

  router.get("/api/v4/file", (ctx) => listFiles(state, ctx));

  router.get("/api/v4/file/info", (ctx) => fileInfo(state, ctx));

  router.post("/api/v4/file/create", async (ctx) => {
    const b = await body(ctx);
    const uri = reqStr(b, "uri", "Uri");
    const type = reqStr(b, "type", "Type");
    if (type !== "file" && type !== "folder") throw bindingError("Invalid parameters.");
    const metadata = optStrMap(b, "metadata");
    const errOnConflict = optBool(b, "err_on_conflict");
    // Saving one's own share as a shortcut is allowed: the real server only checks that
    // sys:shared_redirect is a share URI (metadata.go); 40059 "save own share" is a legacy code.
    // Test hook: a Go panic inside the handler, which gin's recovery answers with an empty 500.
    const fault = takeCreateFault(state, ctx.who.user?.id);
    if (fault === "before") return emptyServerError(ctx);
    validateMetadataMap(state, metadata);
    const nav = openNav(state, ctx.who, uri, [NavCap.CreateFile, NavCap.LockFile]);
    const fileType = type === "folder" ? 1 : 0;
    const loc = locate(nav);
    if (loc.target) {
      if (loc.target.type !== fileType || errOnConflict) throw errExists();
      if (fault) return emptyServerError(ctx);
      return fileJson(nav, loc.target, { metadataNull: true });
    }
    const ancestor = loc.ancestor!;
    if (ancestor.ownerId !== ctx.who.user?.id) throw errOwnerOnly();
    assertUnlocked(
      store,
      ancestor.ownerId,
      ctx.who.user?.id,
      ownerUri(store, ancestor) + "/" + nav.uri.elements.slice(loc.depth).map(encodeURIComponent).join("/"),
    );
    const created = createChain(store, ancestor, nav.uri.elements, loc.depth, fileType, {
      metadata,
      symbolic: "sys:shared_redirect" in metadata,
    });
    if (fault) return emptyServerError(ctx);
    return fileJson(nav, created, { metadataNull: true });
  });

  router.post("/api/v4/file/rename", async (ctx) => {
    const b = await body(ctx);
    const uri = reqStr(b, "uri", "Uri");
    const newName = reqStr(b, "new_name", "NewName");
    if ([...newName].length > 255) throw bindingError("NewName too long");
    const nav = openNav(state, ctx.who, uri, [NavCap.RenameFile, NavCap.LockFile]);
    const target = mustLocate(nav);
    if (target.ownerId !== ctx.who.user?.id) throw errOwnerOnly();
    if (isFsRoot(nav, target)) throw errNotSupported();
    assertValidName(newName);
    const sibling = target.parent?.children?.get(newName);
    if (sibling && sibling !== target) throw errExists();
    assertUnlocked(store, target.ownerId, ctx.who.user?.id, ownerUri(store, target));
    const oldExt = extOf(target.name);
    store.rename(target, newName);
    if (target.type === 0 && oldExt !== extOf(newName)) target.metadata.delete("thumb:disabled");
    return fileJson(nav, target, { metadataNull: true });
  });

  router.post("/api/v4/file/move", async (ctx) => {
    const b = await body(ctx);
    const uris = reqList(b, "uris", "Uris", 1);
    const dst = reqStr(b, "dst", "Dst");
    const isCopy = optBool(b, "copy");
    checkBatch(state, uris.length);
    const dstUri = parseUri(dst);
    const user = ctx.who.user;

    // Moving into the trash is soft deletion.
    if (dstUri.fs === "trash" && !isCopy) {
      const targets: FileNode[] = [];
      const res = await collect(uris, (u) => {
        const nav = openNav(state, ctx.who, u, [NavCap.LockFile]);
        if (nav.fs !== "my") throw errNotSupported();
        const t = mustLocate(nav);
        if (t.ownerId !== user?.id) throw errOwnerOnly();
        if (isFsRoot(nav, t)) throw errNotSupported();
        targets.push(t);
      });
      if (targets.length) assertUnlocked(store, user!.id, user!.id, ...targets.map((t) => ownerUri(store, t)));
      for (const t of targets) softDelete(state, store, t);
      aggregate(res.failed, res.lastMsg);
      return undefined;
    }

    const dstNav = openNav(state, ctx.who, dstUri, [NavCap.LockFile]);
    const dest = mustLocate(dstNav);
    if (dest.ownerId !== user?.id) throw errOwnerOnly();
    if (dest.type !== 1 || dest.isSymbolic) throw errNotSupported();

    const targets: FileNode[] = [];
    const res = await collect(uris, (u) => {
      const src = parseUri(u);
      const nav = openNav(state, ctx.who, src, [NavCap.LockFile]);
      const allowed = isCopy ? src.fs === "my" && dstUri.fs === "my" : (src.fs === "my" || src.fs === "trash") && dstUri.fs === "my";
      if (!allowed) throw errNotSupported();
      const t = mustLocate(nav);
      if (t.ownerId !== user?.id) throw errOwnerOnly();
      if (isFsRoot(nav, t)) throw errNotSupported();
      if (t.type === 1 && store.isDescendantOrSelf(dest, t)) throw errNotSupported();
      targets.push(t);
    });

    if (targets.length) {
      const names = new Set<string>();
      for (const t of targets) {
        const name = t.trashed ? displayName(t) : t.name;
        const clash = dest.children!.get(name);
        if ((clash && (isCopy || clash !== t)) || names.has(name)) throw errExists();
        names.add(name);
      }
      const destPath = ownerUri(store, dest);
      assertUnlocked(
        store,
        user!.id,
        user!.id,
        ...targets.filter((t) => !t.trashed).map((t) => ownerUri(store, t)),
        ...[...names].map((n) => `${destPath}/${encodeURIComponent(n)}`),
      );
      if (isCopy) {
        const need = targets.reduce((s, t) => s + subtreeBytes(store, t), 0);
        if (need > quotaLeft(state, store, user!.id)) throw errQuota();
        for (const t of targets) copyTree(store, t, dest);
      } else {
        for (const t of targets) if (t.parent !== dest) moveNode(store, t, dest);
      }
    }
    aggregate(res.failed, res.lastMsg);
    return undefined;
  });

  router.delete("/api/v4/file", async (ctx) => {
    const b = await body(ctx);
    const uris = reqList(b, "uris", "Uris", 1);
    const unlink = optBool(b, "unlink");
    const skipSoft = optBool(b, "skip_soft_delete");
    checkBatch(state, uris.length);
    if (unlink && !ctx.who.group.permission.has(GroupPerm.AdvanceDelete)) throw new AppError(403, "Advance delete permission required");
    const user = ctx.who.user;
    const targets: FileNode[] = [];
    const res = await collect(uris, (u) => {
      const nav = openNav(state, ctx.who, u, skipSoft ? [NavCap.DeleteFile, NavCap.LockFile] : [NavCap.SoftDelete]);
      const t = mustLocate(nav);
      if (t.ownerId !== user?.id) throw errOwnerOnly();
      if (isFsRoot(nav, t)) throw errNotSupported();
      targets.push(t);
    });
    if (targets.length) {
      const live = targets.filter((t) => !t.trashed);
      if (live.length) assertUnlocked(store, user!.id, user!.id, ...live.map((t) => ownerUri(store, t)));
      for (const t of targets) {
        if (skipSoft) store.deleteTree(t);
        else softDelete(state, store, t);
      }
    }
    aggregate(res.failed, res.lastMsg);
    return undefined;
  });

  router.post("/api/v4/file/restore", async (ctx) => {
    const b = await body(ctx);
    const uris = reqList(b, "uris", "Uris", 1);
    checkBatch(state, uris.length);
    const res = await collect(uris, (u) => {
      const nav = openNav(state, ctx.who, u, [NavCap.Restore]);
      const t = mustLocate(nav);
      const restore = t.metadata.get("sys:restore_uri");
      if (!restore) throw errNotSupported();
      const original = parseUri(restore);
      const root = store.ensureRoot(t.ownerId);
      let parent: FileNode | undefined = root;
      for (const el of original.elements.slice(0, -1)) parent = parent?.children?.get(el);
      if (!parent || parent.type !== 1) throw errPathNotExist();
      if (parent.children!.has(displayName(t))) throw errExists();
      moveNode(store, t, parent);
    });
    aggregate(res.failed, res.lastMsg);
    return undefined;
  });

  router.delete("/api/v4/file/lock", async (ctx) => {
    const b = await body(ctx);
    const tokens = reqList(b, "tokens", "Tokens");
    if (tokens.length > 16384) throw bindingError("Tokens too long");
    for (const t of tokens) if (!store.locks.has(t)) throw new AppError(40001, "failed to unlock file");
    for (const t of tokens) release(store, t);
    return undefined;
  });

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

/** ExplorerView binding rules (contract §8.19). */
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

/** `GET /api/v4/file/info` (contract §8.2). */
function fileInfo(state: State, ctx: Ctx): unknown {
  const store = fsOf(state);
  let uri = ctx.query.get("uri") ?? "";
  const id = ctx.query.get("id") ?? "";
  const extended = queryBool(ctx, "extended");
  const summary = queryBool(ctx, "folder_summary");
  if (!uri) {
    if (!id) throw new AppError(40001, "uri or id is required");
    const fileId = tryDecodeId(IdType.file, id);
    if (fileId === undefined) throw new AppError(40001, "Failed to parse object ID");
    const node = store.files.get(fileId);
    if (!node) throw errPathNotExist();
    if (!isOwnerOrAdmin(ctx.who, node)) throw errOwnerOnly();
    if (ctx.who.user?.id !== node.ownerId) throw errOwnerOnly();
    uri = ownerUri(store, node);
  }
  const nav = openNav(state, ctx.who, uri, [NavCap.Info]);
  const target = mustLocate(nav);
  if (isFsRoot(nav, target)) throw rootError();
  const out = fileJson(nav, target);
  const isOwner = ctx.who.user?.id === target.ownerId;
  if (summary && target.type === 1) {
    if (!isOwner) throw errOwnerOnly();
    let size = 0;
    let files = 0;
    let folders = 0;
    for (const n of store.walk(target)) {
      if (n === target) continue;
      if (n.type === 0) files++;
      else folders++;
      for (const eid of n.entities) size += store.entities.get(eid)?.size ?? 0;
    }
    out.folder_summary = { size, files, folders, completed: true, calculated_at: rfc3339(new Date()) };
  }
  if (extended) {
    let used = 0;
    const entities = target.entities
      .map((eid) => store.entities.get(eid))
      .filter((e) => e !== undefined)
      .map((e) => {
        used += e.size;
        const creator = e.createdBy !== undefined ? state.users.get(e.createdBy) : undefined;
        const ent: Record<string, unknown> = {
          id: encodeId(IdType.entity, e.id),
          size: e.size,
          type: e.type,
          created_at: rfc3339(e.createdAt),
          storage_policy: storagePolicyJson(state),
        };
        if (creator) ent.created_by = userJson(state, creator, "anonymous");
        return ent;
      });
    const info: Record<string, unknown> = {};
    if (target.type === 0) info.storage_policy = storagePolicyJson(state);
    info.storage_used = used;
    if (isOwner) {
      const shares = store.sharesOf(target.id).map((s) => shareJson(state, store, s, originOf(state, ctx), ctx.who, { unlocked: true }));
      if (shares.length) info.shares = shares;
    }
    if (entities.length) info.entities = entities;
    if (isOwner && target.view) info.view = target.view;
    out.extended_info = info;
  }
  return out;
}
