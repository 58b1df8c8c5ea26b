import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQueryClient } from "@tanstack/react-query";
import { fileKeys, type FileResponse } from "../../../api/queries/files";
import { describeError } from "../../../api/errors";
import { useToast } from "../../../shared/toast";
import { fileKey } from "../model/files";
import { fileApi } from "../ops/api";
import { replaceInLists } from "../ops/cache";
import { applyPatches, type MetadataPatch } from "./metadataEdits";

/**
 * Changes a file's metadata (PATCH /file/metadata): the listings show the change at once, the
 * details are fetched again, and a failure is a toast. Resolves whether it worked.
 */
export function useMetadataPatch(file: FileResponse) {
  const { t } = useTranslation("explorer");
  const toast = useToast();
  const qc = useQueryClient();
  const [busy, setBusy] = useState(false);
  const uri = fileKey(file);
  const patch = async (patches: MetadataPatch[]) => {
    setBusy(true);
    try {
      await fileApi.patchMetadata([uri], patches);
      replaceInLists(qc, uri, { ...file, metadata: applyPatches(file.metadata, patches) });
      await qc.invalidateQueries({ queryKey: fileKeys.infos() });
      return true;
    } catch (e) {
      toast({ severity: "error", message: describeError(e, t) });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { patch, busy };
}
