import { GroupPerm } from "../core/boolset.ts";
import { AppError } from "../core/envelope.ts";
import type { State } from "../state/state.ts";
import type { Identity } from "../state/types.ts";
import { runnerOf, type Task } from "./tasks.ts";
import { wrapError } from "./taskKit.ts";
import { parseUri, type FsUri } from "./uri.ts";
import { archiveKind } from "./taskArchive.ts";
import { downloadKind } from "./taskDownload.ts";
import { extractKind } from "./taskExtract.ts";
import { importKind } from "./taskImport.ts";

/**
 * What the four task types of the community server do when they run on the master node
 * (`pkg/filemanager/workflows`): compress, extract, remote download (with no downloader set up:
 * the install default) and admin import. Error texts follow the Go error chains, since clients
 * show `error` / `error_history` verbatim.
 */
export const KINDS = { create_archive: archiveKind, extract_archive: extractKind, remote_download: downloadKind, import: importKind };

export const canArchive = (who: Identity) => who.group.permission.has(GroupPerm.ArchiveTask);
export const canRemoteDownload = (who: Identity) => who.group.permission.has(GroupPerm.RemoteDownload);

/** A task of the in-process registry (only tasks that have not ended are there). */
export function registeredTask(state: State, id: number): Task | undefined {
  const t = runnerOf(state).tasks.get(id);
  return t?.registered ? t : undefined;
}

/** A task's destination URI; the services refuse one that does not parse as 40001. */
export function parseDst(dst: string): FsUri {
  try {
    return parseUri(dst);
  } catch {
    throw new AppError(40001, "Invalid destination");
  }
}

/** A destination that cannot be opened, with the cause's code when it has one. */
export const invalidDst = (e: unknown) => wrapError(40001, "Invalid destination", e);
