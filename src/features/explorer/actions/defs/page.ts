// Explorer actions for the page itself: details, navigation, selection, undo, layouts, search, menus and help.
// Part of the list in ../registry.ts (which sets their order); their keys are bound in ../keymap.ts.
import InfoIcon from "@mui/icons-material/InfoOutlined";
import RefreshIcon from "@mui/icons-material/RefreshOutlined";
import SelectAllIcon from "@mui/icons-material/SelectAllOutlined";
import DeselectIcon from "@mui/icons-material/DeselectOutlined";
import InvertIcon from "@mui/icons-material/FlipOutlined";
import UndoIcon from "@mui/icons-material/UndoOutlined";
import ListIcon from "@mui/icons-material/ViewListOutlined";
import GridIcon from "@mui/icons-material/GridViewOutlined";
import GalleryIcon from "@mui/icons-material/PhotoLibraryOutlined";
import PaletteIcon from "@mui/icons-material/KeyboardCommandKeyOutlined";
import HelpIcon from "@mui/icons-material/KeyboardOutlined";
import SearchIcon from "@mui/icons-material/SearchOutlined";
import AdvancedSearchIcon from "@mui/icons-material/ManageSearchOutlined";
import ParentIcon from "@mui/icons-material/ArrowUpwardOutlined";
import MenuIcon from "@mui/icons-material/MoreVertOutlined";
import TuneIcon from "@mui/icons-material/TuneOutlined";
import { NavCap } from "../../../../lib/capabilities";
import { allCap, folderCap, none, one, some } from "../rules";
import type { ActionDef } from "../types";
import { first } from "./first";

export const PAGE_ACTIONS: readonly ActionDef[] = [
  {
    id: "info",
    labelKey: "actions.info",
    icon: InfoIcon,
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
    icon: ParentIcon,
    group: "app",
    isEnabled: (s) => !s.isRoot || s.isSearch,
    run: (ctx) => ctx.ops.goParent(),
  },
  {
    id: "refresh",
    labelKey: "actions.refresh",
    icon: RefreshIcon,
    group: "app",
    folder: true,
    isEnabled: () => true,
    run: (ctx) => ctx.ops.refresh(),
  },
  {
    id: "selectAll",
    labelKey: "actions.selectAll",
    icon: SelectAllIcon,
    group: "select",
    folder: true,
    isEnabled: (s) => s.hasItems && !s.singleFileView,
    run: (ctx) => ctx.ops.selectAll(),
  },
  {
    id: "selectNone",
    labelKey: "actions.selectNone",
    icon: DeselectIcon,
    group: "select",
    selection: true,
    isEnabled: some,
    run: (ctx) => ctx.ops.selectNone(),
  },
  {
    id: "invertSelection",
    labelKey: "actions.invertSelection",
    icon: InvertIcon,
    group: "select",
    folder: true,
    isEnabled: (s) => s.hasItems && !s.singleFileView,
    run: (ctx) => ctx.ops.invertSelection(),
  },
  {
    id: "undo",
    labelKey: "actions.undo",
    icon: UndoIcon,
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
    icon: AdvancedSearchIcon,
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
    icon: PaletteIcon,
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
    icon: HelpIcon,
    group: "app",
    isEnabled: () => true,
    run: (ctx) => ctx.ops.openHelp(),
  },
];
