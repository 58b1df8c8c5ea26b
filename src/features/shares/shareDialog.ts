// The share dialog opens through the explorer's promise-based dialog host, so the explorer's
// "Share" action and the /shares page open the same lazy chunk.
import type { Share } from "../../api/queries/shares";
import { defineDialog } from "../../shared/dialogs/host";

export interface ShareDialogProps {
  /** The shared object in `cloudreve://my`. */
  uri: string;
  name: string;
  isFolder: boolean;
  /** Editing an existing link (its password stays as it is). */
  share?: Share | undefined;
}

/** Resolves with the link URL once created or saved; undefined when cancelled. */
export const openShareDialog = defineDialog<ShareDialogProps, string>(() => import("./ShareDialog"));

export interface FileSharesProps {
  /** The file or folder in `cloudreve://my`. */
  uri: string;
  name: string;
  isFolder: boolean;
}

/** The links of one file or folder, to copy, edit or delete them (the explorer's "Manage shares"). */
export const openFileShares = defineDialog<FileSharesProps, void>(() => import("./FileSharesDialog"));
