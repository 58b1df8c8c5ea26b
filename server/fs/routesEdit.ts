import { queueMediaMeta } from "./mediaMeta.ts";
import { AppError } from "../core/envelope.ts";
import { NavCap } from "../core/boolset.ts";
import { IdType, tryDecodeId } from "../core/ids.ts";
import type { Ctx, Router } from "../core/router.ts";
import type { State } from "../state/state.ts";
import { errEntity, MAX_EDIT_SIZE, writeEntity } from "./entities.ts";
import { bindingError, body, reqStr } from "./http.ts";
import { assertUnlocked } from "./locks.ts";
import { errNotSupported, errOwnerOnly, locate, mustLocate, openNav, ownerUri } from "./nav.ts";
import { createChain, errQuota, quotaLeft } from "./ops.ts";
import { fileJson } from "./present.ts";
import { fsOf } from "./store.ts";

/** Saving edited content as a new version, and choosing or deleting versions (docs/server-behaviour.md, "Moving, deleting and versions"). */
export function registerEditRoutes(router: Router, state: State): void {
  const store = fsOf(state);

  router.put("/api/v4/file/content", async (ctx) => {
    const uri = ctx.query.get("uri");
    if (!uri) throw bindingError("Uri cannot be empty");
    const previous = ctx.query.get("previous") ?? "";
    const nav = openNav(state, ctx.who, uri, [NavCap.UploadFile, NavCap.LockFile]);
    const user = ctx.who.user!;
    const declared = Number(ctx.header("content-length") ?? ctx.header("x-expected-entity-length") ?? 0) || 0;
    if (declared > MAX_EDIT_SIZE) throw new AppError(40049, "File is too large");
    const loc = locate(nav);
    let target = loc.target;
    if (target) {
      if (target.ownerId !== user.id) throw errOwnerOnly();
      if (target.type !== 0) throw errNotSupported();
      if (previous) {
        const prev = tryDecodeId(IdType.entity, previous);
        if (prev === undefined) throw new AppError(40001, "Unknown version ID");
        if (target.primaryEntity !== prev) throw new AppError(40076, "File is updated during your edit");
      }
      assertUnlocked(store, user.id, user.id, ownerUri(store, target));
    } else if (loc.ancestor && loc.ancestor.ownerId !== user.id) throw errOwnerOnly();
    if (declared > quotaLeft(state, store, user.id)) throw errQuota();
    const data = await ctx.body();
    if (data.length > MAX_EDIT_SIZE) throw new AppError(40049, "File is too large");
    target ??= createChain(store, loc.ancestor!, nav.uri.elements, loc.depth, 0);
    const entity = await writeEntity(store, data, user.id);
    store.linkEntity(target, entity);
    store.setPrimary(target, entity);
    store.touch(target);
    store.capVersions(target, store.retentionFor(user, target.name));
    queueMediaMeta(store, target, entity);
    return fileJson(nav, target);
  });

  const versionBody = async (ctx: Ctx) => {
    const b = await body(ctx);
    const uri = reqStr(b, "uri", "Uri");
    const version = reqStr(b, "version", "Version");
    const nav = openNav(state, ctx.who, uri, [NavCap.VersionControl]);
    const target = mustLocate(nav);
    if (target.ownerId !== ctx.who.user?.id) throw errOwnerOnly();
    if (target.type !== 0) throw errNotSupported();
    const id = tryDecodeId(IdType.entity, version);
    if (id === undefined) throw new AppError(40001, "Failed to parse object ID");
    return { target, id };
  };

  router.post("/api/v4/file/version/current", async (ctx) => {
    const { target, id } = await versionBody(ctx);
    if (target.primaryEntity === id) return undefined;
    const e = store.entities.get(id);
    if (!e || e.type !== 0 || e.uploadSessionId || !target.entities.includes(id)) throw errEntity();
    store.setPrimary(target, e);
    for (const eid of [...target.entities]) if (store.entities.get(eid)?.type === 1) store.unlinkEntity(target, eid);
    return undefined;
  });

  router.delete("/api/v4/file/version", async (ctx) => {
    const { target, id } = await versionBody(ctx);
    if (target.primaryEntity === id) throw errNotSupported();
    if (!target.entities.includes(id)) throw errEntity();
    const e = store.entities.get(id);
    if (e?.uploadSessionId) target.metadata.delete("sys:upload_session_id");
    store.unlinkEntity(target, id);
    return undefined;
  });
}
