import type { State } from "../state/state.ts";
import { GROUP_ADMIN, GROUP_ANONYMOUS, GROUP_READONLY, GROUP_USER } from "../state/seedUsers.ts";
import { defaultSettingRows } from "./settingKeys.ts";

/** `GroupSetting` as the admin API reads and writes it (every key optional). */
export interface GroupSettings {
  compress_size?: number;
  decompress_size?: number;
  remote_download_options?: Record<string, unknown>;
  source_batch?: number;
  aria2_batch?: number;
  max_walked_files?: number;
  trash_retention?: number;
  redirected_source?: boolean;
}

/** What the stand-in's groups lack for the admin API. */
export interface GroupExtra {
  speedLimit: number;
  settings: GroupSettings;
  /** The anonymous group has none, as on a fresh install. */
  policyId?: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface Policy {
  id: number;
  name: string;
  type: string;
  server: string;
  bucket_name: string;
  is_private: boolean;
  access_key: string;
  secret_key: string;
  max_size: number;
  dir_name_rule: string;
  file_name_rule: string;
  settings: Record<string, unknown>;
  node_id: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface Summary {
  data: Record<string, unknown>;
  expires: number;
}

/** Admin-only state of one stand-in, kept beside the shared state rather than inside it. */
export interface AdminStore {
  settings: Map<string, string>;
  groups: Map<number, GroupExtra>;
  /** Group and policy ids are never reused (the real server soft-deletes those rows). */
  nextGroupId: number;
  policies: Map<number, Policy>;
  nextPolicyId: number;
  userUpdated: Map<number, Date>;
  /** Storage policy each blob was written under, stamped before anything changes which policy applies. */
  entityPolicy: Map<number, number>;
  summary?: Summary;
}

const stores = new WeakMap<State, AdminStore>();

export const LOCAL_DIR_RULE = "/data/uploads/{uid}/{path}";

function defaultPolicy(state: State, at: Date): Policy {
  return {
    id: 1,
    name: "Default storage policy",
    type: "local",
    server: "",
    bucket_name: "",
    is_private: false,
    access_key: "",
    secret_key: "",
    max_size: 0,
    dir_name_rule: LOCAL_DIR_RULE,
    file_name_rule: "{uid}_{randomkey8}_{originname}",
    settings: {
      token: "",
      file_type: null,
      chunk_size: state.settings.chunkSize,
      s3_path_style: false,
      pre_allocate: state.settings.preAllocate,
      native_media_processing: false,
    },
    node_id: 0,
    createdAt: at,
    updatedAt: at,
  };
}

function defaultGroupExtra(id: number, at: Date): GroupExtra {
  const common = { max_walked_files: 100000, redirected_source: true };
  const settings: GroupSettings =
    id === GROUP_ADMIN
      ? { source_batch: 1000, aria2_batch: 50, ...common, trash_retention: 604800 }
      : id === GROUP_USER
        ? { source_batch: 10, aria2_batch: 1, ...common, trash_retention: 604800 }
        : common;
  return { speedLimit: 0, settings, policyId: id === GROUP_ANONYMOUS ? undefined : 1, createdAt: at, updatedAt: at };
}

export function adminOf(state: State): AdminStore {
  let store = stores.get(state);
  if (store) return store;
  const at = new Date();
  store = {
    settings: defaultSettingRows(),
    groups: new Map(),
    nextGroupId: Math.max(GROUP_READONLY, ...state.groups.keys()) + 1,
    policies: new Map([[1, defaultPolicy(state, at)]]),
    nextPolicyId: 2,
    userUpdated: new Map(),
    entityPolicy: new Map(),
  };
  for (const id of state.groups.keys()) store.groups.set(id, defaultGroupExtra(id, at));
  stores.set(state, store);
  return store;
}

/** The extra fields of a group, made on first use for groups added elsewhere (tests). */
export function groupExtra(state: State, id: number): GroupExtra {
  const store = adminOf(state);
  let extra = store.groups.get(id);
  if (!extra) store.groups.set(id, (extra = defaultGroupExtra(id, new Date())));
  return extra;
}
