import type { Share } from "../../api/queries/shares";
import { parseUri } from "../../lib/uri";

/**
 * The `my` URI of the shared object, from the owner's `source_uri` (docs/server-behaviour.md, "Share links": for a file share
 * the server gives the file's parent folder, so the file name is appended).
 */
export function shareSourceUri(info: Share): string | undefined {
  if (!info.source_uri) return undefined;
  const base = parseUri(info.source_uri);
  return (info.source_type === 0 && info.name ? base.join(info.name) : base).toString();
}

/** Seconds until a share expires, for re-creating it with the same remaining lifetime. */
export function remainingSeconds(info: Share, now: number): number {
  return info.expires ? Math.max(1, Math.floor((Date.parse(info.expires) - now) / 1000)) : 0;
}
