// Opening and downloading: folders and share shortcuts are entered, files open in their viewer
// (features/viewers), downloads go through the download queue (loaded with the first download).
import { describeError } from "../../../api/errors";
import type { FileResponse } from "../../../api/queries/files";
import { refreshAfterDownload } from "../../../api/queries/shares";
import { tryParseUri } from "../../../lib/uri";
import { loadDownloads } from "../../transfers";
import { openFile, prepareViewer } from "../../viewers";
import { fileKey, isFolder } from "../model/files";
import { runOp } from "./errors";
import { linkedUri, type FolderScope, type OpsEnv } from "./env";

export async function download(env: OpsEnv, folder: FolderScope, files: FileResponse[]) {
  if (files.length === 0) return;
  const { t } = env;
  const targets = files.map((f) => ({ uri: linkedUri(f), name: f.name, type: f.type }));
  const res = await runOp(env, t("ops.downloadFailed"), async () =>
    (await loadDownloads()).downloadMany(targets, { contextHint: folder.head?.context_hint, describe: (e) => describeError(e, t) }),
  );
  if (res.ok && res.value.capped) env.toast({ severity: "warning", message: t("ops.downloadCapped", { count: (await loadDownloads()).WALK_LIMIT }) });
  // A single shared file counts its downloads; the landing shows the new count.
  if (res.ok && folder.uri.fs === "share" && folder.head?.single_file_view) await refreshAfterDownload(env.qc, folder.uri.id ?? "", folder.uri.password);
}

/** `ask`: choose the viewer first ("Open with…"); `version`: one stored version of the file. */
export async function openItem(env: OpsEnv, folder: FolderScope, f: FileResponse, opts: { ask?: boolean; version?: string } = {}) {
  if (isFolder(f) || f.metadata?.["sys:shared_redirect"]) {
    env.go(linkedUri(f));
    return;
  }
  await runOp(env, env.t("ops.openFailed"), () =>
    openFile(
      f,
      {
        qc: env.qc,
        navigate: env.navigate,
        groupPermission: folder.groupPermission,
        download: (x) => download(env, folder, [x]),
        byName: folder.uri.fs === "share",
        contextHint: folder.head?.context_hint,
      },
      opts,
    ),
  );
}

export function prepareOpen(env: OpsEnv, folder: FolderScope, f: FileResponse) {
  if (!isFolder(f) && !f.metadata?.["sys:shared_redirect"]) prepareViewer(f, { qc: env.qc, groupPermission: folder.groupPermission });
}

export function goParent(env: OpsEnv, folder: FolderScope) {
  if (folder.uri.isSearch) env.go(folder.uri.withoutSearch());
  else if (!folder.uri.isRoot) env.go(folder.uri.parent(), folder.current);
}

export function openContainingFolder(env: OpsEnv, f: FileResponse) {
  const parent = tryParseUri(fileKey(f))?.parent();
  if (parent) env.go(parent, fileKey(f));
}
