// Operations that run as background tasks on the server (features/tasks): a zip of the files, the
// contents of an archive, the files of a torrent. The folders they write into show the result
// once the task ends.
import type { QueryClient } from "@tanstack/react-query";
import { fileKeys, type FileResponse } from "../../../api/queries/files";
import { createArchive, extractArchive, remoteDownload, whenTaskEnds, type Task } from "../../tasks";
import { fileKey } from "../model/files";
import type { FolderScope, OpsEnv } from "./env";

function refreshWhenDone(qc: QueryClient, task: Task | undefined) {
  if (task) whenTaskEnds(task, () => void qc.invalidateQueries({ queryKey: fileKeys.lists() }));
}

const here = (folder: FolderScope) => folder.uri.withoutSearch().toString();

export async function compress(env: OpsEnv, folder: FolderScope, files: FileResponse[]) {
  if (files.length === 0) return;
  refreshWhenDone(env.qc, await createArchive({ uris: files.map(fileKey), names: files.map((f) => f.name), folder: here(folder) }));
}

export async function extract(env: OpsEnv, folder: FolderScope, file: FileResponse) {
  refreshWhenDone(env.qc, await extractArchive({ uri: fileKey(file), folder: here(folder) }));
}

export async function downloadTorrent(folder: FolderScope, file: FileResponse) {
  await remoteDownload({ torrent: fileKey(file), folder: here(folder) });
}
