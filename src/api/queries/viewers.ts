// What the file viewers ask of the server: signed URLs of a file's bytes (docs/server-behaviour.md, "Downloads and links"), new
// content (§8.12, with the version the edit started from), viewer sessions (§8.14) and a file
// named in a deep link.
import { queryOptions } from "@tanstack/react-query";
import { api, unwrap } from "../client";
import { isApiError } from "../errors";
import type { FileResponse } from "./files";
import { requestFileUrls } from "./fileUrl";

/** Signed URLs are reused until shortly before they expire. */
const URL_MARGIN_MS = 60_000;

export const viewerKeys = {
  all: ["viewers"] as const,
  url: (uri: string, entity: string | undefined) => ["viewers", "url", uri, entity ?? ""] as const,
  text: (uri: string, entity: string | undefined) => ["viewers", "text", uri, entity ?? ""] as const,
  resolve: (folder: string, open: string) => ["viewers", "resolve", folder, open] as const,
};

/**
 * A signed URL for reading a file (never `download`, so images and text load inline). In a
 * single-file share every URL the server hands out counts as a download, so one URL is kept for
 * as long as it is valid instead of asking again on each render.
 */
export function fileUrl(
  uri: string,
  opts: { entity?: string | undefined; contextHint?: string | undefined; primarySite?: boolean } = {},
  signal?: AbortSignal,
) {
  // Apps outside this site (custom viewers) get a URL on the admin's primary site address.
  return requestFileUrls([uri], opts.primarySite ? { use_primary_site_url: true } : {}, { entity: opts.entity, contextHint: opts.contextHint, signal }).then(
    (res) => ({
      url: res.urls[0]?.url ?? "",
      expires: res.expires ?? null,
    }),
  );
}

export const viewerQueries = {
  url: (uri: string, opts: { entity?: string | undefined; contextHint?: string | undefined } = {}) =>
    queryOptions({
      queryKey: viewerKeys.url(uri, opts.entity),
      queryFn: ({ signal }) => fileUrl(uri, opts, signal),
      staleTime: (q) => {
        const expires = q.state.data?.expires;
        return expires ? Math.max(0, Date.parse(expires) - Date.now() - URL_MARGIN_MS) : 10 * 60_000;
      },
      gcTime: 10 * 60_000,
      retry: false,
    }),
  /**
   * The file a deep link names (`open=<id or name>`) when it is not among the loaded items: by name
   * inside the folder (works for anyone who can list it), else by id (owners only).
   */
  resolve: (folder: string, open: string, byName: string | undefined) =>
    queryOptions({
      queryKey: viewerKeys.resolve(folder, open),
      queryFn: async ({ signal }): Promise<FileResponse> => {
        if (byName) {
          try {
            return await unwrap(api.GET("/file/info", { params: { query: { uri: byName } }, signal }));
          } catch (e) {
            if (!isApiError(e) || (e.code !== 40016 && e.code !== 404)) throw e;
          }
        }
        return unwrap(api.GET("/file/info", { params: { query: { id: open } }, signal }));
      },
      retry: false,
      staleTime: 30_000,
    }),
};

/**
 * Replaces a file's content. `previous` is the version the edit started from: when the file has
 * changed since, the server refuses with 40076 instead of overwriting someone else's change. No
 * `previous` overwrites whatever is there (or creates the file).
 */
export function saveFileContent(uri: string, content: string | Blob, previous?: string): Promise<FileResponse> {
  const body = typeof content === "string" ? new Blob([content], { type: "application/octet-stream" }) : content;
  return unwrap(
    api.PUT("/file/content", {
      params: { query: { uri, ...(previous ? { previous } : {}) } },
      body: body as never,
      // Raw bytes, not JSON.
      bodySerializer: (b: unknown) => b as Blob,
      headers: { "Content-Type": "application/octet-stream" },
    }),
  );
}

export function createViewerSession(body: { uri: string; viewer_id: string; preferred_action: "view" | "edit"; version?: string }) {
  return unwrap(api.PUT("/file/viewerSession", { body }));
}
