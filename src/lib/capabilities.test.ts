import { describe, expect, it } from "vitest";
import { decodeBoolset } from "./boolset";
import {
  DEFAULT_GROUP_PERMS,
  DEFAULT_NAV_CAPS,
  GroupPerm,
  NavCap,
  hasGroupPerm,
  hasNavCap,
  navCapNames,
  type GroupPermName,
  type NavCapName,
} from "./capabilities";

// The capabilities of each file system on a fresh community server, written out by name.
const NAV_TABLE: Record<keyof typeof DEFAULT_NAV_CAPS, NavCapName[]> = {
  my: [
    "CreateFile",
    "RenameFile",
    "UploadFile",
    "DownloadFile",
    "UpdateMetadata",
    "ListChildren",
    "GenerateThumb",
    "DeleteFile",
    "LockFile",
    "SoftDelete",
    "Share",
    "Info",
    "VersionControl",
    "EnterFolder",
    "ModifyProps",
  ],
  share: ["DownloadFile", "ListChildren", "GenerateThumb", "LockFile", "Info", "VersionControl", "EnterFolder", "ModifyProps"],
  trash: ["ListChildren", "DeleteFile", "LockFile", "Restore", "Info"],
  shared_with_me: ["DownloadFile", "ListChildren", "EnterFolder"],
};

// The install-default permissions of each group.
const GROUP_TABLE: Record<keyof typeof DEFAULT_GROUP_PERMS, GroupPermName[]> = {
  admin: [
    "IsAdmin",
    "Share",
    "WebDAV",
    "ArchiveDownload",
    "ArchiveTask",
    "WebDAVProxy",
    "ShareDownload",
    "RemoteDownload",
    "RedirectedSource",
    "AdvanceDelete",
    "IgnoreFileOwnership",
  ],
  user: ["Share", "ShareDownload", "RedirectedSource"],
  anonymous: ["IsAnonymous", "ShareDownload"],
};

const sorted = (bits: Iterable<number>) => [...bits].sort((a, b) => a - b);

describe("default navigator capabilities", () => {
  it.each(Object.entries(NAV_TABLE))("%s decodes to exactly the contract column", (fs, names) => {
    const b64 = DEFAULT_NAV_CAPS[fs as keyof typeof DEFAULT_NAV_CAPS];
    expect(sorted(decodeBoolset(b64))).toEqual(sorted(names.map((n) => NavCap[n])));
    expect(navCapNames(b64)).toEqual(names);
  });
});

describe("default group permissions", () => {
  it.each(Object.entries(GROUP_TABLE))("%s decodes to exactly the contract column", (group, names) => {
    const b64 = DEFAULT_GROUP_PERMS[group as keyof typeof DEFAULT_GROUP_PERMS];
    expect(sorted(decodeBoolset(b64))).toEqual(sorted(names.map((n) => GroupPerm[n])));
  });
});

describe("capability checks", () => {
  it('lets the owner rename in "my" but not in a share or the trash', () => {
    expect(hasNavCap(DEFAULT_NAV_CAPS.my, NavCap.RenameFile)).toBe(true);
    expect(hasNavCap(DEFAULT_NAV_CAPS.share, NavCap.RenameFile)).toBe(false);
    expect(hasNavCap(DEFAULT_NAV_CAPS.trash, NavCap.RenameFile)).toBe(false);
  });

  it("allows restoring only in the trash", () => {
    expect(hasNavCap(DEFAULT_NAV_CAPS.trash, NavCap.Restore)).toBe(true);
    expect(hasNavCap(DEFAULT_NAV_CAPS.my, NavCap.Restore)).toBe(false);
  });

  it("denies everything when the capability is missing", () => {
    expect(hasNavCap(undefined, NavCap.ListChildren)).toBe(false);
    expect(navCapNames("")).toEqual([]);
  });

  it("tells admins, users and guests apart by group permission", () => {
    expect(hasGroupPerm(DEFAULT_GROUP_PERMS.admin, GroupPerm.IsAdmin)).toBe(true);
    expect(hasGroupPerm(DEFAULT_GROUP_PERMS.user, GroupPerm.IsAdmin)).toBe(false);
    expect(hasGroupPerm(DEFAULT_GROUP_PERMS.user, GroupPerm.Share)).toBe(true);
    expect(hasGroupPerm(DEFAULT_GROUP_PERMS.anonymous, GroupPerm.IsAnonymous)).toBe(true);
    expect(hasGroupPerm(DEFAULT_GROUP_PERMS.anonymous, GroupPerm.Share)).toBe(false);
  });

  it("omits Pro placeholder bits from the capability names", () => {
    // 39/9 is the Pro "my" set; bits 2-4, 11, 12, 21 and 22 have no community name.
    expect(navCapNames("39/9")).toEqual([
      "CreateFile",
      "RenameFile",
      "UploadFile",
      "DownloadFile",
      "UpdateMetadata",
      "ListChildren",
      "GenerateThumb",
      "DeleteFile",
      "LockFile",
      "SoftDelete",
      "Share",
      "Info",
      "VersionControl",
      "EnterFolder",
    ]);
  });
});
