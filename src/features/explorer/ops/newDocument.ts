// "New document…": the viewers feature asks which kind (the catalogue's templates) and what name;
// this creates the empty file in the folder as a new file is created, then the viewer opens it.
import { ApiError, ErrorCode, describeError } from "../../../api/errors";
import { validateName } from "../../../lib/uri";
import { newDocument as askAndOpen } from "../../viewers";
import { fileKey } from "../model/files";
import { fileApi } from "./api";
import { insertIntoFolder, staleFolders } from "./cache";
import type { FolderScope, OpsEnv } from "./env";

export async function newDocument(env: OpsEnv, folder: FolderScope) {
  const { t, qc } = env;
  await askAndOpen({
    qc,
    navigate: env.navigate,
    groupPermission: folder.groupPermission,
    taken: new Set(folder.files.map((x) => x.name)),
    create: async (name) => {
      const invalid = validateName(name);
      if (invalid) return t(`names.${invalid}`);
      try {
        const created = await fileApi.create(folder.uri.withoutSearch().join(name).toString(), "file");
        insertIntoFolder(qc, folder.current, { ...created, metadata: created.metadata ?? {}, capability: created.capability ?? folder.head?.props.capability });
        staleFolders(qc, [folder.current]);
        folder.setSelection({ kind: "some", keys: new Set([fileKey(created)]) });
        return created;
      } catch (e) {
        if (e instanceof ApiError && e.code === ErrorCode.ObjectExist) return t("errors.exists");
        return describeError(e, t);
      }
    },
  });
}
