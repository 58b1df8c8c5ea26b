// The one caller of POST /file/url. Every signed URL the app uses (a viewer's content, a download,
// a zip of several files, a share's README) comes from here, so the rules live in one place:
// the listing's context hint travels as a header (the server then skips a lookup), and the
// Authorization header goes only to this API call, never to the signed URLs it answers.
import { api, unwrap } from "../client";
import type { components } from "../schema";

type UrlBody = components["schemas"]["FileUrlRequest"];

export interface FileUrlOptions {
  /** `context_hint` of the listing the files come from. */
  contextHint?: string | undefined;
  /** A specific version of the file (entity hashid). */
  entity?: string | undefined;
  signal?: AbortSignal | undefined;
}

/** Signed URLs for `uris`; `body` adds the request's switches (download, archive, skip_error…). */
export function requestFileUrls(uris: string[], body: Omit<UrlBody, "uris" | "entity"> = {}, opts: FileUrlOptions = {}) {
  return unwrap(
    api.POST("/file/url", {
      body: { uris, ...body, ...(opts.entity ? { entity: opts.entity } : {}) },
      params: { header: opts.contextHint ? { "X-Cr-Context-Hint": opts.contextHint } : {} },
      signal: opts.signal,
    }),
  );
}
