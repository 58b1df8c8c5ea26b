import { parseUri } from "../../../lib/uri";
import { explorerHref } from "../nav/href";

/** The explorer address that lists the files of My files carrying a tag (contract §8.2: `meta_tag:<name>`). */
export function tagSearchHref(name: string): string {
  return explorerHref(parseUri("cloudreve://my").withSearch([[`meta_tag:${name}`, ""]]));
}
