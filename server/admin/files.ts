import { AppError } from "../core/envelope.ts";
import { encodeId, IdType } from "../core/ids.ts";
import type { State } from "../state/state.ts";
import { fsOf } from "../fs/store.ts";
import { originOf } from "../fs/http.ts";
import { shareUrl } from "../fs/present.ts";
import { entityUrl } from "../fs/entities.ts";
import type { Entity, FileNode, Share } from "../fs/types.ts";
import { type adminRoutes, emptyOk, ent, idCondition, idList, listRequest, pageOf, pathId, sortItems } from "./http.ts";
import { userRowJson } from "./json.ts";
import { entityPolicyId, policyOfUser, stampEntities } from "./policyUse.ts";

/** `/admin/file…` and `/admin/share…`: every user's files and shares, their links, hard deletes. */

function entityJson(state: State, e: Entity): Record<string, unknown> {
  return ent({
    id: e.id,
    created_at: e.createdAt,
    updated_at: e.updatedAt,
    type: e.type,
    source: e.path,
    size: e.size,
    reference_count: e.refCount,
    storage_policy_entities: entityPolicyId(state, e.id),
    created_by: e.createdBy,
    upload_session_id: e.uploadSessionId,
  });
}

function shareRowJson(share: Share, edges: Record<string, unknown> = {}): Record<string, unknown> {
  return ent({
    id: share.id,
    created_at: share.createdAt,
    updated_at: share.createdAt,
    password: share.password,
    views: share.views,
    downloads: share.downloads,
    expires: share.expires,
    remain_downloads: share.remainDownloads,
    props: share.shareView ? { share_view: true } : undefined,
    edges,
  });
}

export function registerFileAdminRoutes(admin: ReturnType<typeof adminRoutes>, state: State): void {
  const store = fsOf(state);

  const policyOf = (f: FileNode) => {
    if (f.primaryEntity) return entityPolicyId(state, f.primaryEntity);
    const owner = state.users.get(f.ownerId);
    return (owner && policyOfUser(state, owner)?.id) ?? 1;
  };

  const fileRowJson = (f: FileNode, edges: Record<string, unknown> = {}) =>
    ent({
      id: f.id,
      created_at: f.createdAt,
      updated_at: f.updatedAt,
      type: f.type,
      name: f.name,
      owner_id: f.ownerId,
      size: f.size,
      primary_entity: f.primaryEntity,
      file_children: f.parent?.id,
      is_symbolic: f.isSymbolic,
      props: f.view ? { view: f.view } : undefined,
      storage_policy_files: policyOf(f),
      edges,
    });

  const fileJson = (f: FileNode) => {
    const owner = state.users.get(f.ownerId);
    const edges: Record<string, unknown> = {};
    if (owner) edges.owner = userRowJson(state, owner);
    const entities = f.entities.map((id) => store.entities.get(id)).filter((e): e is Entity => Boolean(e));
    if (entities.length) edges.entities = entities.map((e) => entityJson(state, e));
    const meta = [...f.metadata].map(([name, value], i) => ent({ id: i + 1, name, value, file_id: f.id, is_public: !name.startsWith("sys:") }));
    if (meta.length) edges.metadata = meta;
    const shares = store.sharesOf(f.id);
    if (shares.length) edges.shares = shares.map((s) => shareRowJson(s));
    const links = [...store.links.values()].filter((l) => l.fileId === f.id);
    if (links.length) edges.direct_links = links.map((l) => ent({ id: l.id, created_at: l.createdAt, updated_at: l.createdAt, name: l.name, file_id: f.id }));
    return { ...fileRowJson(f, edges), user_hash_id: encodeId(IdType.user, f.ownerId), file_hash_id: encodeId(IdType.file, f.id) };
  };

  const mustFile = (id: number) => {
    const f = store.files.get(id);
    if (!f) throw new AppError(404, "File not found");
    return f;
  };

  admin.post("/file", async (ctx) => {
    const req = await listRequest(ctx);
    const user = idCondition(req, "file_user", "user");
    const policy = idCondition(req, "file_policy", "policy");
    const name = req.conditions.file_name?.toLowerCase();
    stampEntities(state);
    // Only regular files: folders and share shortcuts never show in this list.
    const files = [...store.files.values()].filter(
      (f) =>
        f.type === 0 && !f.isSymbolic && (!user || f.ownerId === user) && (!policy || policyOf(f) === policy) && (!name || f.name.toLowerCase().includes(name)),
    );
    const sorted = sortItems(files, req, { name: (f) => f.name, size: (f) => f.size, updated_at: (f) => f.updatedAt.getTime() });
    const { pagination, items } = pageOf(sorted, req);
    return { pagination, files: items.map(fileJson) };
  });

  admin.get("/file/:id", (ctx) => {
    const f = mustFile(pathId(ctx));
    stampEntities(state);
    const origin = originOf(state, ctx);
    const links = [...store.links.values()].filter((l) => l.fileId === f.id);
    const map = Object.fromEntries(links.map((l) => [String(l.id), `${origin}/f/${encodeId(IdType.sourceLink, l.id)}/${encodeURIComponent(l.name)}`]));
    return { ...fileJson(f), ...(links.length ? { direct_link_map: map } : {}) };
  });

  admin.get("/file/url/:id", (ctx) => {
    const f = mustFile(pathId(ctx));
    if (!f.primaryEntity || !store.entities.has(f.primaryEntity)) throw new AppError(404, "Primary entity not exist");
    return entityUrl(state, originOf(state, ctx), f.primaryEntity, f.name).url;
  });

  admin.post("/file/batch/delete", async (ctx) => {
    const ids = await idList(ctx);
    stampEntities(state);
    // Unknown ids are skipped; folders lose only their own row on the server, here their subtree.
    for (const id of ids) {
      const f = store.files.get(id);
      if (f) store.deleteTree(f);
    }
    return undefined;
  });

  admin.post("/share", async (ctx) => {
    const req = await listRequest(ctx);
    const user = idCondition(req, "share_user_id", "user");
    const file = idCondition(req, "share_file_id", "file");
    const only = req.conditions.share_id ? new Set(req.conditions.share_id.split(",").map((s) => Number(s.trim()))) : undefined;
    const shares = [...store.shares.values()].filter((s) => (!user || s.ownerId === user) && (!file || s.fileId === file) && (!only || only.has(s.id)));
    const sorted = sortItems(shares, req, { views: (s) => s.views, downloads: (s) => s.downloads, remain_downloads: (s) => s.remainDownloads ?? -1 });
    const { pagination, items } = pageOf(sorted, req);
    const origin = originOf(state, ctx);
    return { pagination, shares: items.map((s) => shareJson(s, origin)) };
  });

  const shareJson = (s: Share, origin: string) => {
    const owner = state.users.get(s.ownerId);
    const file = store.files.get(s.fileId);
    const edges: Record<string, unknown> = {};
    if (owner) edges.user = userRowJson(state, owner);
    if (file) edges.file = fileRowJson(file);
    return {
      ...shareRowJson(s, edges),
      user_hash_id: encodeId(IdType.user, s.ownerId),
      share_link: shareUrl(origin, encodeId(IdType.share, s.id), s.password),
    };
  };

  admin.get("/share/:id", (ctx) => {
    const share = store.shares.get(pathId(ctx));
    if (!share) throw new AppError(50001, "Failed to get share");
    return shareJson(share, originOf(state, ctx));
  });

  admin.post("/share/batch/delete", async (ctx) => {
    const ids = await idList(ctx, "ShareIDs");
    for (const id of ids) store.shares.delete(id);
    return emptyOk(ctx);
  });
}
