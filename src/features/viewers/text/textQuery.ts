// The text an editor opens, as a query its viewer reads and the host can start before the
// editor's code has arrived (warm.ts): the download then runs beside the code's.
import { queryOptions, type QueryClient } from "@tanstack/react-query";
import { api, unwrap } from "../../../api/client";
import { fetchFileText } from "../../../api/content";
import { ErrorCode, isApiError } from "../../../api/errors";
import type { FileResponse } from "../../../api/queries/files";
import { viewerKeys, viewerQueries } from "../../../api/queries/viewers";

/** Above this the text opens read-only: editing and saving megabytes in a browser tab is fragile. */
export const EDIT_LIMIT = 5 * 1024 * 1024;
/** Above this the text is not loaded at all; the user downloads it instead. */
export const VIEW_LIMIT = 20 * 1024 * 1024;

export interface LoadedText {
  text: string;
  /** The version the text is, sent as `previous` when saving. */
  entity: string | undefined;
}

/**
 * Reads the text at the version the listing named (so what is shown is exactly what `previous`
 * says on saving). The URL goes through the shared query, so a page that already asked for it (a
 * single-file share counts every URL handed out as a download) does not ask again. When that
 * version is gone (replaced and pruned since the listing), the current one is read instead.
 */
async function load(qc: QueryClient, file: FileResponse, version: string | undefined, contextHint: string | undefined): Promise<LoadedText> {
  const uri = file.path ?? "";
  const read = async (entity: string | undefined) => {
    const { url } = await qc.fetchQuery(viewerQueries.url(uri, { entity, contextHint }));
    if (!url) throw new Error("no URL");
    return { text: await fetchFileText(url), entity };
  };
  const listed = version ?? file.primary_entity;
  // An empty file (New file, New document) may have no stored version to fetch; nothing to read.
  if (!version && file.size === 0) return { text: "", entity: file.primary_entity || undefined };
  try {
    return await read(listed);
  } catch (e) {
    if (version || !isApiError(e) || (e.code !== ErrorCode.BatchNotFullyCompleted && e.code !== 40077)) throw e;
    return read((await unwrap(api.GET("/file/info", { params: { query: { uri } } }))).primary_entity);
  }
}

/**
 * Each opening reads the text afresh: the editor removes the entry when it closes, and nothing else
 * keeps it. A read started ahead of the editor (warm.ts) is kept long enough for the editor to
 * take it over.
 */
export const textQuery = (qc: QueryClient, file: FileResponse, version: string | undefined, contextHint: string | undefined) =>
  queryOptions({
    queryKey: viewerKeys.text(file.path ?? "", version),
    queryFn: () => load(qc, file, version, contextHint),
    staleTime: Infinity,
    gcTime: 60_000,
    retry: false,
  });
