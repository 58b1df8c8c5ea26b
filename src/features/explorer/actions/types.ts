import type { ComponentType } from "react";
import type { FileResponse } from "../../../api/queries/files";
import type { FsType } from "../../../lib/uri";
import type { Layout } from "../listing/viewSettings";

/** Everything an action's enabling rule looks at. Plain data, so the rules are unit-tested. */
export interface ActionState {
  fs: FsType;
  /** `props.capability` of the listed folder. */
  folderCapability: string | undefined;
  /** The listed folder (ListResponse.parent); zero-valued at the trash root. */
  folderOwned: boolean;
  isRoot: boolean;
  isSearch: boolean;
  singleFileView: boolean;
  /** Current user's group permission boolset (anonymous group for visitors). */
  groupPermission: string | undefined;
  loggedIn: boolean;
  /** Group setting `direct_link_batch_size` (0 = no direct links). */
  directLinkBatch: number;
  /** Selected items that are loaded; with a symbolic "select all" these are representatives. */
  targets: readonly FileResponse[];
  /** Number of selected items, including ones not loaded yet. */
  count: number;
  /** The selection is "everything in this folder". */
  symbolicAll: boolean;
  /** The folder has entries. */
  hasItems: boolean;
  canUndo: boolean;
  layout: Layout;
}

/** What actions do, implemented by the explorer (ops/*.ts, assembled in ops/useExplorerOps.ts). */
export interface ExplorerOps {
  /** Resolves the selection to items, loading the rest of a symbolic "all" when needed. */
  resolveTargets(): Promise<FileResponse[]>;
  open(file: FileResponse): void | Promise<void>;
  /** A file was selected and may be opened next: its viewer's code is fetched ahead. */
  prepareOpen(file: FileResponse): void;
  /** Asks which of the file's viewers to open it with. */
  openWith(file: FileResponse): void | Promise<void>;
  /** Opens one stored version of a file in its viewer. */
  openVersion(file: FileResponse, version: string): void | Promise<void>;
  download(files: FileResponse[]): Promise<void>;
  goParent(): void;
  openContainingFolder(file: FileResponse): void;
  refresh(): void;
  newItem(kind: "folder" | "file"): Promise<void>;
  /** A document of a kind the viewer catalogue has templates for, opened in its viewer once made. */
  newDocument(): Promise<void>;
  rename(file: FileResponse): Promise<void>;
  /** F2: edit the name in place in the view (falls back to the dialog when the item is not shown). */
  renameInline(file: FileResponse): void;
  moveOrCopy(files: FileResponse[], copy: boolean): Promise<void>;
  trash(files: FileResponse[]): Promise<void>;
  deleteForever(files: FileResponse[]): Promise<void>;
  restore(files: FileResponse[]): Promise<void>;
  /** Deletes everything in the trash for good, after confirming. */
  emptyTrash(): Promise<void>;
  /** Background tasks: a zip of the files, the contents of an archive, the files of a torrent. */
  compress(files: FileResponse[]): Promise<void>;
  extract(file: FileResponse): Promise<void>;
  downloadTorrent(file: FileResponse): Promise<void>;
  info(file: FileResponse | undefined): void;
  directLinks(files: FileResponse[]): Promise<void>;
  pin(file: FileResponse | undefined): Promise<void>;
  selectAll(): void;
  selectNone(): void;
  invertSelection(): void;
  undo(): Promise<void>;
  setLayout(layout: Layout): void;
  /** The command palette: answers the id of the chosen action (places are gone to directly). */
  pickCommand(state: ActionState): Promise<string | undefined>;
  openHelp(): void;
  focusSearch(): void;
  advancedSearch(): void;
  openContextMenu(): void;
  viewOptions(): void;
}

export type ActionVia = "hotkey" | "menu" | "toolbar" | "palette";

export interface ActionRunContext extends ActionState {
  ops: ExplorerOps;
  /** Runs another action (the palette runs the one picked), through the same enabling rules. */
  runAction: (id: string, via: ActionVia) => void;
  /** How the action was invoked: some act differently from a key (F2 renames in place). */
  via: ActionVia;
}

export type ActionGroup = "open" | "new" | "organize" | "edit" | "danger" | "select" | "view" | "app";

export interface ActionDef {
  id: string;
  /** i18n key in the `explorer` namespace. */
  labelKey: string;
  icon: ComponentType<{ fontSize?: "small" | "medium" | "inherit" }>;
  group: ActionGroup;
  /** Acts on the selection (context menu of items, selection toolbar). */
  selection?: boolean;
  /** Shown in the folder (background) context menu / header when nothing is selected. */
  folder?: boolean;
  /** Shown as a toolbar button when enabled. */
  toolbar?: boolean;
  /** Shown as a toolbar button while nothing is selected (with the "new" actions). */
  folderToolbar?: boolean;
  /** Can change files: hidden entirely for read-only visitors rather than shown disabled. */
  writes?: boolean;
  isEnabled(s: ActionState): boolean;
  run(ctx: ActionRunContext): void | Promise<void>;
}
