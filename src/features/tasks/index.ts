// The tasks feature's public API: the archive dialogs and the rules for offering them. Small on
// purpose: the explorer imports it on its first load, and every dialog is a lazy chunk.
import type { Task } from "../../api/queries/workflow";
import { taskDialogs } from "./dialogs";

export type { Task };
export { whenTaskEnds } from "./watch";
export { canCreateArchive, canDownloadTorrent, canExtractArchive, type GateFile, type GateInput } from "./gates";

export interface CreateArchiveOptions {
  /** The items to compress (cloudreve:// URIs). */
  uris: string[];
  /** The folder the archive goes to unless the user picks another: the current folder. Outside My files, My files is offered instead. */
  folder: string;
  /** Display names of `uris`, when known (else read from the URIs). */
  names?: string[];
}

export interface ExtractArchiveOptions {
  /** The archive (a cloudreve:// URI). */
  uri: string;
  /** The folder the contents go to unless the user picks another: the current folder. Outside My files, My files is offered instead. */
  folder: string;
}

/**
 * Asks for the archive's name and folder, then creates the compress task. Resolves with the
 * created task, or undefined when the user cancelled. Needs the page's dialog host.
 */
export function createArchive({ uris, folder, names }: CreateArchiveOptions): Promise<Task | undefined> {
  return taskDialogs.createArchive({ uris, folder, names });
}

/**
 * Asks for the destination (and, for zips, the entry names' encoding), then creates the extract
 * task. Resolves with the created task, or undefined when the user cancelled.
 */
export function extractArchive({ uri, folder }: ExtractArchiveOptions): Promise<Task | undefined> {
  return taskDialogs.extractArchive({ uri, folder });
}

export interface RemoteDownloadOptions {
  /** The folder downloads go to unless the user picks another. */
  folder?: string;
  /** A .torrent file in the drive to download from (else the user enters links). */
  torrent?: string;
}

/** Asks for links or a torrent and a folder, then starts the downloads. Resolves with the created tasks. */
export function remoteDownload({ folder, torrent }: RemoteDownloadOptions = {}): Promise<Task[] | undefined> {
  return taskDialogs.remoteDownload({ folder, torrent });
}
