// Explorer actions for the trash: moving to it, restoring from it, deleting for good.
// Part of the list in ../registry.ts (which sets their order); their keys are bound in ../keymap.ts.
import EmptyTrashIcon from "@mui/icons-material/DeleteSweepOutlined";
import { NavCap } from "../../../../lib/capabilities";
import { allCap, allOwned, none, noneUploading } from "../rules";
import type { ActionDef } from "../types";
import { menuIcon } from "../menuIcon";

export const REMOVE_ACTIONS: readonly ActionDef[] = [
  {
    id: "restore",
    labelKey: "actions.restore",
    icon: menuIcon("RestoreFromTrashOutlined"),
    group: "danger",
    selection: true,
    toolbar: true,
    isEnabled: (s) => allOwned(s) && allCap(s, NavCap.Restore),
    run: async (ctx) => ctx.ops.restore(await ctx.ops.resolveTargets()),
  },
  {
    id: "emptyTrash",
    labelKey: "actions.emptyTrash",
    icon: EmptyTrashIcon,
    group: "danger",
    folder: true,
    folderToolbar: true,
    isEnabled: (s) => s.fs === "trash" && s.isRoot && !s.isSearch && none(s) && s.hasItems,
    run: (ctx) => ctx.ops.emptyTrash(),
  },
  {
    id: "trash",
    labelKey: "actions.trash",
    icon: menuIcon("DeleteOutlined"),
    group: "danger",
    selection: true,
    toolbar: true,
    isEnabled: (s) => allOwned(s) && allCap(s, NavCap.SoftDelete) && noneUploading(s),
    run: async (ctx) => ctx.ops.trash(await ctx.ops.resolveTargets()),
  },
  {
    id: "deleteForever",
    labelKey: "actions.deleteForever",
    icon: menuIcon("DeleteForeverOutlined"),
    group: "danger",
    selection: true,
    toolbar: true,
    isEnabled: (s) => allOwned(s) && allCap(s, NavCap.DeleteFile),
    run: async (ctx) => ctx.ops.deleteForever(await ctx.ops.resolveTargets()),
  },
];
