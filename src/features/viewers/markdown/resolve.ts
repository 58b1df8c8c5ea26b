// Relative links and image paths in a Markdown file point into its folder (`pics/a.png`,
// `../b.md`). They are resolved to cloudreve:// URIs; the bytes then come through signed URLs.
import { CrUri } from "../../../lib/uri";

/** Absolute URLs (any scheme, or `//host`) and in-page anchors are not paths in the drive. */
export function isRelativePath(url: string): boolean {
  return url !== "" && !url.startsWith("#") && !url.startsWith("//") && !/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(url);
}

/**
 * The URI a relative path names, seen from `folder`; null for absolute URLs, anchors, paths that
 * climb above the root, and undecodable ones. A leading `/` starts at the root of the file system.
 */
export function resolveRelative(folder: CrUri, url: string): CrUri | null {
  if (!isRelativePath(url)) return null;
  const path = url.split(/[?#]/, 1)[0]!;
  if (!path) return null;
  const segments = path.startsWith("/") ? [] : [...folder.segments];
  for (const raw of path.split("/")) {
    let seg: string;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (segments.length === 0) return null;
      segments.pop();
      continue;
    }
    segments.push(seg);
  }
  if (segments.length === 0) return null;
  try {
    return folder.root().join(...segments);
  } catch {
    return null;
  }
}
