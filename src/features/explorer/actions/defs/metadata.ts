// Explorer actions that edit metadata: tags of one or several items, an item's emoji icon and a
// folder's colour (the dialogs in ../../organize). Part of the list in ../registry.ts.
import { NavCap } from "../../../../lib/capabilities";
import { organizeDialogs } from "../../organize/dialogs";
import { allCap, allOwned, noneUploading, one, some } from "../rules";
import type { ActionDef, ActionState } from "../types";
import { first } from "./first";
import { menuIcon } from "../menuIcon";

/** Metadata can be changed on items of My files the user owns (capability 8; docs/server-behaviour.md, "File objects and metadata"). */
const canEditMetadata = (s: ActionState) => s.fs === "my" && some(s) && allOwned(s) && allCap(s, NavCap.UpdateMetadata) && noneUploading(s);

export const METADATA_ACTIONS: readonly ActionDef[] = [
  {
    id: "tags",
    labelKey: "actions.tags",
    icon: menuIcon("Tag"),
    group: "organize",
    selection: true,
    writes: true,
    isEnabled: canEditMetadata,
    run: async (ctx) => {
      const files = await ctx.ops.resolveTargets();
      if (files.length) await organizeDialogs.tags({ files });
    },
  },
  {
    id: "customize",
    labelKey: "actions.customize",
    icon: menuIcon("Mood"),
    group: "organize",
    selection: true,
    writes: true,
    isEnabled: (s) => one(s) && canEditMetadata(s),
    run: async (ctx) => {
      const f = await first(ctx);
      if (f) await organizeDialogs.customize({ file: f });
    },
  },
];
