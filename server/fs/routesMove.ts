import { AppError } from "../core/envelope.ts";
import { GroupPerm, NavCap } from "../core/boolset.ts";
import type { Ctx, Router } from "../core/router.ts";
import type { State } from "../state/state.ts";
import { aggregate, checkBatch, collect } from "./batch.ts";
import { body, optBool, reqList, reqStr } from "./http.ts";
import { assertUnlocked } from "./locks.ts";
import { errNotSupported, errOwnerOnly, errPathNotExist, isFsRoot, mustLocate, openNav, ownerUri } from "./nav.ts";
import { copyTree, errExists, errQuota, moveNode, quotaLeft, softDelete, subtreeBytes } from "./ops.ts";
import { displayName } from "./present.ts";
import { fsOf } from "./store.ts";
import type { FileNode } from "./types.ts";
import { parseUri } from "./uri.ts";

/** Moving, copying, deleting (to the trash or for good) and restoring files (docs/server-behaviour.md, "Moving, deleting and versions"). */
export function registerMoveRoutes(router: Router, state: State): void {
  const store = fsOf(state);

  router.post("/api/v4/file/move", (ctx) => moveFiles(state, ctx));

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
}

/** Moves or copies files; moving into the trash is soft deletion. */
async function moveFiles(state: State, ctx: Ctx): Promise<unknown> {
  const store = fsOf(state);
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
}
