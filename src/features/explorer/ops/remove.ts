// Deleting and restoring: to the trash (undoable: the trash entries are found again by their
// original location), for good after a confirmation, the whole trash, and back from the trash.
import type { FileResponse } from "../../../api/queries/files";
import { walkFolder } from "../../../api/queries/files";
import { GroupPerm, NavCap, hasGroupPerm, hasNavCap } from "../../../lib/capabilities";
import { tryParseUri } from "../../../lib/uri";
import { dialogs } from "../dialogs";
import { fileKey, restoreUriOf } from "../model/files";
import { EMPTY } from "../selection/model";
import { fileApi } from "./api";
import { refetchFolder, removeFromLists, staleFolders } from "./cache";
import { runOp } from "./errors";
import { failedKeys, namesOf, undoToast, type FolderScope, type OpsEnv } from "./env";

const TRASH = "cloudreve://trash";

/** Finds the trash entries of items deleted from `originals` (trash names are UUIDs). */
async function trashEntriesOf(folder: FolderScope, originals: Set<string>): Promise<string[]> {
  const trash = await walkFolder(TRASH, { maxPageSize: folder.maxPageSize });
  return trash.filter((f) => originals.has(restoreUriOf(f) ?? "")).map(fileKey);
}

export async function moveToTrash(env: OpsEnv, folder: FolderScope, files: FileResponse[]) {
  if (files.length === 0) return;
  const { t, qc } = env;
  const uris = files.map(fileKey);
  const res = await runOp(env, t("ops.deleteFailed"), () => fileApi.remove(uris, {}, folder.maxBatch));
  if (!res.ok && !res.partial) return;
  const failed = failedKeys(res);
  const done = files.filter((f) => !failed.has(fileKey(f)));
  removeFromLists(qc, new Set(done.map(fileKey)));
  staleFolders(qc, [folder.current, TRASH]);
  folder.setSelection(EMPTY);
  if (done.length === 0) return;
  undoToast(env, t("ops.trashed", { what: namesOf(env, done) }), async () => {
    const entries = await trashEntriesOf(folder, new Set(done.map(fileKey)));
    const back = await runOp(env, t("ops.undoFailed"), () => fileApi.restore(entries, folder.maxBatch));
    removeFromLists(qc, new Set(entries));
    staleFolders(qc, [TRASH]);
    await refetchFolder(qc, folder.current);
    if (back.ok) env.toast({ severity: "info", message: t("ops.undone") });
  });
}

export async function deleteForever(env: OpsEnv, folder: FolderScope, files: FileResponse[]) {
  if (files.length === 0) return;
  const { t, qc } = env;
  const inTrash = folder.uri.fs === "trash";
  const choice = await dialogs.confirmDelete({
    names: files.slice(0, 5).map((f) => f.name),
    count: files.length,
    permanent: inTrash,
    canSkipTrash: !inTrash && files.every((f) => hasNavCap(f.capability, NavCap.SoftDelete)),
    canUnlink: hasGroupPerm(folder.groupPermission, GroupPerm.AdvanceDelete),
    retention: folder.trashRetention,
  });
  if (!choice) return;
  const uris = files.map(fileKey);
  const opts = { skipSoftDelete: inTrash || choice.skipSoftDelete, unlink: choice.unlink };
  const res = await runOp(env, t("ops.deleteFailed"), () => fileApi.remove(uris, opts, folder.maxBatch));
  if (!res.ok && !res.partial) return;
  const failed = failedKeys(res);
  removeFromLists(qc, new Set(uris.filter((u) => !failed.has(u))));
  staleFolders(qc, [folder.current, TRASH]);
  folder.setSelection(EMPTY);
  const what = namesOf(env, files);
  if (res.ok) env.toast({ severity: "success", message: opts.skipSoftDelete ? t("ops.deleted", { what }) : t("ops.trashed", { what }) });
}

/** Everything in the trash, not only the loaded pages, through the same confirmation as a selection. */
export async function emptyTrash(env: OpsEnv, folder: FolderScope) {
  const res = await runOp(env, env.t("ops.deleteFailed"), () => walkFolder(TRASH, { maxPageSize: folder.maxPageSize }));
  if (res.ok) await deleteForever(env, folder, res.value);
}

export async function restore(env: OpsEnv, folder: FolderScope, files: FileResponse[]) {
  if (files.length === 0) return;
  const { t, qc } = env;
  const uris = files.map(fileKey);
  const res = await runOp(env, t("ops.restoreFailed"), () => fileApi.restore(uris, folder.maxBatch));
  if (!res.ok && !res.partial) return;
  const failed = failedKeys(res);
  const done = files.filter((f) => !failed.has(fileKey(f)));
  removeFromLists(qc, new Set(done.map(fileKey)));
  const origins = done
    .map((f) =>
      tryParseUri(restoreUriOf(f) ?? "")
        ?.parent()
        .toString(),
    )
    .filter((u): u is string => Boolean(u));
  staleFolders(qc, [folder.current, ...origins]);
  folder.setSelection(EMPTY);
  if (done.length === 0) return;
  const firstOrigin = origins[0];
  env.toast({
    severity: "success",
    message: t("ops.restored", { what: namesOf(env, done) }),
    ...(firstOrigin ? { action: { label: t("ops.showRestored"), run: () => env.go(firstOrigin, restoreUriOf(done[0]!)) } } : {}),
  });
}
