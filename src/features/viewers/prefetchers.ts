// What a viewer reads first, started when its file is opened (registry.ts `prefetch`). Each one
// warms exactly the query its viewer then reads, so nothing is asked twice: in a single-file share
// every signed URL handed out counts as a download.
import type { QueryClient } from "@tanstack/react-query";
import { fileQueries, type FileResponse } from "../../api/queries/files";
import { viewerQueries } from "../../api/queries/viewers";
import { textQuery, VIEW_LIMIT } from "./text/textQuery";

/** The file being opened, as the host will hand it to the viewer. */
export interface Opening {
  file: FileResponse;
  version?: string | undefined;
  contextHint?: string | undefined;
}

const quiet = (p: Promise<unknown>) => void p.catch(() => undefined);

/** The signed URL of the shown version (PDF, video, audio). */
export function prefetchUrl(qc: QueryClient, o: Opening) {
  quiet(qc.prefetchQuery(viewerQueries.url(o.file.path ?? "", { entity: o.version ?? o.file.primary_entity, contextHint: o.contextHint })));
}

/** The lightbox shows the thumbnail first, then the full image. */
export function prefetchImage(qc: QueryClient, o: Opening) {
  if (!o.version && o.file.metadata?.["thumb:disabled"] === undefined) quiet(qc.prefetchQuery(fileQueries.thumb(o.file.path ?? "", o.contextHint)));
  prefetchUrl(qc, o);
}

/** The text itself, downloaded while the editor's code loads. */
export function prefetchText(qc: QueryClient, o: Opening) {
  if (o.file.size > VIEW_LIMIT) return;
  quiet(qc.prefetchQuery(textQuery(qc, o.file, o.version, o.contextHint)));
}
