// Reading cloudreve:// file URIs (docs/server-behaviour.md, "File URIs"). The server parses them with Go's net/url, so
// this parser mirrors what the server will understand rather than what a browser URL parser would
// do: the path is percent-decoded as a whole and then cleaned like path.Clean, a literal "+" in the
// path stays "+", and query pairs are decoded the way url.ParseQuery decodes them.
import { CrUri, FS_TYPES, SCHEME, UriError, type FsType, type SearchPair } from "./crUri";

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    throw new UriError(`Malformed percent-encoding in ${JSON.stringify(s)}`);
  }
}

function isFsType(s: string): s is FsType {
  return (FS_TYPES as readonly string[]).includes(s);
}

/** Parses a cloudreve:// URI; throws UriError on a wrong scheme, an unknown fs or bad escapes. */
export function parseUri(input: string): CrUri {
  if (input.slice(0, SCHEME.length).toLowerCase() !== SCHEME) {
    throw new UriError(`Not a cloudreve:// URI: ${JSON.stringify(input)}`);
  }
  // Like Go, a fragment is not part of what the server sees.
  const hash = input.indexOf("#");
  let rest = input.slice(SCHEME.length, hash === -1 ? undefined : hash);

  let rawQuery = "";
  const q = rest.indexOf("?");
  if (q !== -1) {
    rawQuery = rest.slice(q + 1);
    rest = rest.slice(0, q);
  }

  const slash = rest.indexOf("/");
  const authority = slash === -1 ? rest : rest.slice(0, slash);
  const rawPath = slash === -1 ? "" : rest.slice(slash);

  // Go splits user info at the last "@" and user from password at the first ":".
  const at = authority.lastIndexOf("@");
  const host = authority.slice(at + 1).toLowerCase();
  if (!isFsType(host)) throw new UriError(`Unknown file system ${JSON.stringify(host)}`);

  let id: string | undefined;
  let password: string | undefined;
  if (at !== -1) {
    const userinfo = authority.slice(0, at);
    const colon = userinfo.indexOf(":");
    id = decode(colon === -1 ? userinfo : userinfo.slice(0, colon));
    if (colon !== -1) password = decode(userinfo.slice(colon + 1));
  }

  return new CrUri({ fs: host, id, password, segments: cleanPath(decode(rawPath)), search: parseQuery(rawQuery) });
}

/** parseUri that returns null instead of throwing, for untrusted input such as `?path=`. */
export function tryParseUri(input: string): CrUri | null {
  try {
    return parseUri(input);
  } catch (e) {
    if (e instanceof UriError) return null;
    throw e;
  }
}

// path.Clean semantics on a decoded path: an encoded "%2F" has become a separator by now, exactly
// as it does on the server.
function cleanPath(path: string): string[] {
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") out.pop();
    else out.push(seg);
  }
  return out;
}

// url.ParseQuery semantics: "+" means space in a query, and a bare key has the value "".
function parseQuery(raw: string): SearchPair[] {
  const pairs: SearchPair[] = [];
  for (const part of raw.split("&")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    const key = eq === -1 ? part : part.slice(0, eq);
    const value = eq === -1 ? "" : part.slice(eq + 1);
    pairs.push([decode(key.replaceAll("+", " ")), decode(value.replaceAll("+", " "))]);
  }
  return pairs;
}
