import type { AdminPolicyType } from "../../../api/queries/admin";

/**
 * Which policy field each provider uses, and how to edit it. The form for any policy type is built
 * from this table; keys under `settings.` live in the policy's settings object.
 */
export type PolicyFieldKind = "text" | "url" | "secret" | "bool" | "size" | "int" | "float" | "list" | "node";

export interface PolicyField {
  key: string;
  kind: PolicyFieldKind;
  section: "storage" | "uploads" | "downloads" | "media" | "provider";
  types: readonly AdminPolicyType[] | "all";
  /** Required for these types. */
  required?: readonly AdminPolicyType[];
}

export const POLICY_TYPES: AdminPolicyType[] = ["local", "remote", "s3", "oss", "cos", "obs", "onedrive", "qiniu", "upyun"];
/** Types with a form written for them; the others get the form this table builds, all the same. */
export const MAIN_TYPES: AdminPolicyType[] = ["local", "remote", "s3"];
/** Providers whose bucket the server can give a CORS rule. */
export const CORS_TYPES: AdminPolicyType[] = ["s3", "oss", "cos", "obs"];

const CLOUD: AdminPolicyType[] = ["s3", "oss", "cos", "obs", "qiniu", "upyun"];
const NOT_LOCAL: AdminPolicyType[] = ["remote", "s3", "oss", "cos", "obs", "onedrive", "qiniu", "upyun"];
const NATIVE_THUMBS: AdminPolicyType[] = ["remote", "oss", "cos", "obs", "onedrive", "qiniu", "upyun"];

export const POLICY_FIELDS: PolicyField[] = [
  { key: "node_id", kind: "node", section: "storage", types: ["remote"], required: ["remote"] },
  { key: "server", kind: "url", section: "storage", types: ["s3", "oss", "cos", "obs", "onedrive"], required: ["s3", "oss", "cos", "obs"] },
  { key: "settings.server_side_endpoint", kind: "url", section: "storage", types: ["oss"] },
  {
    key: "bucket_name",
    kind: "text",
    section: "storage",
    types: ["s3", "oss", "obs", "qiniu", "upyun", "onedrive"],
    required: ["s3", "oss", "obs", "qiniu", "upyun"],
  },
  { key: "settings.region", kind: "text", section: "storage", types: ["s3"], required: ["s3"] },
  { key: "settings.s3_path_style", kind: "bool", section: "storage", types: ["s3"] },
  { key: "settings.use_cname", kind: "bool", section: "storage", types: ["oss", "obs"] },
  { key: "is_private", kind: "bool", section: "storage", types: CLOUD },
  { key: "access_key", kind: "text", section: "storage", types: CLOUD, required: CLOUD },
  { key: "secret_key", kind: "secret", section: "storage", types: [...CLOUD, "onedrive"], required: CLOUD },
  { key: "settings.token", kind: "secret", section: "storage", types: ["upyun"] },
  { key: "settings.od_driver", kind: "text", section: "storage", types: ["onedrive"] },
  { key: "max_size", kind: "size", section: "uploads", types: "all" },
  { key: "settings.file_type", kind: "list", section: "uploads", types: "all" },
  { key: "settings.chunk_size", kind: "size", section: "uploads", types: ["local", "remote", "s3", "oss", "cos", "obs", "onedrive", "qiniu"] },
  { key: "settings.pre_allocate", kind: "bool", section: "uploads", types: ["local"] },
  { key: "settings.relay", kind: "bool", section: "uploads", types: [...CLOUD, "onedrive"] },
  { key: "dir_name_rule", kind: "text", section: "uploads", types: "all" },
  { key: "file_name_rule", kind: "text", section: "uploads", types: "all" },
  { key: "settings.internal_proxy", kind: "bool", section: "downloads", types: NOT_LOCAL },
  { key: "settings.custom_proxy", kind: "bool", section: "downloads", types: ["s3", "oss", "cos", "obs"] },
  { key: "settings.proxy_server", kind: "url", section: "downloads", types: CLOUD },
  { key: "settings.source_auth", kind: "bool", section: "downloads", types: ["cos"] },
  { key: "settings.stream_saver", kind: "bool", section: "downloads", types: ["onedrive"] },
  { key: "settings.thumb_support_all_exts", kind: "bool", section: "media", types: NATIVE_THUMBS },
  { key: "settings.thumb_exts", kind: "list", section: "media", types: NATIVE_THUMBS },
  { key: "settings.thumb_max_size", kind: "size", section: "media", types: NATIVE_THUMBS },
  { key: "settings.media_meta_exts", kind: "list", section: "media", types: ["remote", "oss", "cos", "obs", "qiniu", "upyun"] },
  { key: "settings.native_media_processing", kind: "bool", section: "media", types: ["oss", "cos", "obs", "qiniu", "upyun"] },
  { key: "settings.thumb_generator_proxy", kind: "bool", section: "media", types: NOT_LOCAL },
  { key: "settings.media_meta_generator_proxy", kind: "bool", section: "media", types: NOT_LOCAL },
  { key: "settings.s3_delete_batch_size", kind: "int", section: "provider", types: ["s3"] },
  { key: "settings.tps_limit", kind: "float", section: "provider", types: ["onedrive"] },
  { key: "settings.tps_limit_burst", kind: "int", section: "provider", types: ["onedrive"] },
];

export const SECTIONS = ["storage", "uploads", "downloads", "media", "provider"] as const;

export const fieldsFor = (type: AdminPolicyType) => POLICY_FIELDS.filter((f) => f.types === "all" || f.types.includes(type));

/** The i18n key part of a field: `settings.region` → `region`. */
export const fieldName = (key: string) => key.replace(/^settings\./, "");
