// Explorer actions for the page itself: details, navigation, selection, undo, layouts, search, menus and help.
// Part of the list in ../registry.ts (which sets their order); their keys are bound in ../keymap.ts.
import ListIcon from "@mui/icons-material/ViewListOutlined";
import GridIcon from "@mui/icons-material/GridViewOutlined";
import GalleryIcon from "@mui/icons-material/PhotoLibraryOutlined";
import SearchIcon from "@mui/icons-material/SearchOutlined";
import MenuIcon from "@mui/icons-material/MoreVertOutlined";
import TuneIcon from "@mui/icons-material/TuneOutlined";
import { NavCap } from "../../../../lib/capabilities";
import { allCap, folderCap, none, one, some } from "../rules";
import type { ActionDef } from "../types";
import { first } from "./first";
import { menuIcon } from "../menuIcon";

export const PAGE_ACTIONS: readonly ActionDef[] = [
  {
    id: "info",
    labelKey: "actions.info",
    icon: menuIcon("InfoOutlined"),
    group: "edit",
    selection: true,
    folder: true,
    toolbar: true,
    isEnabled: (s) => (one(s) && allCap(s, NavCap.Info)) || (none(s) && !s.isRoot && !s.isSearch && folderCap(s, NavCap.Info)),
    run: async (ctx) => ctx.ops.info(ctx.count === 0 ? undefined : await first(ctx)),
  },
  {
    id: "goParent",
    labelKey: "actions.goParent",
    icon: menuIcon("ArrowUpwardOutlined"),
    group: "app",
    isEnabled: (s) => !s.isRoot || s.isSearch,
    run: (ctx) => ctx.ops.goParent(),
  },
  {
    id: "refresh",
    labelKey: "actions.refresh",
    icon: menuIcon("RefreshOutlined"),
    group: "app",
    folder: true,
    isEnabled: () => true,
    run: (ctx) => ctx.ops.refresh(),
  },
  {
    id: "selectAll",
    labelKey: "actions.selectAll",
    icon: menuIcon("SelectAllOutlined"),
    group: "select",
    folder: true,
    isEnabled: (s) => s.hasItems && !s.singleFileView,
    run: (ctx) => ctx.ops.selectAll(),
  },
  {
    id: "selectNone",
    labelKey: "actions.selectNone",
    icon: menuIcon("DeselectOutlined"),
    group: "select",
    selection: true,
    isEnabled: some,
    run: (ctx) => ctx.ops.selectNone(),
  },
  {
    id: "invertSelection",
    labelKey: "actions.invertSelection",
    icon: menuIcon("FlipOutlined"),
    group: "select",
    folder: true,
    isEnabled: (s) => s.hasItems && !s.singleFileView,
    run: (ctx) => ctx.ops.invertSelection(),
  },
  {
    id: "undo",
    labelKey: "actions.undo",
    icon: menuIcon("UndoOutlined"),
    group: "edit",
    isEnabled: (s) => s.canUndo,
    run: (ctx) => ctx.ops.undo(),
  },
  {
    id: "layoutList",
    labelKey: "actions.layoutList",
    icon: ListIcon,
    group: "view",
    isEnabled: (s) => s.layout !== "list" && !s.singleFileView,
    run: (ctx) => ctx.ops.setLayout("list"),
  },
  {
    id: "layoutGrid",
    labelKey: "actions.layoutGrid",
    icon: GridIcon,
    group: "view",
    isEnabled: (s) => s.layout !== "grid" && !s.singleFileView,
    run: (ctx) => ctx.ops.setLayout("grid"),
  },
  {
    id: "layoutGallery",
    labelKey: "actions.layoutGallery",
    icon: GalleryIcon,
    group: "view",
    isEnabled: (s) => s.layout !== "gallery" && !s.singleFileView,
    run: (ctx) => ctx.ops.setLayout("gallery"),
  },
  {
    id: "viewOptions",
    labelKey: "actions.viewOptions",
    icon: TuneIcon,
    group: "view",
    isEnabled: (s) => !s.singleFileView,
    run: (ctx) => ctx.ops.viewOptions(),
  },
  {
    id: "search",
    labelKey: "actions.search",
    icon: SearchIcon,
    group: "app",
    isEnabled: (s) => s.fs !== "shared_with_me" || s.loggedIn,
    run: (ctx) => ctx.ops.focusSearch(),
  },
  {
    id: "advancedSearch",
    labelKey: "actions.advancedSearch",
    icon: menuIcon("ManageSearchOutlined"),
    group: "app",
    isEnabled: () => true,
    run: (ctx) => ctx.ops.advancedSearch(),
  },
  {
    id: "contextMenu",
    labelKey: "actions.contextMenu",
    icon: MenuIcon,
    group: "app",
    isEnabled: () => true,
    run: (ctx) => ctx.ops.openContextMenu(),
  },
  {
    id: "palette",
    labelKey: "actions.palette",
    icon: menuIcon("KeyboardCommandKeyOutlined"),
    group: "app",
    isEnabled: () => true,
    run: async (ctx) => {
      const id = await ctx.ops.pickCommand(ctx);
      if (id) ctx.runAction(id, "palette");
    },
  },
  {
    id: "help",
    labelKey: "actions.help",
    icon: menuIcon("KeyboardOutlined"),
    group: "app",
    isEnabled: () => true,
    run: (ctx) => ctx.ops.openHelp(),
  },
];
