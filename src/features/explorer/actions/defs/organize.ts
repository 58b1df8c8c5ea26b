// Explorer actions for renaming, moving, sharing and the background tasks that write files.
// Part of the list in ../registry.ts (which sets their order); their keys are bound in ../keymap.ts.
import { canCreateArchive, canDownloadTorrent, canExtractArchive } from "../../../tasks";
import { NavCap } from "../../../../lib/capabilities";
import { openFileShares, openShareDialog } from "../../../shares";
import { dialogs } from "../../dialogs";
import { allCap, allOwned, canCopy, canDirectLink, canMove, canShare, none, noneUploading, one, onlyFolder, some } from "../rules";
import type { ActionDef } from "../types";
import { first } from "./first";
import { menuIcon } from "../menuIcon";
import { knownServerFeatures } from "../../../../api/queries/serverFeatures";

// Menus are built synchronously: ask the server's version as soon as the explorer's actions load,
// so "Manage direct links" is known by the first right-click.
knownServerFeatures();

export const ORGANIZE_ACTIONS: readonly ActionDef[] = [
  {
    id: "rename",
    labelKey: "actions.rename",
    icon: menuIcon("DriveFileRenameOutlineOutlined"),
    group: "edit",
    selection: true,
    toolbar: true,
    isEnabled: (s) => one(s) && allOwned(s) && allCap(s, NavCap.RenameFile) && noneUploading(s),
    run: async (ctx) => {
      const f = await first(ctx);
      if (!f) return;
      if (ctx.via === "hotkey") ctx.ops.renameInline(f);
      else await ctx.ops.rename(f);
    },
  },
  {
    id: "move",
    labelKey: "actions.move",
    icon: menuIcon("DriveFileMoveOutlined"),
    group: "organize",
    selection: true,
    toolbar: true,
    isEnabled: canMove,
    run: async (ctx) => ctx.ops.moveOrCopy(await ctx.ops.resolveTargets(), false),
  },
  {
    id: "copy",
    labelKey: "actions.copy",
    icon: menuIcon("FileCopyOutlined"),
    group: "organize",
    selection: true,
    toolbar: true,
    isEnabled: canCopy,
    run: async (ctx) => ctx.ops.moveOrCopy(await ctx.ops.resolveTargets(), true),
  },
  {
    id: "directLink",
    labelKey: "actions.directLink",
    icon: menuIcon("LinkOutlined"),
    group: "organize",
    selection: true,
    isEnabled: canDirectLink,
    run: async (ctx) => ctx.ops.directLinks(await ctx.ops.resolveTargets()),
  },
  {
    // Newer servers list a file's links; the 4.0 community server cannot (docs/server-behaviour.md, "Direct links").
    id: "manageDirectLinks",
    labelKey: "actions.manageDirectLinks",
    icon: menuIcon("LinkOutlined"),
    group: "organize",
    selection: true,
    // Asked first, so the server's answer is in before a file is picked.
    isEnabled: (s) => knownServerFeatures().manageDirectLinks && s.fs === "my" && one(s) && allOwned(s) && s.targets[0]!.type === 0,
    run: async (ctx) => {
      const f = await first(ctx);
      if (f?.path) await dialogs.manageLinks({ uri: f.path, name: f.name });
    },
  },
  {
    id: "share",
    labelKey: "actions.share",
    icon: menuIcon("ShareOutlined"),
    group: "organize",
    selection: true,
    toolbar: true,
    isEnabled: canShare,
    run: async (ctx) => {
      const f = await first(ctx);
      if (!f?.path) return;
      await openShareDialog({ uri: f.path, name: f.name, isFolder: f.type === 1 });
    },
  },
  {
    // Only items that have links: the listing marks them (`shared`, owner's listings only).
    id: "manageShares",
    labelKey: "actions.manageShares",
    // The Share icon again: it is about the same links, and another icon would weigh on the first load.
    icon: menuIcon("ShareOutlined"),
    group: "organize",
    selection: true,
    isEnabled: (s) => s.fs === "my" && one(s) && allOwned(s) && Boolean(s.targets[0]!.shared),
    run: async (ctx) => {
      const f = await first(ctx);
      if (!f?.path) return;
      await openFileShares({ uri: f.path, name: f.name, isFolder: f.type === 1 });
    },
  },
  {
    id: "compress",
    labelKey: "actions.compress",
    icon: menuIcon("ArchiveOutlined"),
    group: "organize",
    selection: true,
    writes: true,
    isEnabled: (s) =>
      s.loggedIn &&
      some(s) &&
      !s.symbolicAll &&
      noneUploading(s) &&
      canCreateArchive({ groupPermission: s.groupPermission, files: s.targets, folderCapability: s.folderCapability }),
    run: async (ctx) => ctx.ops.compress(await ctx.ops.resolveTargets()),
  },
  {
    id: "extract",
    labelKey: "actions.extract",
    icon: menuIcon("UnarchiveOutlined"),
    group: "organize",
    selection: true,
    writes: true,
    isEnabled: (s) => s.loggedIn && canExtractArchive({ groupPermission: s.groupPermission, files: s.targets, folderCapability: s.folderCapability }),
    run: async (ctx) => {
      const f = await first(ctx);
      if (f) await ctx.ops.extract(f);
    },
  },
  {
    id: "downloadTorrent",
    labelKey: "actions.downloadTorrent",
    icon: menuIcon("CloudDownloadOutlined"),
    group: "organize",
    selection: true,
    writes: true,
    isEnabled: (s) => s.loggedIn && canDownloadTorrent({ groupPermission: s.groupPermission, files: s.targets, folderCapability: s.folderCapability }),
    run: async (ctx) => {
      const f = await first(ctx);
      if (f) await ctx.ops.downloadTorrent(f);
    },
  },
  {
    id: "versions",
    labelKey: "actions.versions",
    icon: menuIcon("HistoryOutlined"),
    group: "organize",
    selection: true,
    // One file the owner keeps versions of (capability 20; share visitors see none).
    isEnabled: (s) => one(s) && s.targets[0]!.type === 0 && allOwned(s) && allCap(s, NavCap.VersionControl) && noneUploading(s),
    run: async (ctx) => {
      const f = await first(ctx);
      if (f?.path) await dialogs.versions({ uri: f.path, name: f.name, canManage: Boolean(f.owned), open: (version) => void ctx.ops.openVersion(f, version) });
    },
  },
  {
    id: "pin",
    labelKey: "actions.pin",
    icon: menuIcon("PushPinOutlined"),
    group: "organize",
    selection: true,
    folder: true,
    // A folder, or the current folder / search when nothing is selected (any URI can be pinned).
    isEnabled: (s) => s.loggedIn && s.fs !== "trash" && (onlyFolder(s) || (none(s) && !(s.isRoot && !s.isSearch))),
    run: async (ctx) => ctx.ops.pin(ctx.count === 0 ? undefined : await first(ctx)),
  },
];
