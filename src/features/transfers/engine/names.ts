// Where each file goes, and the names used to resolve conflicts.
import { parseUri, type CrUri } from "../../../lib/uri";

/** Splits "a/b/c.txt" (webkitRelativePath or a dropped entry's path) into names; empty parts dropped. */
export function pathSegments(relativePath: string): string[] {
  return relativePath.split("/").filter((s) => s !== "" && s !== ".");
}

/**
 * The URI the file is uploaded to: `<folder>/<relative path>`. The server creates missing parent
 * folders while making the placeholder (docs/server-behaviour.md, "Storage policies and upload drivers"), so no mkdir is needed. Throws UriError
 * for a path the server would read differently (e.g. "..").
 */
export function targetUri(folder: string | CrUri, relativePath: string): CrUri {
  const base = typeof folder === "string" ? parseUri(folder) : folder;
  return base.withoutSearch().join(...pathSegments(relativePath));
}

/** Lower-case extension without the dot, "" when there is none (".bashrc" has none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

/** "report.pdf" → "report (1).pdf"; ".env" → ".env (1)"; "a" → "a (1)". */
export function numberedName(name: string, n: number): string {
  const dot = name.lastIndexOf(".");
  if (dot <= 0) return `${name} (${n})`;
  return `${name.slice(0, dot)} (${n})${name.slice(dot)}`;
}

/** The same URI with its last segment renamed. */
export function renamed(uri: CrUri, name: string): CrUri {
  return uri.parent().join(name);
}
