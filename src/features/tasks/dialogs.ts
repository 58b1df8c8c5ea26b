// The tasks feature's dialogs, each a lazy chunk opened through a promise (see the explorer's
// dialog host, which the page showing them mounts).
import type { Task } from "../../api/queries/workflow";
import { defineDialog } from "../../shared/dialogs/host";

export interface ArchiveDialogProps {
  /** What to compress. */
  uris: string[];
  /** Where the archive goes unless the user picks another folder. */
  folder: string;
  /** Display names of `uris`, when the caller has them. */
  names?: string[] | undefined;
  /** The archive's file name to start with. */
  name?: string | undefined;
}

export interface ExtractDialogProps {
  /** The archive. */
  uri: string;
  /** Where the files go unless the user picks another folder. */
  folder: string;
  /** The zip entry-name charset to start with. */
  encoding?: string | undefined;
}

export interface RemoteDownloadProps {
  /** Where downloads go unless the user picks another folder. */
  folder?: string | undefined;
  /** A .torrent file in the drive to download from. */
  torrent?: string | undefined;
}

export const taskDialogs = {
  /** Resolves with the created task; undefined when cancelled. */
  createArchive: defineDialog<ArchiveDialogProps, Task>(() => import("./CreateArchiveDialog")),
  /** Resolves with the created task; undefined when cancelled. */
  extractArchive: defineDialog<ExtractDialogProps, Task>(() => import("./ExtractArchiveDialog")),
  /** Resolves with the created tasks (one per link); undefined when cancelled. */
  remoteDownload: defineDialog<RemoteDownloadProps, Task[]>(() => import("./RemoteDownloadDialog")),
  /** Resolves with the URI of the chosen .torrent file. */
  pickTorrent: defineDialog<{ start: string }, string>(() => import("./TorrentPickerDialog")),
  /** Resolves true once the user confirmed. */
  confirmCancel: defineDialog<{ name: string }, boolean>(() => import("./CancelDownloadDialog")),
};
