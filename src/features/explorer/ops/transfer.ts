// Moving and copying: into a folder picked in a dialog, or dropped onto. Client-side checks come
// first (nothing to do, a folder into itself), a partly failed batch keeps what went through, and
// a move can be undone item by item back to where each came from.
import type { FileResponse } from "../../../api/queries/files";
import { parseUri, tryParseUri } from "../../../lib/uri";
import { dialogs } from "../dialogs";
import { fileKey, isFolder } from "../model/files";
import { EMPTY } from "../selection/model";
import { fileApi } from "./api";
import { refetchFolder, removeFromLists, staleFolders } from "./cache";
import { runOp } from "./errors";
import { failedKeys, namesOf, undoToast, type FolderScope, type OpsEnv } from "./env";

/** Moves or copies into `dst`, with client-side checks first (docs/server-behaviour.md, "Moving and copying"). */
export async function moveTo(env: OpsEnv, folder: FolderScope, files: FileResponse[], dst: string, copy: boolean) {
  const { t, qc, toast } = env;
  const dstUri = tryParseUri(dst);
  if (!dstUri || files.length === 0) return;
  const moving = files.filter((f) => {
    const u = tryParseUri(fileKey(f));
    return u && !(copy === false && u.parent().equals(dstUri));
  });
  if (moving.length === 0) {
    toast({ severity: "info", message: t("ops.alreadyThere") });
    return;
  }
  if (moving.some((f) => isFolder(f) && (dst === fileKey(f) || dstUri.isDescendantOf(parseUri(fileKey(f)))))) {
    toast({ severity: "error", message: t("ops.intoItself") });
    return;
  }
  const uris = moving.map(fileKey);
  const res = await runOp(env, copy ? t("ops.copyFailed") : t("ops.moveFailed"), () => fileApi.move(uris, dst, copy, folder.maxBatch));
  if (!res.ok && !res.partial) return;
  const failed = failedKeys(res);
  const done = moving.filter((f) => !failed.has(fileKey(f)));
  if (!copy) removeFromLists(qc, new Set(done.map(fileKey)));
  staleFolders(qc, [dst, folder.current]);
  if (done.length === 0) return;
  const folderName = dstUri.name || t(`roots.${dstUri.fs}`);
  if (copy) {
    toast({ severity: "success", message: t("ops.copied", { what: namesOf(env, done), folder: folderName }) });
    return;
  }
  folder.setSelection(EMPTY);
  undoToast(env, t("ops.moved", { what: namesOf(env, done), folder: folderName }), async () => {
    // Back to where each item came from, one request per original folder.
    const byParent = new Map<string, string[]>();
    for (const f of done) {
      const from = parseUri(fileKey(f)).parent().toString();
      byParent.set(from, [...(byParent.get(from) ?? []), dstUri.join(f.name).toString()]);
    }
    let ok = true;
    for (const [from, list] of byParent) {
      const back = await runOp(env, t("ops.undoFailed"), () => fileApi.move(list, from, false, folder.maxBatch));
      ok &&= back.ok;
      removeFromLists(qc, new Set(list));
      staleFolders(qc, [from]);
    }
    await refetchFolder(qc, folder.current);
    if (ok) toast({ severity: "info", message: t("ops.undone") });
  });
}

/** Asks for the destination (My files, or where the user is) and moves or copies there. */
export async function moveOrCopy(env: OpsEnv, folder: FolderScope, files: FileResponse[], copy: boolean) {
  if (files.length === 0) return;
  const { t } = env;
  const start = folder.uri.fs === "my" ? folder.uri.withoutSearch() : parseUri("cloudreve://my");
  const what = namesOf(env, files);
  const dst = await dialogs.pickFolder({
    title: copy ? t("picker.copyTitle", { what }) : t("picker.moveTitle", { what }),
    confirmLabel: copy ? t("picker.copyHere") : t("picker.moveHere"),
    start,
    exclude: files.filter(isFolder).map(fileKey),
    maxPageSize: folder.maxPageSize,
  });
  if (dst) await moveTo(env, folder, files, dst, copy);
}
