import { describe, expect, it } from "vitest";
import { encodeBoolset } from "../../../lib/boolset";
import { DEFAULT_GROUP_PERMS, DEFAULT_NAV_CAPS, GroupPerm, NavCap } from "../../../lib/capabilities";
import type { FileResponse } from "../../../api/queries/files";
import type { FsType } from "../../../lib/uri";
import { ACTIONS, enabledActions } from "./registry";
import type { ActionState } from "./types";

// The enablement matrix: file system × group × selection. Capabilities and permissions are the
// community server's defaults (docs/server-behaviour.md, "Capabilities and permissions") plus the stand-in's read-only group.
const READONLY_MY = encodeBoolset([7, 9, 10, 19, 23]);
const GROUPS = {
  user: { perm: DEFAULT_GROUP_PERMS.user, loggedIn: true, batch: 10 },
  admin: { perm: DEFAULT_GROUP_PERMS.admin, loggedIn: true, batch: 1000 },
  anonymous: { perm: DEFAULT_GROUP_PERMS.anonymous, loggedIn: false, batch: 0 },
  readonly: { perm: encodeBoolset([7]), loggedIn: true, batch: 0 },
} as const;
type GroupName = keyof typeof GROUPS;
type Sel = "file" | "folder" | "multi";

function capFor(fs: FsType, group: GroupName) {
  return fs === "my" && group === "readonly" ? READONLY_MY : DEFAULT_NAV_CAPS[fs];
}

function item(type: 0 | 1, name: string, capability: string, owned: boolean): FileResponse {
  return { type, id: name, name, created_at: "", updated_at: "", size: 0, metadata: {}, path: `cloudreve://my/${name}`, capability, owned };
}

function state(fs: FsType, group: GroupName, sel: Sel): ActionState {
  const g = GROUPS[group];
  const capability = capFor(fs, group);
  // Visitors of a share own nothing; anonymous callers own nothing anywhere.
  const owned = g.loggedIn && fs !== "share";
  const file = item(0, "a.txt", capability, owned);
  const folder = item(1, "b", capability, owned);
  const targets = sel === "file" ? [file] : sel === "folder" ? [folder] : [file, folder];
  return {
    fs,
    folderCapability: capability,
    folderOwned: owned && fs !== "trash",
    isRoot: false,
    isSearch: false,
    singleFileView: false,
    groupPermission: g.perm,
    loggedIn: g.loggedIn,
    directLinkBatch: g.batch,
    targets,
    count: targets.length,
    symbolicAll: false,
    hasItems: true,
    canUndo: false,
    layout: "list",
  };
}

const FILE_ACTIONS = [
  "open",
  "download",
  "rename",
  "move",
  "copy",
  "directLink",
  "pin",
  "restore",
  "trash",
  "deleteForever",
  "info",
  "newFolder",
  "newFile",
  "newDocument",
];
const enabled = (s: ActionState) =>
  enabledActions(s)
    .map((a) => a.id)
    .filter((id) => FILE_ACTIONS.includes(id))
    .sort()
    .join(" ");

const set = (ids: string) => ids.split(" ").filter(Boolean).sort().join(" ");

const MY_USER_FILE = "open download rename move copy directLink trash deleteForever info newFolder newFile newDocument";
// Folders and several items download as a zip or, without archive downloads, one file at a time.
// A folder's direct links are links to the files inside it.
const MY_USER_FOLDER = "open download rename move copy directLink pin trash deleteForever info newFolder newFile newDocument";
const TRASH = "move restore deleteForever info";

const MATRIX: Record<FsType, Record<GroupName, Record<Sel, string>>> = {
  my: {
    user: { file: MY_USER_FILE, folder: MY_USER_FOLDER, multi: "download move copy directLink trash deleteForever newFolder newFile newDocument" },
    admin: { file: MY_USER_FILE, folder: MY_USER_FOLDER, multi: "download move copy directLink trash deleteForever newFolder newFile newDocument" },
    anonymous: { file: "open download info", folder: "open download info", multi: "download" },
    readonly: { file: "open download info", folder: "open download pin info", multi: "download" },
  },
  trash: {
    user: { file: TRASH, folder: TRASH, multi: "move restore deleteForever" },
    admin: { file: TRASH, folder: TRASH, multi: "move restore deleteForever" },
    anonymous: { file: "info", folder: "info", multi: "" },
    readonly: { file: TRASH, folder: TRASH, multi: "move restore deleteForever" },
  },
  share: {
    user: { file: "open download info", folder: "open download pin info", multi: "download" },
    admin: { file: "open download directLink info", folder: "open download pin info", multi: "download" },
    anonymous: { file: "open download info", folder: "open download info", multi: "download" },
    readonly: { file: "open download info", folder: "open download pin info", multi: "download" },
  },
  shared_with_me: {
    user: { file: "open download directLink", folder: "open download pin", multi: "download" },
    admin: { file: "open download directLink", folder: "open download pin", multi: "download" },
    anonymous: { file: "open download", folder: "open download", multi: "download" },
    readonly: { file: "open download", folder: "open download pin", multi: "download" },
  },
};

describe("action enablement matrix", () => {
  for (const fs of Object.keys(MATRIX) as FsType[]) {
    for (const group of Object.keys(GROUPS) as GroupName[]) {
      for (const sel of ["file", "folder", "multi"] as Sel[]) {
        it(`${fs} × ${group} × ${sel}`, () => {
          expect(enabled(state(fs, group, sel))).toBe(set(MATRIX[fs][group][sel]));
        });
      }
    }
  }

  it("never enables a write for the read-only group or anonymous visitors outside the trash", () => {
    const writes = ["rename", "move", "copy", "trash", "deleteForever", "restore", "newFolder", "newFile", "newDocument"];
    for (const fs of ["my", "share", "shared_with_me"] as FsType[]) {
      for (const group of ["readonly", "anonymous"] as GroupName[]) {
        for (const sel of ["file", "folder", "multi"] as Sel[]) {
          const ids = enabledActions(state(fs, group, sel)).map((a) => a.id);
          expect(
            ids.filter((id) => writes.includes(id)),
            `${fs} ${group} ${sel}`,
          ).toEqual([]);
        }
      }
    }
  });

  it("keeps writes off for uploads in progress", () => {
    const s = state("my", "user", "file");
    const uploading = { ...s.targets[0]!, metadata: { "sys:upload_session_id": "x" } };
    const ids = enabledActions({ ...s, targets: [uploading] }).map((a) => a.id);
    expect(ids).not.toContain("rename");
    expect(ids).not.toContain("open");
    expect(ids).not.toContain("trash");
  });

  it("creates nothing inside search results or a folder the user does not own", () => {
    const s = state("my", "user", "file");
    expect(enabledActions({ ...s, isSearch: true }).map((a) => a.id)).not.toContain("newFolder");
    expect(enabledActions({ ...s, folderOwned: false }).map((a) => a.id)).not.toContain("newFolder");
  });

  it("limits direct links to the group's batch size", () => {
    const s = state("my", "user", "file");
    expect(enabledActions({ ...s, directLinkBatch: 0 }).map((a) => a.id)).not.toContain("directLink");
    const many = Array.from({ length: 11 }, (_, i) => ({ ...s.targets[0]!, id: String(i) }));
    expect(enabledActions({ ...s, targets: many, count: 11 }).map((a) => a.id)).not.toContain("directLink");
    // Folders are walked and linked up to the batch size; the dialog says when there were more.
    const folders = many.map((f) => ({ ...f, type: 1 as const }));
    expect(enabledActions({ ...s, targets: folders, count: 11 }).map((a) => a.id)).toContain("directLink");
  });

  it("gives every action a unique id, a label and unique hotkeys within each enabled state", () => {
    expect(new Set(ACTIONS.map((a) => a.id)).size).toBe(ACTIONS.length);
    for (const a of ACTIONS) expect(a.labelKey).toMatch(/^actions\./);
  });

  // Bit by bit: clearing one capability of "my" (docs/server-behaviour.md, "Capabilities and permissions") turns off exactly the actions that
  // need it, and nothing else, whether it is missing from the files' sets or the folder's.
  const MY_BITS = [0, 1, 6, 7, 8, 9, 10, 14, 15, 16, 18, 19, 20, 23, 24];
  const withoutBit = (bit: number) => encodeBoolset(MY_BITS.filter((b) => b !== bit));
  const CAP_GATES: [string, number, Sel, string[]][] = [
    ["CreateFile", NavCap.CreateFile, "file", ["copy", "newFolder", "newFile", "newDocument"]],
    ["RenameFile", NavCap.RenameFile, "file", ["rename"]],
    ["DownloadFile", NavCap.DownloadFile, "file", ["open", "download", "directLink"]],
    ["DeleteFile", NavCap.DeleteFile, "file", ["deleteForever"]],
    ["LockFile", NavCap.LockFile, "file", ["move", "copy", "newFolder", "newFile", "newDocument"]],
    ["SoftDelete", NavCap.SoftDelete, "file", ["trash"]],
    ["Info", NavCap.Info, "file", ["info"]],
    ["EnterFolder", NavCap.EnterFolder, "folder", ["open"]],
    ["UploadFile", NavCap.UploadFile, "file", []],
    ["Share", NavCap.Share, "file", []],
  ];
  for (const [name, bit, sel, gone] of CAP_GATES) {
    it(`my × user × ${sel} without capability ${name}`, () => {
      const base = state("my", "user", sel);
      const cap = withoutBit(bit);
      const s: ActionState = { ...base, folderCapability: cap, targets: base.targets.map((f) => ({ ...f, capability: cap })) };
      const expected = (sel === "file" ? MY_USER_FILE : MY_USER_FOLDER).split(" ").filter((id) => !gone.includes(id));
      expect(enabled(s)).toBe(set(expected.join(" ")));
    });
  }

  it("restores from the trash only when every item may be restored", () => {
    const s = state("trash", "user", "multi");
    const noRestore = encodeBoolset([9, 14, 15, 19]);
    const mixed = { ...s, targets: [s.targets[0]!, { ...s.targets[1]!, capability: noRestore }] };
    expect(enabled(mixed)).not.toContain("restore");
    expect(enabled(s)).toContain("restore");
  });

  // Group bits: direct links of files the user does not own need IsAdmin. (ArchiveDownload only
  // chooses between one zip and separate downloads; downloading stays available either way.)
  const GROUP_GATES: [string, number, FsType, Sel, string][] = [["IsAdmin", GroupPerm.IsAdmin, "share", "file", "directLink"]];
  for (const [name, bit, fs, sel, action] of GROUP_GATES) {
    it(`${fs} × ${sel}: ${action} follows the group bit ${name}`, () => {
      const s = state(fs, "user", sel);
      const batch = { directLinkBatch: 10 };
      expect(enabled({ ...s, ...batch, groupPermission: encodeBoolset([2, 7, 11]) })).not.toContain(action);
      expect(enabled({ ...s, ...batch, groupPermission: encodeBoolset([2, 7, 11, bit]) })).toContain(action);
    });
  }
});
