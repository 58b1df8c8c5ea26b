// Explorer actions for opening, downloading and creating.
// Part of the list in ../registry.ts (which sets their order); their keys are bound in ../keymap.ts.
import NewFolderIcon from "@mui/icons-material/CreateNewFolderOutlined";
import NewFileIcon from "@mui/icons-material/NoteAddOutlined";
import NewDocumentIcon from "@mui/icons-material/PostAddOutlined";
import { canCreateHere, canDownload, canOpen, one } from "../rules";
import type { ActionDef } from "../types";
import { first } from "./first";
import { menuIcon } from "../menuIcon";

export const OPEN_ACTIONS: readonly ActionDef[] = [
  {
    id: "open",
    labelKey: "actions.open",
    icon: menuIcon("OpenInNewOutlined"),
    group: "open",
    selection: true,
    toolbar: true,
    isEnabled: canOpen,
    run: async (ctx) => {
      const f = await first(ctx);
      if (f) await ctx.ops.open(f);
    },
  },
  {
    id: "openWith",
    labelKey: "actions.openWith",
    icon: menuIcon("AppsOutlined"),
    group: "open",
    selection: true,
    isEnabled: (s) => canOpen(s) && s.targets[0]!.type === 0 && !s.targets[0]!.metadata?.["sys:shared_redirect"],
    run: async (ctx) => {
      const f = await first(ctx);
      if (f) await ctx.ops.openWith(f);
    },
  },
  {
    id: "download",
    labelKey: "actions.download",
    icon: menuIcon("FileDownloadOutlined"),
    group: "open",
    selection: true,
    toolbar: true,
    isEnabled: canDownload,
    run: async (ctx) => ctx.ops.download(await ctx.ops.resolveTargets()),
  },
  {
    id: "openContainingFolder",
    labelKey: "actions.openContainingFolder",
    icon: menuIcon("FolderOpenOutlined"),
    group: "open",
    selection: true,
    isEnabled: (s) => s.isSearch && one(s),
    run: async (ctx) => {
      const f = await first(ctx);
      if (f) ctx.ops.openContainingFolder(f);
    },
  },
  {
    id: "newFolder",
    labelKey: "actions.newFolder",
    icon: NewFolderIcon,
    group: "new",
    folder: true,
    isEnabled: canCreateHere,
    run: (ctx) => ctx.ops.newItem("folder"),
  },
  {
    id: "newFile",
    labelKey: "actions.newFile",
    icon: NewFileIcon,
    group: "new",
    folder: true,
    isEnabled: canCreateHere,
    run: (ctx) => ctx.ops.newItem("file"),
  },
  {
    id: "newDocument",
    labelKey: "actions.newDocument",
    icon: NewDocumentIcon,
    group: "new",
    folder: true,
    isEnabled: canCreateHere,
    run: (ctx) => ctx.ops.newDocument(),
  },
];
