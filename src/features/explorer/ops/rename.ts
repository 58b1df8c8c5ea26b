// Naming: renaming in place or in a dialog, and new folders / files. A name the server refuses
// keeps the field open with the reason beside it, so the user can correct it.
import { ApiError, ErrorCode, describeError } from "../../../api/errors";
import type { FileResponse } from "../../../api/queries/files";
import { validateName } from "../../../lib/uri";
import { dialogs } from "../dialogs";
import { fileKey } from "../model/files";
import { fileApi } from "./api";
import { insertIntoFolder, replaceInLists, staleFolders } from "./cache";
import { runOp } from "./errors";
import { undoToast, type FolderScope, type OpsEnv } from "./env";

/** The server's "name contains characters it does not allow" (a policy's own name rules). */
const NAME_ILLEGAL_CHAR = 40052;

/**
 * Renames; the answer is the message to show beside the name, or null when done. The inline
 * field stays open (with the message) until the rename went through or was given up.
 */
export async function commitRename(env: OpsEnv, folder: FolderScope, f: FileResponse, name: string | null): Promise<string | null> {
  const { t, qc } = env;
  if (name === null || name === f.name) {
    folder.setRenaming(null);
    return null;
  }
  const invalid = validateName(name);
  if (invalid) return t(`names.${invalid}`);
  const oldKey = fileKey(f);
  let next: FileResponse;
  try {
    next = await fileApi.rename(oldKey, name);
  } catch (e) {
    if (e instanceof ApiError && e.code === ErrorCode.ObjectExist) return t("errors.exists");
    if (e instanceof ApiError && e.code === NAME_ILLEGAL_CHAR) return t("names.nameIllegalChar");
    // A lock conflict can be forced open; then the rename itself is sent again.
    const res = await runOp(env, t("actions.rename"), () => fileApi.rename(oldKey, name), e);
    if (!res.ok) return describeError(res.error, t);
    next = res.value;
  }
  folder.setRenaming(null);
  replaceInLists(qc, oldKey, next);
  staleFolders(qc, [folder.current]);
  folder.setSelection({ kind: "some", keys: new Set([fileKey(next)]) });
  folder.focusKey(fileKey(next));
  undoToast(env, t("ops.renamed", { from: f.name, to: name }), async () => {
    const back = await runOp(env, t("ops.undoFailed"), () => fileApi.rename(fileKey(next), f.name));
    if (back.ok) {
      replaceInLists(qc, fileKey(next), back.value);
      env.toast({ severity: "info", message: t("ops.undone") });
    }
  });
  return null;
}

/** Rename in a dialog (menus, or F2 on an item scrolled out of view). */
export async function renameInDialog(env: OpsEnv, folder: FolderScope, f: FileResponse) {
  const taken = new Set(folder.files.filter((x) => x !== f).map((x) => x.name));
  await dialogs.name({ mode: "rename", initial: f.name, taken, submit: (name) => commitRename(env, folder, f, name) });
}

export async function newItem(env: OpsEnv, folder: FolderScope, kind: "folder" | "file") {
  const { t, qc } = env;
  const taken = new Set(folder.files.map((x) => x.name));
  await dialogs.name({
    mode: kind === "folder" ? "newFolder" : "newFile",
    initial: kind === "folder" ? t("ops.defaultFolderName") : t("ops.defaultFileName"),
    taken,
    submit: async (name) => {
      const invalid = validateName(name);
      if (invalid) return t(`names.${invalid}`);
      try {
        const created = await fileApi.create(folder.uri.withoutSearch().join(name).toString(), kind);
        insertIntoFolder(qc, folder.current, { ...created, metadata: created.metadata ?? {}, capability: created.capability ?? folder.head?.props.capability });
        staleFolders(qc, [folder.current]);
        folder.setSelection({ kind: "some", keys: new Set([fileKey(created)]) });
        folder.focusKey(fileKey(created));
        env.toast({ severity: "success", message: t(kind === "folder" ? "ops.folderCreated" : "ops.fileCreated", { name }) });
        return null;
      } catch (e) {
        if (e instanceof ApiError && e.code === ErrorCode.ObjectExist) return t("errors.exists");
        return describeError(e, t);
      }
    },
  });
}
