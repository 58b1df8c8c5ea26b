import { useLocation } from "react-router";
import { tryParseUri } from "../../lib/uri";

/**
 * The folder the explorer shows, when uploads can go there: `/home?path=cloudreve://my/...`
 * (the root when no path is given), not a search. Undefined on other pages and in shares, trash
 * and "shared with me", where the community server accepts no uploads (docs/server-behaviour.md, "Capabilities and permissions").
 */
export function useUploadTarget(): string | undefined {
  const { pathname, search } = useLocation();
  if (pathname !== "/home") return undefined;
  const raw = new URLSearchParams(search).get("path");
  const uri = tryParseUri(raw ?? "cloudreve://my");
  if (!uri || uri.fs !== "my" || uri.isSearch) return undefined;
  return uri.toString();
}
