// Metadata changes from the organize dialogs: one PATCH /file/metadata per server-sized batch,
// then the cached listings show the new values without a reload.
import type { InfiniteData, QueryClient } from "@tanstack/react-query";
import { fileKeys, type FileResponse, type ListResponse } from "../../../api/queries/files";
import { fileApi } from "../ops/api";
import { fileKey } from "../model/files";

export interface MetaPatch {
  key: string;
  value?: string;
  remove?: boolean;
}

/** Conservative batch size: the server refuses larger batches whole (max_batch_size). */
const BATCH = 50;

/** Sends `patchesFor(file)` for each file (files with equal patches share a request). */
export async function patchFiles(qc: QueryClient, files: readonly FileResponse[], patchesFor: (f: FileResponse) => MetaPatch[]): Promise<void> {
  const groups = new Map<string, { patches: MetaPatch[]; files: FileResponse[] }>();
  for (const f of files) {
    const patches = patchesFor(f);
    if (patches.length === 0) continue;
    const id = JSON.stringify(patches);
    const g = groups.get(id) ?? { patches, files: [] };
    g.files.push(f);
    groups.set(id, g);
  }
  try {
    for (const { patches, files: group } of groups.values()) {
      for (let i = 0; i < group.length; i += BATCH) {
        const chunk = group.slice(i, i + BATCH);
        await fileApi.patchMetadata(chunk.map(fileKey), patches);
        const changed = new Set(chunk.map(fileKey));
        // The new metadata in every cached listing (the folder's, the tree's, a search's). Done
        // here rather than through ops/cache, which would otherwise leave the explorer's chunk.
        qc.setQueriesData<InfiniteData<ListResponse>>({ queryKey: fileKeys.lists() }, (data) =>
          data
            ? {
                ...data,
                pages: data.pages.map((p) => ({
                  ...p,
                  files: p.files.map((x) => (changed.has(fileKey(x)) ? { ...x, metadata: applied(x.metadata, patches) } : x)),
                })),
              }
            : data,
        );
      }
    }
  } finally {
    await qc.invalidateQueries({ queryKey: fileKeys.infos() });
  }
}

export function applied(metadata: Record<string, string> | null | undefined, patches: readonly MetaPatch[]): Record<string, string> {
  const next = { ...(metadata ?? {}) };
  for (const p of patches) {
    if (p.remove) delete next[p.key];
    else next[p.key] = p.value ?? "";
  }
  return next;
}
