// The cloudreve:// URI value (docs/server-behaviour.md, "File URIs"): its parts, and its text exactly as the server's Go
// net/url will read it back.
import { isSearchTrigger } from "./searchKeys";

export const FS_TYPES = ["my", "share", "trash", "shared_with_me"] as const;
export type FsType = (typeof FS_TYPES)[number];

/** One query pair; presence-only flags such as `case_folding` have the value "". */
export type SearchPair = readonly [key: string, value: string];

export class UriError extends Error {
  override name = "UriError";
}

export interface CrUriParts {
  fs: FsType;
  id?: string | undefined;
  password?: string | undefined;
  /** Decoded names, root first. */
  segments?: readonly string[];
  search?: Iterable<SearchPair>;
}

export const SCHEME = "cloudreve://";

function encode(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    // encodeURIComponent throws on lone surrogates, which no server name can contain.
    throw new UriError(`Cannot encode ${JSON.stringify(s)}`);
  }
}

function checkSegment(name: string): void {
  // Such a segment would be dropped or reinterpreted by the server's path.Clean, so the URI
  // would silently address a different file.
  if (name === "" || name === "." || name === ".." || name.includes("/")) {
    throw new UriError(`Invalid path segment ${JSON.stringify(name)}`);
  }
}

/** An immutable cloudreve:// URI. */
export class CrUri {
  readonly fs: FsType;
  readonly id: string | undefined;
  readonly password: string | undefined;
  readonly segments: readonly string[];
  readonly search: readonly SearchPair[];
  readonly #href: string;

  constructor(parts: CrUriParts) {
    this.fs = parts.fs;
    this.id = parts.id || undefined;
    this.password = parts.password || undefined;
    this.segments = Object.freeze([...(parts.segments ?? [])]);
    this.segments.forEach(checkSegment);
    this.search = Object.freeze([...(parts.search ?? [])].map(([k, v]) => Object.freeze([k, v] as const)));
    // Built eagerly so that an unencodable URI fails where it is made, not where it is used.
    this.#href = this.#build();
  }

  #build(): string {
    let auth = "";
    if (this.id !== undefined || this.password !== undefined) {
      auth = encode(this.id ?? "") + (this.password !== undefined ? ":" + encode(this.password) : "") + "@";
    }
    const path = this.segments.map((s) => "/" + encode(s)).join("");
    const query = this.search.map(([k, v]) => (v === "" ? encode(k) : `${encode(k)}=${encode(v)}`)).join("&");
    return SCHEME + auth + this.fs + path + (query ? "?" + query : "");
  }

  toString(): string {
    return this.#href;
  }

  toJSON(): string {
    return this.#href;
  }

  get isRoot(): boolean {
    return this.segments.length === 0;
  }

  /** True when the server would list this URI as a search (a recognised search key is present). */
  get isSearch(): boolean {
    return this.search.some(([k]) => isSearchTrigger(k));
  }

  /** The last segment, or "" at the root. */
  get name(): string {
    return this.segments[this.segments.length - 1] ?? "";
  }

  #with(parts: Partial<CrUriParts>): CrUri {
    return new CrUri({
      fs: this.fs,
      id: this.id,
      password: this.password,
      segments: this.segments,
      search: this.search,
      ...parts,
    });
  }

  /** The containing folder without the search; the root is its own parent. */
  parent(): CrUri {
    return this.#with({ segments: this.segments.slice(0, -1), search: [] });
  }

  /** Appends decoded names (each one a single segment); the search is dropped. */
  join(...names: string[]): CrUri {
    return this.#with({ segments: [...this.segments, ...names], search: [] });
  }

  root(): CrUri {
    return this.#with({ segments: [], search: [] });
  }

  withoutSearch(): CrUri {
    return this.#with({ search: [] });
  }

  /** Replaces the search; accepts pair lists and URLSearchParams alike. */
  withSearch(params: Iterable<SearchPair>): CrUri {
    return this.#with({ search: params });
  }

  equals(other: CrUri): boolean {
    return this.#href === other.#href;
  }

  /**
   * Strictly below `other` in the same file system instance. Like the server's
   * EqualOrIsDescendantOf, the password and the search do not take part.
   */
  isDescendantOf(other: CrUri): boolean {
    return (
      this.fs === other.fs && this.id === other.id && this.segments.length > other.segments.length && other.segments.every((s, i) => this.segments[i] === s)
    );
  }
}

/** The root of a share, as the server builds it in NewShareUri. */
export function shareUri(id: string, password?: string): CrUri {
  return new CrUri({ fs: "share", id, password });
}

/**
 * A folder as people read it: the root's name, then the path under it ("My files/Photos/2024").
 * The root's name depends on the place and the language, so the caller brings it.
 */
export function displayPath(folder: CrUri, rootName: string): string {
  return [rootName, ...folder.segments].join("/");
}
