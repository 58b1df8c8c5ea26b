// Names for the capability and permission boolsets of a community-edition server
// (docs/server-behaviour.md, "Capabilities and permissions"). Bits the community build only
// reserves for Pro features are deliberately left out, so nothing can be enabled by them.
import { boolsetHas, decodeBoolset } from "./boolset";
import type { FsType } from "./uri";

/** File-system (navigator) capabilities, from `FileResponse.capability` / `props.capability`. */
export const NavCap = {
  CreateFile: 0,
  RenameFile: 1,
  UploadFile: 6,
  DownloadFile: 7,
  UpdateMetadata: 8,
  ListChildren: 9,
  GenerateThumb: 10,
  DeleteFile: 14,
  LockFile: 15,
  SoftDelete: 16,
  Restore: 17,
  Share: 18,
  Info: 19,
  VersionControl: 20,
  EnterFolder: 23,
  ModifyProps: 24,
} as const;
export type NavCapName = keyof typeof NavCap;
export type NavCap = (typeof NavCap)[NavCapName];

/** Group permissions, from `User.group.permission`. */
export const GroupPerm = {
  IsAdmin: 0,
  IsAnonymous: 1,
  Share: 2,
  WebDAV: 3,
  ArchiveDownload: 4,
  ArchiveTask: 5,
  WebDAVProxy: 6,
  ShareDownload: 7,
  RemoteDownload: 9,
  RedirectedSource: 11,
  AdvanceDelete: 12,
  IgnoreFileOwnership: 16,
} as const;
export type GroupPermName = keyof typeof GroupPerm;
export type GroupPerm = (typeof GroupPerm)[GroupPermName];

export function hasNavCap(b64: string | null | undefined, cap: NavCap): boolean {
  return boolsetHas(b64, cap);
}

export function hasGroupPerm(b64: string | null | undefined, perm: GroupPerm): boolean {
  return boolsetHas(b64, perm);
}

const NAV_CAP_BY_BIT = new Map<number, NavCapName>((Object.entries(NavCap) as [NavCapName, NavCap][]).map(([name, bit]) => [bit, name]));

/** Names of the known capabilities in a boolset, in bit order (for debugging and tests). */
export function navCapNames(b64: string | null | undefined): NavCapName[] {
  return [...decodeBoolset(b64)].flatMap((bit) => NAV_CAP_BY_BIT.get(bit) ?? []);
}

/** What a community server grants in each file system (the same for every visitor). */
export const DEFAULT_NAV_CAPS: Readonly<Record<FsType, string>> = {
  my: "w8edAQ==",
  share: "gIaYAQ==",
  trash: "AMIK",
  shared_with_me: "gAKA",
};

/** The permissions of the three groups a fresh community install creates. */
export const DEFAULT_GROUP_PERMS = {
  admin: "/RoB",
  user: "hAg=",
  anonymous: "gg==",
} as const;
