import { AppError } from "../core/envelope.ts";
import { NavCap } from "../core/boolset.ts";
import { encodeId, IdType, tryDecodeId } from "../core/ids.ts";
import type { Ctx } from "../core/router.ts";
import type { State } from "../state/state.ts";
import { userJson } from "../routes/userJson.ts";
import { originOf, queryBool } from "./http.ts";
import { errOwnerOnly, errPathNotExist, isFsRoot, isOwnerOrAdmin, mustLocate, openNav, ownerUri } from "./nav.ts";
import { fileJson, rfc3339, shareJson, storagePolicyJson } from "./present.ts";
import { fsOf } from "./store.ts";
import { directLinksInfo } from "./newerLinks.ts";

const rootError = () => new AppError(403, "cannot operate root file");

/** `GET /api/v4/file/info` (docs/server-behaviour.md, "File objects and metadata"). */
export function fileInfo(state: State, ctx: Ctx): unknown {
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
    if (isOwner) Object.assign(info, directLinksInfo(state, ctx, target));
    out.extended_info = info;
  }
  return out;
}
