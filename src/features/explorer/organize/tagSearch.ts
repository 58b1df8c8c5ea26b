import { parseUri } from "../../../lib/uri";
import { explorerHref } from "../nav/href";

/** The explorer address that lists the files of My files carrying a tag (`meta_tag:<name>`; docs/server-behaviour.md, "File URIs"). */
export function tagSearchHref(name: string): string {
  return explorerHref(parseUri("cloudreve://my").withSearch([[`meta_tag:${name}`, ""]]));
}
