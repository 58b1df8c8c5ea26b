// The viewers' dialogs, each a lazy chunk opened through a promise (the explorer's dialog host,
// which every page that shows files mounts).
import { defineDialog } from "../../shared/dialogs/host";

export interface OpenWithProps {
  fileName: string;
  /** The viewers that may open the file, already in the order to offer them. */
  options: { id: string; displayName: string; icon?: string | undefined; builtIn: boolean }[];
  /** Offer "always use this for .<ext>" (not for files without an extension). */
  ext: string;
}
export interface OpenWithResult {
  viewerId: string;
  always: boolean;
}

export interface LargeFileProps {
  fileName: string;
  size: number;
  maxSize: number;
  /** The catalogue's display name (translated by the dialog). */
  viewerName: string;
}

export type StaleChoice = "overwrite" | "saveAs" | "reload";

export interface SaveAsProps {
  /** Suggested name. */
  initial: string;
  /** Checks a name; a returned string is shown as the field's error and keeps the dialog open. */
  submit: (name: string) => Promise<string | null>;
}

export const viewerDialogs = {
  /** Resolves with the chosen viewer; undefined when cancelled. */
  openWith: defineDialog<OpenWithProps, OpenWithResult>(() => import("./dialogs/OpenWithDialog")),
  /** Resolves true when the user wants to open the file anyway. */
  largeFile: defineDialog<LargeFileProps, boolean>(() => import("./dialogs/LargeFileDialog")),
  /** Resolves with what to do when the file changed on the server since it was opened. */
  stale: defineDialog<{ fileName: string }, StaleChoice>(() => import("./dialogs/StaleDialog")),
  /** Resolves with the name saved under. */
  saveAs: defineDialog<SaveAsProps, string>(() => import("./dialogs/SaveAsDialog")),
  /** Resolves true when unsaved changes may be dropped. */
  discard: defineDialog<{ fileName: string }, boolean>(() => import("./dialogs/DiscardDialog")),
};
