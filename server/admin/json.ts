import { encodeBits } from "../core/boolset.ts";
import { encodeId, IdType } from "../core/ids.ts";
import type { State } from "../state/state.ts";
import type { Group, User } from "../state/types.ts";
import { ent } from "./http.ts";
import { adminOf, groupExtra, type Policy } from "./store.ts";

/** Admin API shapes of the stand-in's users, groups and policies (raw ent rows, relations under `edges`). */

const GROUP_SETTING_ORDER = [
  "compress_size",
  "decompress_size",
  "remote_download_options",
  "source_batch",
  "aria2_batch",
  "max_walked_files",
  "trash_retention",
  "redirected_source",
];

export function groupSettingsJson(state: State, group: Group): Record<string, unknown> {
  // The stand-in's own group fields are the truth for what its file routes enforce.
  const raw: Record<string, unknown> = { ...groupExtra(state, group.id).settings, source_batch: group.sourceBatch, trash_retention: group.trashRetention };
  const out: Record<string, unknown> = {};
  for (const k of GROUP_SETTING_ORDER) {
    const v = raw[k];
    if (v === undefined || v === null || v === 0 || v === false) continue;
    if (typeof v === "object" && Object.keys(v).length === 0) continue;
    out[k] = v;
  }
  return out;
}

export function groupJson(state: State, group: Group, opts: { policy?: boolean } = {}): Record<string, unknown> {
  const extra = groupExtra(state, group.id);
  const policy = extra.policyId !== undefined ? adminOf(state).policies.get(extra.policyId) : undefined;
  return ent({
    id: group.id,
    created_at: extra.createdAt,
    updated_at: extra.updatedAt,
    name: group.name,
    max_storage: group.maxStorage,
    speed_limit: extra.speedLimit,
    permissions: encodeBits(group.permission),
    settings: groupSettingsJson(state, group),
    storage_policy_id: extra.policyId,
    edges: opts.policy && policy ? { storage_policies: policyJson(state, policy) } : {},
  });
}

// Keys the real PolicySetting always writes, even when zero.
const ALWAYS = new Set(["token", "file_type", "s3_path_style", "native_media_processing"]);
export const POLICY_SETTING_KEYS: Record<string, "string" | "bool" | "int" | "float" | "strings"> = {
  token: "string",
  file_type: "strings",
  od_redirect: "string",
  custom_proxy: "bool",
  proxy_server: "string",
  internal_proxy: "bool",
  od_driver: "string",
  region: "string",
  server_side_endpoint: "string",
  chunk_size: "int",
  tps_limit: "float",
  tps_limit_burst: "int",
  s3_path_style: "bool",
  thumb_exts: "strings",
  thumb_support_all_exts: "bool",
  thumb_max_size: "int",
  relay: "bool",
  pre_allocate: "bool",
  media_meta_exts: "strings",
  media_meta_generator_proxy: "bool",
  thumb_generator_proxy: "bool",
  native_media_processing: "bool",
  s3_delete_batch_size: "int",
  stream_saver: "bool",
  use_cname: "bool",
  source_auth: "bool",
};

const zeroOf = { string: "", bool: false, int: 0, float: 0, strings: null } as const;

export function policySettingsJson(settings: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, kind] of Object.entries(POLICY_SETTING_KEYS)) {
    let v = settings[k];
    if (kind === "strings" && Array.isArray(v) && v.length === 0) v = null;
    const zero = v === undefined || v === null || v === zeroOf[kind];
    if (zero && !ALWAYS.has(k)) continue;
    out[k] = zero ? zeroOf[kind] : v;
  }
  return out;
}

/** Policy 1 is the stand-in's own upload mode: its type and chunk options are the live settings. */
export function livePolicy(state: State, p: Policy): Policy {
  if (p.id !== 1) return p;
  const s = state.settings;
  return { ...p, type: s.policyType, settings: { ...p.settings, chunk_size: s.chunkSize, pre_allocate: s.preAllocate } };
}

export function policyJson(state: State, policy: Policy, opts: { groups?: boolean; node?: boolean } = {}): Record<string, unknown> {
  const p = livePolicy(state, policy);
  const edges: Record<string, unknown> = {};
  if (opts.groups) {
    const users = [...state.groups.values()].filter((g) => groupExtra(state, g.id).policyId === p.id).sort((a, b) => a.id - b.id);
    if (users.length) edges.groups = users.map((g) => groupJson(state, g));
  }
  return ent({
    id: p.id,
    created_at: p.createdAt,
    updated_at: p.updatedAt,
    name: p.name,
    type: p.type,
    server: p.server,
    bucket_name: p.bucket_name,
    is_private: p.is_private,
    access_key: p.access_key,
    secret_key: p.secret_key,
    max_size: p.max_size,
    dir_name_rule: p.dir_name_rule,
    file_name_rule: p.file_name_rule,
    settings: policySettingsJson(p.settings),
    node_id: p.node_id,
    edges,
  });
}

export function userSettingJson(user: User): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (user.preferredTheme) out.preferred_theme = user.preferredTheme;
  if (user.versionRetention.enabled) out.version_retention = true;
  if (user.versionRetention.ext.length) out.version_retention_ext = user.versionRetention.ext;
  if (user.versionRetention.max) out.version_retention_max = user.versionRetention.max;
  if (user.pined.length) out.pined = user.pined;
  if (user.language) out.email_language = user.language;
  if (user.disableViewSync) out.disable_view_sync = true;
  return out;
}

export function userRowJson(state: State, user: User, edges: Record<string, unknown> = {}): Record<string, unknown> {
  return ent({
    id: user.id,
    created_at: user.createdAt,
    updated_at: adminOf(state).userUpdated.get(user.id) ?? user.createdAt,
    email: user.email,
    nick: user.nickname,
    status: user.status,
    storage: state.usedBytes(user.id),
    avatar: user.avatar,
    settings: userSettingJson(user),
    group_users: user.groupId,
    edges,
  });
}

/** `GetUserResponse`: the row with its group and passkeys, hash id, 2FA flag; capacity on single reads. */
export function userJson(state: State, user: User, opts: { capacity?: boolean } = {}): Record<string, unknown> {
  const group = state.groups.get(user.groupId);
  const edges: Record<string, unknown> = {};
  if (group) edges.group = groupJson(state, group);
  if (user.passkeys.length) {
    edges.passkey = user.passkeys.map((p, i) =>
      ent({
        id: i + 1,
        created_at: p.createdAt,
        updated_at: p.usedAt ?? p.createdAt,
        user_id: user.id,
        credential_id: p.credentialId,
        name: p.name,
        used_at: p.usedAt,
      }),
    );
  }
  const out: Record<string, unknown> = { ...userRowJson(state, user, edges), hash_id: encodeId(IdType.user, user.id) };
  if (user.twoFaSecret) out.two_fa_enabled = true;
  if (opts.capacity) out.capacity = { total: group?.maxStorage ?? 0, used: state.usedBytes(user.id) };
  return out;
}
