// cloudreve:// file URIs (docs/server-behaviour.md, "File URIs"): the one entry the app imports them from. The parts live
// under ./uri/ by job: the URI value, parsing, search queries and name rules.
export { CrUri, FS_TYPES, UriError, displayPath, shareUri, type CrUriParts, type FsType, type SearchPair } from "./uri/crUri";
export { parseUri, tryParseUri } from "./uri/parse";
export { SIZE_UNBOUNDED, buildSearchQuery, parseSearchQuery, type SearchCategory, type SearchOptions, type SearchType } from "./uri/search";
export { validateName, type NameError } from "./uri/names";
