import type { CrUri } from "../../../lib/uri";

/** The explorer URL of a folder (every state that matters lives in the URL: path, and page in offset mode). */
export function explorerHref(uri: CrUri | string, page?: number): string {
  const search = new URLSearchParams({ path: uri.toString() });
  if (page && page > 0) search.set("page", String(page + 1));
  return `/home?${search.toString()}`;
}
