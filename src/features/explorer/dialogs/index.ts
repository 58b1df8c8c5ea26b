// The explorer's dialogs, each a lazy chunk opened through a promise (see host.tsx).
import type { FileResponse, ListViewColumn } from "../../../api/queries/files";
import type { CrUri, SearchOptions } from "../../../lib/uri";
import { defineDialog } from "../../../shared/dialogs/host";

export interface NameDialogProps {
  mode: "newFolder" | "newFile" | "rename";
  initial: string;
  /** Names already in the folder (the loaded ones), to warn before the server says 40004. */
  taken: ReadonlySet<string>;
  /** Runs the request; a returned string is shown as the field's error and keeps the dialog open. */
  submit: (name: string) => Promise<string | null>;
}

export interface DeleteDialogProps {
  names: string[];
  count: number;
  /** Items already in the trash are deleted for good; there is no "move to trash" option then. */
  permanent: boolean;
  /** The file system allows skipping the trash (capability 14 next to 16). */
  canSkipTrash: boolean;
  /** Group bit 12: "unlink" keeps the physical files. */
  canUnlink: boolean;
  /** Seconds items stay in the trash (group `trash_retention`). */
  retention?: number | undefined;
}
export interface DeleteChoice {
  skipSoftDelete: boolean;
  unlink: boolean;
}

export interface FolderPickerProps {
  title: string;
  confirmLabel: string;
  /** Where the picker starts. */
  start: CrUri;
  /** Folders that cannot be chosen (the items being moved, which cannot go into themselves). */
  exclude: string[];
  maxPageSize: number;
}

export interface BatchErrorsProps {
  title: string;
  items: { name: string; reason: string }[];
}

export interface LockConflictProps {
  conflicts: { path: string; token: string; application: string; type: number }[];
}

export interface DirectLinksProps {
  links: { name: string; link: string }[];
  /** Said above the links, e.g. that a folder had more files than one request may link. */
  note?: string;
}

export interface ManageLinksProps {
  uri: string;
  name: string;
}

export interface AdvancedSearchProps {
  initial: SearchOptions;
  /** Folder the search runs in, and whether "whole file system" is offered. */
  base: CrUri;
}
export interface AdvancedSearchResult {
  options: SearchOptions;
  scope: "folder" | "root";
}

export interface ColumnsDialogProps {
  columns: ListViewColumn[];
  fs: string;
}

export interface PaletteProps {
  /** The commands currently enabled, already translated. */
  commands: { id: string; label: string; hotkey?: string | undefined; group: string }[];
}

export interface VersionsProps {
  uri: string;
  name: string;
  /** The owner may make an older version current or delete it; anyone who sees it may download it. */
  canManage: boolean;
  /** Shows a version in the file's viewer (the dialog closes first). */
  open?: (version: string) => void;
}

export const dialogs = {
  name: defineDialog<NameDialogProps, string>(() => import("./NameDialog")),
  confirmDelete: defineDialog<DeleteDialogProps, DeleteChoice>(() => import("./DeleteDialog")),
  pickFolder: defineDialog<FolderPickerProps, string>(() => import("./FolderPickerDialog")),
  batchErrors: defineDialog<BatchErrorsProps, void>(() => import("./BatchErrorsDialog")),
  lockConflict: defineDialog<LockConflictProps, boolean>(() => import("./LockConflictDialog")),
  directLinks: defineDialog<DirectLinksProps, void>(() => import("./DirectLinksDialog")),
  manageLinks: defineDialog<ManageLinksProps, void>(() => import("./ManageLinksDialog")),
  advancedSearch: defineDialog<AdvancedSearchProps, AdvancedSearchResult>(() => import("../search/AdvancedSearchDialog")),
  columns: defineDialog<ColumnsDialogProps, ListViewColumn[]>(() => import("../views/ColumnsDialog")),
  palette: defineDialog<PaletteProps, string>(() => import("../actions/CommandPalette")),
  help: defineDialog<Record<string, never>, void>(() => import("../actions/ShortcutsHelp")),
  versions: defineDialog<VersionsProps, void>(() => import("./VersionsDialog")),
};

export type { FileResponse };
