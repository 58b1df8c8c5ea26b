// What the connect page needs to know about a WebDAV account, apart from rendering it.
import { boolsetHas } from "../../lib/boolset";
import { tryParseUri } from "../../lib/uri";

/**
 * Option bits of an account. The community server knows only these two; "hide system files" of
 * newer servers is not offered because this server would silently drop it.
 */
export const DavOption = { ReadOnly: 0, Proxy: 1 } as const;

export interface DavFlags {
  readOnly: boolean;
  proxy: boolean;
}

export function davFlags(options: string | null | undefined): DavFlags {
  return { readOnly: boolsetHas(options, DavOption.ReadOnly), proxy: boolsetHas(options, DavOption.Proxy) };
}

/** WebDAV clients connect to the site itself: the server speaks the protocol under /dav. */
export const davServerAddress = (origin: string) => `${origin.replace(/\/+$/, "")}/dav`;

/** Where an account's root is, for display. */
export type DavRoot = { fs: "my"; path: string[] } | { fs: "share"; id: string; path: string[] } | { fs: "other"; uri: string };

export function davRoot(uri: string): DavRoot {
  const parsed = tryParseUri(uri);
  if (parsed?.fs === "my") return { fs: "my", path: [...parsed.segments] };
  if (parsed?.fs === "share") return { fs: "share", id: parsed.id ?? "", path: [...parsed.segments] };
  return { fs: "other", uri };
}

export const NAME_MAX = 255;
export type NameProblem = "required" | "tooLong";

/** The server counts characters, not UTF-16 units, and takes any non-empty name. */
export function nameProblem(name: string): NameProblem | null {
  if (name.trim() === "") return "required";
  if ([...name].length > NAME_MAX) return "tooLong";
  return null;
}
