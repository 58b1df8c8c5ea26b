// THE list of explorer actions. The context menus, the toolbar, the mobile action sheet, the
// keyboard shortcuts, the command palette and the shortcuts help all read this one list, so an
// action enabled in one place is enabled everywhere, and a shortcut can never do what the menu
// would not allow. Order matters: when two actions share a hotkey, the first enabled one runs.
import OpenIcon from "@mui/icons-material/OpenInNewOutlined";
import OpenWithIcon from "@mui/icons-material/AppsOutlined";
import DownloadIcon from "@mui/icons-material/FileDownloadOutlined";
import FolderOpenIcon from "@mui/icons-material/FolderOpenOutlined";
import RenameIcon from "@mui/icons-material/DriveFileRenameOutlineOutlined";
import MoveIcon from "@mui/icons-material/DriveFileMoveOutlined";
import CopyIcon from "@mui/icons-material/FileCopyOutlined";
import DeleteIcon from "@mui/icons-material/DeleteOutlined";
import DeleteForeverIcon from "@mui/icons-material/DeleteForeverOutlined";
import RestoreIcon from "@mui/icons-material/RestoreFromTrashOutlined";
import InfoIcon from "@mui/icons-material/InfoOutlined";
import LinkIcon from "@mui/icons-material/LinkOutlined";
import ShareIcon from "@mui/icons-material/ShareOutlined";
import PinIcon from "@mui/icons-material/PushPinOutlined";
import NewFolderIcon from "@mui/icons-material/CreateNewFolderOutlined";
import NewFileIcon from "@mui/icons-material/NoteAddOutlined";
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
import HistoryIcon from "@mui/icons-material/HistoryOutlined";
import EmptyTrashIcon from "@mui/icons-material/DeleteSweepOutlined";
import ArchiveIcon from "@mui/icons-material/ArchiveOutlined";
import UnarchiveIcon from "@mui/icons-material/UnarchiveOutlined";
import TorrentIcon from "@mui/icons-material/CloudDownloadOutlined";
import { canCreateArchive, canDownloadTorrent, canExtractArchive } from "../../tasks";
import { NavCap } from "../../../lib/capabilities";
import { openShareDialog } from "../../shares/shareDialog";
import { dialogs } from "../dialogs";
import {
  allCap,
  allOwned,
  canCopy,
  canCreateHere,
  canDirectLink,
  canDownload,
  canMove,
  canOpen,
  canShare,
  folderCap,
  none,
  noneUploading,
  one,
  onlyFolder,
  some,
} from "./rules";
import type { ActionDef, ActionRunContext, ActionState } from "./types";

const first = async (ctx: ActionRunContext) => (await ctx.ops.resolveTargets())[0];

export const ACTIONS: readonly ActionDef[] = [
  {
    id: "open",
    labelKey: "actions.open",
    icon: OpenIcon,
    group: "open",
    hotkeys: ["Enter"],
    hotkeyScope: "view",
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
    icon: OpenWithIcon,
    group: "open",
    hotkeys: ["Shift+Enter"],
    hotkeyScope: "view",
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
    icon: DownloadIcon,
    group: "open",
    selection: true,
    toolbar: true,
    isEnabled: canDownload,
    run: async (ctx) => ctx.ops.download(await ctx.ops.resolveTargets()),
  },
  {
    id: "openContainingFolder",
    labelKey: "actions.openContainingFolder",
    icon: FolderOpenIcon,
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
    hotkeys: ["Alt+N"],
    hotkeyScope: "global",
    folder: true,
    isEnabled: canCreateHere,
    run: (ctx) => ctx.ops.newItem("folder"),
  },
  {
    id: "newFile",
    labelKey: "actions.newFile",
    icon: NewFileIcon,
    group: "new",
    hotkeys: ["Alt+Shift+N"],
    hotkeyScope: "global",
    folder: true,
    isEnabled: canCreateHere,
    run: (ctx) => ctx.ops.newItem("file"),
  },
  {
    id: "rename",
    labelKey: "actions.rename",
    icon: RenameIcon,
    group: "edit",
    hotkeys: ["F2"],
    hotkeyScope: "view",
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
    icon: MoveIcon,
    group: "organize",
    hotkeys: ["Alt+M"],
    hotkeyScope: "global",
    selection: true,
    toolbar: true,
    isEnabled: canMove,
    run: async (ctx) => ctx.ops.moveOrCopy(await ctx.ops.resolveTargets(), false),
  },
  {
    id: "copy",
    labelKey: "actions.copy",
    icon: CopyIcon,
    group: "organize",
    hotkeys: ["Alt+C"],
    hotkeyScope: "global",
    selection: true,
    toolbar: true,
    isEnabled: canCopy,
    run: async (ctx) => ctx.ops.moveOrCopy(await ctx.ops.resolveTargets(), true),
  },
  {
    id: "directLink",
    labelKey: "actions.directLink",
    icon: LinkIcon,
    group: "organize",
    selection: true,
    isEnabled: canDirectLink,
    run: async (ctx) => ctx.ops.directLinks(await ctx.ops.resolveTargets()),
  },
  {
    id: "share",
    labelKey: "actions.share",
    icon: ShareIcon,
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
    id: "compress",
    labelKey: "actions.compress",
    icon: ArchiveIcon,
    group: "organize",
    selection: true,
    writes: true,
    isEnabled: (s) => s.loggedIn && some(s) && !s.symbolicAll && noneUploading(s) && canCreateArchive({ groupPermission: s.groupPermission, files: s.targets, folderCapability: s.folderCapability }),
    run: async (ctx) => ctx.ops.compress(await ctx.ops.resolveTargets()),
  },
  {
    id: "extract",
    labelKey: "actions.extract",
    icon: UnarchiveIcon,
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
    icon: TorrentIcon,
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
    icon: HistoryIcon,
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
    icon: PinIcon,
    group: "organize",
    selection: true,
    folder: true,
    // A folder, or the current folder / search when nothing is selected (any URI can be pinned).
    isEnabled: (s) => s.loggedIn && s.fs !== "trash" && (onlyFolder(s) || (none(s) && !(s.isRoot && !s.isSearch))),
    run: async (ctx) => ctx.ops.pin(ctx.count === 0 ? undefined : await first(ctx)),
  },
  {
    id: "restore",
    labelKey: "actions.restore",
    icon: RestoreIcon,
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
    icon: DeleteIcon,
    group: "danger",
    hotkeys: ["Delete", "Mod+Backspace"],
    hotkeyScope: "view",
    selection: true,
    toolbar: true,
    isEnabled: (s) => allOwned(s) && allCap(s, NavCap.SoftDelete) && noneUploading(s),
    run: async (ctx) => ctx.ops.trash(await ctx.ops.resolveTargets()),
  },
  {
    id: "deleteForever",
    labelKey: "actions.deleteForever",
    icon: DeleteForeverIcon,
    group: "danger",
    // In the trash (no soft delete there) plain Delete lands here.
    hotkeys: ["Shift+Delete", "Delete"],
    hotkeyScope: "view",
    selection: true,
    toolbar: true,
    isEnabled: (s) => allOwned(s) && allCap(s, NavCap.DeleteFile),
    run: async (ctx) => ctx.ops.deleteForever(await ctx.ops.resolveTargets()),
  },
  {
    id: "info",
    labelKey: "actions.info",
    icon: InfoIcon,
    group: "edit",
    hotkeys: ["Alt+Enter"],
    hotkeyScope: "global",
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
    hotkeys: ["Backspace", "Alt+ArrowUp"],
    hotkeyScope: "view",
    isEnabled: (s) => !s.isRoot || s.isSearch,
    run: (ctx) => ctx.ops.goParent(),
  },
  {
    id: "refresh",
    labelKey: "actions.refresh",
    icon: RefreshIcon,
    group: "app",
    hotkeys: ["Alt+R"],
    hotkeyScope: "global",
    folder: true,
    isEnabled: () => true,
    run: (ctx) => ctx.ops.refresh(),
  },
  {
    id: "selectAll",
    labelKey: "actions.selectAll",
    icon: SelectAllIcon,
    group: "select",
    hotkeys: ["Mod+A"],
    hotkeyScope: "global",
    folder: true,
    isEnabled: (s) => s.hasItems && !s.singleFileView,
    run: (ctx) => ctx.ops.selectAll(),
  },
  {
    id: "selectNone",
    labelKey: "actions.selectNone",
    icon: DeselectIcon,
    group: "select",
    hotkeys: ["Escape"],
    hotkeyScope: "global",
    selection: true,
    isEnabled: some,
    run: (ctx) => ctx.ops.selectNone(),
  },
  {
    id: "invertSelection",
    labelKey: "actions.invertSelection",
    icon: InvertIcon,
    group: "select",
    hotkeys: ["Alt+I"],
    hotkeyScope: "global",
    folder: true,
    isEnabled: (s) => s.hasItems && !s.singleFileView,
    run: (ctx) => ctx.ops.invertSelection(),
  },
  {
    id: "undo",
    labelKey: "actions.undo",
    icon: UndoIcon,
    group: "edit",
    hotkeys: ["Mod+Z"],
    hotkeyScope: "global",
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
    hotkeys: ["/"],
    hotkeyScope: "global",
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
    hotkeys: ["Shift+F10", "ContextMenu"],
    hotkeyScope: "view",
    isEnabled: () => true,
    run: (ctx) => ctx.ops.openContextMenu(),
  },
  {
    id: "palette",
    labelKey: "actions.palette",
    icon: PaletteIcon,
    group: "app",
    hotkeys: ["Mod+K"],
    hotkeyScope: "global",
    isEnabled: () => true,
    run: (ctx) => ctx.ops.openPalette(),
  },
  {
    id: "help",
    labelKey: "actions.help",
    icon: HelpIcon,
    group: "app",
    hotkeys: ["?"],
    hotkeyScope: "global",
    isEnabled: () => true,
    run: (ctx) => ctx.ops.openHelp(),
  },
];

export const actionById = (id: string) => ACTIONS.find((a) => a.id === id);

export function enabledActions(s: ActionState, filter: (a: ActionDef) => boolean = () => true): ActionDef[] {
  return ACTIONS.filter((a) => filter(a) && a.isEnabled(s));
}

/** Order of groups in menus; each group is separated by a divider. */
export const MENU_GROUPS = ["open", "new", "organize", "edit", "danger", "select", "view", "app"] as const;
