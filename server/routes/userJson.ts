import { encodeBits } from "../core/boolset.ts";
import { encodeId, IdType } from "../core/ids.ts";
import type { State } from "../state/state.ts";
import type { Group, User } from "../state/types.ts";

/**
 * How much of a user the caller may see (docs/server-behaviour.md, "Users and settings"): "full" is the caller's own record,
 * "user" is what signed-in callers see of others (adds the e-mail), "anonymous" the public view.
 */
export type UserLevel = "full" | "user" | "anonymous";

export interface GroupJson {
  id: string;
  name: string;
  permission?: string;
  direct_link_batch_size?: number;
  trash_retention?: number;
}

export interface UserJson {
  id: string;
  email?: string;
  nickname: string;
  status?: string;
  avatar?: string;
  created_at: string;
  preferred_theme?: string;
  anonymous?: boolean;
  group?: GroupJson;
  pined?: { uri: string; name?: string }[];
  language?: string;
  disable_view_sync?: boolean;
}

export const ZERO_TIME = "0001-01-01T00:00:00Z";

export function groupJson(group: Group, redacted = false): GroupJson {
  const out: GroupJson = { id: encodeId(IdType.group, group.id), name: group.name };
  if (redacted) return out;
  const permission = encodeBits(group.permission);
  if (permission) out.permission = permission;
  if (group.sourceBatch) out.direct_link_batch_size = group.sourceBatch;
  if (group.trashRetention) out.trash_retention = group.trashRetention;
  return out;
}

/**
 * Serialises a user like BuildUser / BuildUserRedacted. `withGroup: false` mimics responses where
 * the server has not loaded the group edge (sign-up).
 */
export function userJson(state: State, user: User, level: UserLevel, opts: { withGroup?: boolean } = {}): UserJson {
  const out: UserJson = { id: encodeId(IdType.user, user.id), nickname: user.nickname, created_at: user.createdAt.toISOString() };
  if (level !== "anonymous") out.email = user.email;
  if (user.avatar) out.avatar = user.avatar;
  const withGroup = opts.withGroup ?? true;
  if (level !== "full") {
    if (withGroup) out.group = groupJson(state.groupOf(user), true);
    return reorder(out);
  }
  out.status = user.status;
  if (user.preferredTheme) out.preferred_theme = user.preferredTheme;
  if (withGroup) out.group = groupJson(state.groupOf(user));
  if (user.pined.length > 0) out.pined = user.pined.map((p) => (p.name ? { uri: p.uri, name: p.name } : { uri: p.uri }));
  if (user.language) out.language = user.language;
  if (user.disableViewSync) out.disable_view_sync = true;
  return reorder(out);
}

/** The caller when nobody is signed in, as `/site/config/basic` reports it. */
export function anonymousUserJson(state: State): UserJson {
  return { id: "", nickname: "", created_at: ZERO_TIME, anonymous: true, group: groupJson(state.anonymousGroup()) };
}

// Field order of the Go struct, so responses diff cleanly against a real server's.
const ORDER: (keyof UserJson)[] = [
  "id",
  "email",
  "nickname",
  "status",
  "avatar",
  "created_at",
  "preferred_theme",
  "anonymous",
  "group",
  "pined",
  "language",
  "disable_view_sync",
];

function reorder(u: UserJson): UserJson {
  const out: Record<string, unknown> = {};
  for (const k of ORDER) if (u[k] !== undefined) out[k] = u[k];
  return out as unknown as UserJson;
}
