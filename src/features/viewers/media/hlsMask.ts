// HLS playlists name their segments (and variant playlists) by paths relative to the playlist. A
// signed URL of the playlist file does not lead to its siblings: every file has its own signed URL
// (docs/server-behaviour.md, "Signed URLs of media"), so the server cannot resolve `seg0.ts` next
// to `…/content/<id>/0/list.m3u8`.
// hls.js is therefore given a masked address that mirrors the file's path in the drive; relative
// references resolve against it to masked addresses of the sibling files, and the loader asks the
// server for a signed URL of each file just before loading it (re-signed once that one nears its
// expiry, so long playback never meets an expired URL). Pure, unit-tested.
import type { CrUri } from "../../../lib/uri";

/** A host that never resolves (RFC 2606 `.invalid`), so a masked address can never be fetched as it is. */
export const MASK_ORIGIN = "https://drive.invalid";

export function maskOf(file: CrUri): string {
  return MASK_ORIGIN + file.segments.map((s) => `/${encodeURIComponent(s)}`).join("");
}

/** The drive file a masked address stands for (in the same file system as `file`), or null for other URLs. */
export function unmask(url: string, file: CrUri): CrUri | null {
  if (!url.startsWith(`${MASK_ORIGIN}/`)) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const names = path.split("/").filter(Boolean);
  try {
    return file.root().join(...names.map((n) => decodeURIComponent(n)));
  } catch {
    return null;
  }
}
