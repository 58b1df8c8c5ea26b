import type { AdminGroup } from "../../../api/queries/admin";
import { permissionBits, permissionString } from "./permissionBits";
import { GroupPerm } from "../../../lib/capabilities";

/**
 * The permission bits an admin can switch, in the order the form shows them. Bits this list leaves
 * out (the guest marker, bits a community server only reserves) are kept as they are on save.
 */
export const PERMISSIONS = [
  { bit: GroupPerm.IsAdmin, key: "admin" },
  { bit: GroupPerm.Share, key: "share" },
  { bit: GroupPerm.ShareDownload, key: "shareDownload" },
  { bit: GroupPerm.WebDAV, key: "webdav" },
  { bit: GroupPerm.WebDAVProxy, key: "webdavProxy" },
  { bit: GroupPerm.ArchiveDownload, key: "archiveDownload" },
  { bit: GroupPerm.ArchiveTask, key: "archiveTask" },
  { bit: GroupPerm.RemoteDownload, key: "remoteDownload" },
  { bit: GroupPerm.AdvanceDelete, key: "advanceDelete" },
] as const;

/** Groups 1–3 (administrators, users, guests) come with every install and cannot be deleted. */
export const isSystemGroup = (id: number | undefined) => id !== undefined && id <= 3;

export interface GroupForm {
  name: string;
  policy: string;
  maxStorage: string;
  speedLimit: string;
  bits: Set<number>;
  sourceBatch: string;
  aria2Batch: string;
  compressSize: string;
  decompressSize: string;
  maxWalkedFiles: string;
  trashRetention: string;
  redirectedSource: boolean;
  remoteOptions: string;
}

const num = (n: number | undefined) => String(n ?? 0);

export function formOf(g: AdminGroup | undefined, defaultPolicy: number | undefined): GroupForm {
  const s = g?.settings ?? {};
  return {
    name: g?.name ?? "",
    policy: String(g?.storage_policy_id ?? g?.edges?.storage_policies?.id ?? defaultPolicy ?? ""),
    maxStorage: num(g ? g.max_storage : 1024 ** 3),
    speedLimit: num(g?.speed_limit),
    bits: permissionBits(g ? g.permissions : permissionString([GroupPerm.Share, GroupPerm.ShareDownload])),
    sourceBatch: num(g ? s.source_batch : 10),
    aria2Batch: num(g ? s.aria2_batch : 1),
    compressSize: num(s.compress_size),
    decompressSize: num(s.decompress_size),
    maxWalkedFiles: num(g ? s.max_walked_files : 100000),
    trashRetention: num(g ? s.trash_retention : 604800),
    redirectedSource: g ? Boolean(s.redirected_source) : true,
    remoteOptions: s.remote_download_options && Object.keys(s.remote_download_options).length ? JSON.stringify(s.remote_download_options, null, 2) : "",
  };
}

const WHOLE = /^\d+$/;
const NUMBERS = ["maxStorage", "speedLimit", "sourceBatch", "aria2Batch", "compressSize", "decompressSize", "maxWalkedFiles", "trashRetention"] as const;

/** Problems per field (an i18n key under `groups.problem`), empty when the form can be saved. */
export function formProblems(f: GroupForm): Partial<Record<keyof GroupForm, string>> {
  const out: Partial<Record<keyof GroupForm, string>> = {};
  if (!f.name.trim()) out.name = "required";
  // Without a policy the server crashes on save (it reads the policy edge unconditionally).
  if (!f.policy) out.policy = "policy";
  for (const k of NUMBERS) if (!WHOLE.test(f[k].trim())) out[k] = "whole";
  if (!out.maxWalkedFiles && Number(f.maxWalkedFiles) < 1) out.maxWalkedFiles = "atLeastOne";
  if (f.remoteOptions.trim()) {
    try {
      const v = JSON.parse(f.remoteOptions) as unknown;
      if (!v || typeof v !== "object" || Array.isArray(v)) out.remoteOptions = "jsonObject";
    } catch {
      out.remoteOptions = "jsonObject";
    }
  }
  return out;
}

/** The whole group as the server wants it back: every field, unknown settings kept. */
export function groupOf(f: GroupForm, base: AdminGroup | undefined): AdminGroup {
  const n = (s: string) => Number(s.trim());
  const settings: Record<string, unknown> = { ...(base?.settings ?? {}) };
  const put = (k: string, v: number | boolean | object | undefined) => {
    if (v === undefined || v === 0 || v === false) delete settings[k];
    else settings[k] = v;
  };
  put("source_batch", n(f.sourceBatch));
  put("aria2_batch", n(f.aria2Batch));
  put("compress_size", n(f.compressSize));
  put("decompress_size", n(f.decompressSize));
  put("max_walked_files", n(f.maxWalkedFiles));
  put("trash_retention", n(f.trashRetention));
  put("redirected_source", f.redirectedSource);
  put("remote_download_options", f.remoteOptions.trim() ? (JSON.parse(f.remoteOptions) as object) : undefined);
  return {
    ...(base?.id ? { id: base.id } : {}),
    name: f.name.trim(),
    max_storage: n(f.maxStorage),
    speed_limit: n(f.speedLimit),
    permissions: permissionString(f.bits),
    settings,
    edges: { storage_policies: { id: Number(f.policy) } },
  };
}

export const sameForm = (a: GroupForm, b: GroupForm) =>
  JSON.stringify({ ...a, bits: [...a.bits].sort() }) === JSON.stringify({ ...b, bits: [...b.bits].sort() });
