import { encodeId, IdType } from "../core/ids.ts";
import type { State } from "../state/state.ts";
import { fsOf } from "../fs/store.ts";
import { shareUrl } from "../fs/present.ts";
import type { Entity, FileNode, Share } from "../fs/types.ts";
import { ent } from "./http.ts";
import { userRowJson } from "./json.ts";
import { entityPolicyId, policyOfUser } from "./policyUse.ts";

/** The admin API's rows of files, entities and shares: ent's JSON of the database rows with their edges. */

export function entityJson(state: State, e: Entity): Record<string, unknown> {
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

export function shareRowJson(share: Share, edges: Record<string, unknown> = {}): Record<string, unknown> {
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

/** The storage policy a file's bytes use (its owner's group policy while it has none). */
export function policyOf(state: State, f: FileNode): number {
  if (f.primaryEntity) return entityPolicyId(state, f.primaryEntity);
  const owner = state.users.get(f.ownerId);
  return (owner && policyOfUser(state, owner)?.id) ?? 1;
}

export function fileRowJson(state: State, f: FileNode, edges: Record<string, unknown> = {}): Record<string, unknown> {
  return ent({
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
    storage_policy_files: policyOf(state, f),
    edges,
  });
}

/** A file with its owner, entities, metadata, shares and direct links. */
export function fileJson(state: State, f: FileNode): Record<string, unknown> {
  const store = fsOf(state);
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
  return { ...fileRowJson(state, f, edges), user_hash_id: encodeId(IdType.user, f.ownerId), file_hash_id: encodeId(IdType.file, f.id) };
}

/** A share with its owner and file, and its link. */
export function shareJson(state: State, s: Share, origin: string): Record<string, unknown> {
  const store = fsOf(state);
  const owner = state.users.get(s.ownerId);
  const file = store.files.get(s.fileId);
  const edges: Record<string, unknown> = {};
  if (owner) edges.user = userRowJson(state, owner);
  if (file) edges.file = fileRowJson(state, file);
  return {
    ...shareRowJson(s, edges),
    user_hash_id: encodeId(IdType.user, s.ownerId),
    share_link: shareUrl(origin, encodeId(IdType.share, s.id), s.password),
  };
}
