import { encodeId, IdType } from "../core/ids.ts";
import type { State } from "../state/state.ts";
import type { Identity, User } from "../state/types.ts";
import { userJson } from "../routes/userJson.ts";
import { limitsOf } from "./policyLimits.ts";
import { newerLinks } from "./newerLinks.ts";
import type { FsStore } from "./store.ts";
import type { ExplorerView, FileNode, Share } from "./types.ts";
import { userPath, type Nav, shareState } from "./nav.ts";
import { buildUri, parseUri } from "./uri.ts";

/** The single storage policy of the stand-in. */
export const POLICY_ID = () => encodeId(IdType.policy, 1);

export function storagePolicyJson(state: State, user?: User): Record<string, unknown> {
  // relay is omitempty and false here, so it is left out.
  const out: Record<string, unknown> = { id: POLICY_ID(), name: "Default storage policy", type: (user?.storage ?? state.settings).policyType, max_size: 0 };
  const limits = limitsOf(state, user?.id);
  if (limits) {
    out.max_size = limits.maxSize;
    if (limits.allowedSuffix.length) out.allowed_suffix = limits.allowedSuffix;
    if (limits.deniedSuffix.length) out.denied_suffix = limits.deniedSuffix;
  }
  return out;
}

export const rfc3339 = (d: Date) => d.toISOString();

/** Display name: trashed items show the last segment of their restore URI (docs/server-behaviour.md, "File objects and metadata"). */
export function displayName(node: FileNode): string {
  const restore = node.trashed ? node.metadata.get("sys:restore_uri") : undefined;
  if (restore) {
    try {
      const els = parseUri(restore).elements;
      if (els.length) return els[els.length - 1]!;
    } catch {
      // fall through
    }
  }
  return node.name;
}

export function metadataJson(node: FileNode): Record<string, string> {
  return Object.fromEntries(node.metadata);
}

export interface FileJsonOpts {
  /** create/rename responses carry `metadata: null` (not loaded). */
  metadataNull?: boolean;
  /** Populate `shared` (owner's listings and info). */
  withShared?: boolean;
}

/** FileResponse (docs/server-behaviour.md, "File objects and metadata"), omitempty fields left out. */
export function fileJson(nav: Nav, node: FileNode, opts: FileJsonOpts = {}): Record<string, unknown> {
  const viewerId = nav.who.user?.id ?? 0;
  const out: Record<string, unknown> = {
    type: node.type,
    id: encodeId(IdType.file, node.id),
    name: nav.fs === "my" && nav.store.isRoot(node) ? "" : displayName(node),
    created_at: rfc3339(node.createdAt),
    updated_at: rfc3339(node.updatedAt),
    size: node.size,
    metadata: opts.metadataNull ? null : metadataJson(node),
    path: userPath(nav, node),
  };
  if ((opts.withShared ?? true) && viewerId === node.ownerId && nav.store.sharesOf(node.id).length > 0) out.shared = true;
  out.capability = nav.capString;
  if (viewerId === node.ownerId) out.owned = true;
  out.primary_entity = encodeId(IdType.entity, node.primaryEntity);
  return out;
}

/** The zero-valued FileResponse used as `parent` of the trash root. */
export function zeroFileJson(): Record<string, unknown> {
  return { type: 0, id: "", name: "", created_at: "0001-01-01T00:00:00Z", updated_at: "0001-01-01T00:00:00Z", size: 0, metadata: null };
}

/** Nearest saved view on the way up, or undefined. */
export function savedView(node: FileNode | undefined): ExplorerView | undefined {
  for (let cur = node; cur; cur = cur.parent) if (cur.view) return cur.view;
  return undefined;
}

/** Share object, as the server builds it. */
export function shareJson(
  state: State,
  store: FsStore,
  share: Share,
  origin: string,
  requester: Identity,
  opts: { unlocked: boolean; ownerExtended?: boolean },
): Record<string, unknown> {
  const owner = state.users.get(share.ownerId);
  const file = store.files.get(share.fileId);
  const id = encodeId(IdType.share, share.id);
  const isOwner = requester.user?.id === share.ownerId;
  const out: Record<string, unknown> = { id };
  const name = file ? displayName(file) : "";
  if (name) out.name = name;
  if (opts.unlocked && share.remainDownloads !== undefined) out.remain_downloads = share.remainDownloads;
  out.visited = share.views;
  if (opts.unlocked && share.downloads > 0) out.downloaded = share.downloads;
  if (opts.unlocked && share.expires) out.expires = rfc3339(share.expires);
  out.unlocked = opts.unlocked;
  out.source_type = file?.type ?? 0;
  out.owner = owner ? userJson(state, owner, requester.user ? "user" : "anonymous") : null;
  out.created_at = rfc3339(share.createdAt);
  out.expired = shareState(state, store, share) !== "ok";
  out.url = shareUrl(origin, id, share.password);
  if (isOwner && share.password) out.is_private = true;
  if (opts.unlocked && share.password) out.password = share.password;
  if (isOwner && share.shareView) out.share_view = true;
  // Newer servers tell everyone, so the landing knows whether to show the README (omitempty when false).
  if (share.showReadme && newerLinks(state).on) out.show_readme = true;
  if (isOwner && opts.ownerExtended && file) {
    // The share root in the owner's "root" view, which names the owner: cloudreve://<uid>@my/...
    // (for a single-file share, its folder).
    const root = file.type === 0 ? file.parent : file;
    const path = root ? store.pathOf(root) : undefined;
    if (path) out.source_uri = buildUri("my", path, { id: encodeId(IdType.user, share.ownerId) });
  }
  return out;
}

export function shareUrl(origin: string, id: string, password: string): string {
  return password ? `${origin}/s/${id}/${password}` : `${origin}/s/${id}`;
}
