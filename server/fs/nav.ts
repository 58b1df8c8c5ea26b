import { AppError } from "../core/envelope.ts";
import { encodeBits, NAV_CAPS, decodeBits, GroupPerm } from "../core/boolset.ts";
import { encodeId, IdType, tryDecodeId } from "../core/ids.ts";
import type { State } from "../state/state.ts";
import type { Identity } from "../state/types.ts";
import { GROUP_READONLY } from "../state/seedUsers.ts";
import { fsOf, type FsStore } from "./store.ts";
import type { FileNode, FsType, Share } from "./types.ts";
import { buildUri, parseUri, shareRootUri, type FsUri } from "./uri.ts";

/** A resolved file system ("navigator" in the server) for one URI and one caller. */
export interface Nav {
  fs: FsType;
  caps: Set<number>;
  capString: string;
  who: Identity;
  uri: FsUri;
  store: FsStore;
  /** Owner root (my) or the caller's root (shared_with_me). */
  root?: FileNode;
  share?: Share;
  /** Folder the share is rooted at (for a single-file share: the file's parent). */
  shareRoot?: FileNode;
  singleFile?: FileNode;
  /** The file system root URI in the caller's view. */
  rootUri: string;
}

/** Stand-in extension: the read-only test group sees a reduced `my` capability set. */
const READONLY_MY = encodeBits([7, 9, 10, 19, 23]);

export const errPathNotExist = () => new AppError(40016, "Path not exist");
export const errNotSupported = () => new AppError(403, "Not supported action");
export const errOwnerOnly = () => new AppError(40082, "Only owner or administrator can perform this action");
export const errLogin = () => new AppError(401, "Login required");
export const errShareNotFound = () => new AppError(404, "Shared file does not exist");

export function capString(who: Identity, fs: FsType): string {
  if (fs === "my" && who.group.id === GROUP_READONLY) return READONLY_MY;
  return NAV_CAPS[fs];
}

const capCache = new Map<string, Set<number>>();
function capSet(s: string): Set<number> {
  let set = capCache.get(s);
  if (!set) capCache.set(s, (set = decodeBits(s)));
  return set;
}

export type ShareState = "ok" | "expired" | "gone";

/** Whether a share can still be visited (expired or gone → 404; docs/server-behaviour.md, "Share links"). */
export function shareState(state: State, store: FsStore, share: Share): ShareState {
  const file = store.files.get(share.fileId);
  const owner = state.users.get(share.ownerId);
  if (!file || !store.isAlive(file) || !owner || owner.status !== "active") return "gone";
  if (share.expires && share.expires.getTime() < Date.now()) return "expired";
  if (share.remainDownloads !== undefined && share.remainDownloads <= 0) return "expired";
  return "ok";
}

/**
 * Opens the navigator for a URI: capability check first (403 "Not supported action"), then the
 * file system's own access rules, like `dbfs.getNavigator` followed by `navigator.To`.
 */
export function openNav(state: State, who: Identity, uriOrString: FsUri | string, required: number[] = []): Nav {
  const uri = typeof uriOrString === "string" ? parseUri(uriOrString) : uriOrString;
  const store = fsOf(state);
  const cs = capString(who, uri.fs);
  const caps = capSet(cs);
  for (const c of required) if (!caps.has(c)) throw errNotSupported();
  const nav: Nav = { fs: uri.fs, caps, capString: cs, who, uri, store, rootUri: `cloudreve://${uri.fs}` };
  const user = who.user;
  switch (uri.fs) {
    case "my": {
      if (!user) throw errLogin();
      if (uri.id !== undefined && uri.id !== encodeId(IdType.user, user.id)) throw new AppError(403, "Permission denied");
      nav.root = store.ensureRoot(user.id);
      break;
    }
    case "trash":
      if (!user) throw errLogin();
      break;
    case "shared_with_me":
      if (!user) throw errLogin();
      nav.root = store.ensureRoot(user.id);
      break;
    case "share": {
      const shareId = uri.id ? tryDecodeId(IdType.share, uri.id) : undefined;
      const share = shareId === undefined ? undefined : store.shares.get(shareId);
      if (!share || shareState(state, store, share) !== "ok") throw errShareNotFound();
      if (share.password && share.password !== uri.password) throw new AppError(40069, "Incorrect share password");
      const isOwner = user?.id === share.ownerId;
      if (!isOwner && !who.group.permission.has(GroupPerm.ShareDownload)) {
        throw new AppError(403, "You don't have permission to access share links");
      }
      const file = store.files.get(share.fileId)!;
      nav.share = share;
      if (file.type === 0) {
        nav.singleFile = file;
        nav.shareRoot = file.parent;
      } else nav.shareRoot = file;
      nav.rootUri = shareRootUri(uri.id!, uri.password);
      break;
    }
  }
  return nav;
}

export interface Located {
  /** The addressed node; undefined when it does not exist (or for the trash root). */
  target?: FileNode;
  /** Deepest existing node on the way (for creation). */
  ancestor?: FileNode;
  /** Number of path elements the ancestor covers. */
  depth: number;
  /** Set when the walk hit a share shortcut before the end of the path. */
  symbolic?: { node: FileNode; rest: string[] };
}

/** Walks the URI's path inside the navigator. */
export function locate(nav: Nav, elements = nav.uri.elements): Located {
  const store = nav.store;
  switch (nav.fs) {
    case "trash": {
      if (elements.length > 1) throw errPathNotExist();
      if (elements.length === 0) return { depth: 0 };
      for (const n of store.trash.get(nav.who.user!.id) ?? []) if (n.name === elements[0]) return { target: n, ancestor: n, depth: 1 };
      return { depth: 0 };
    }
    case "shared_with_me":
      if (elements.length > 0) throw errPathNotExist();
      return { target: nav.root, ancestor: nav.root, depth: 0 };
    case "share":
      if (nav.singleFile) {
        if (elements.length === 0) return { target: nav.shareRoot, ancestor: nav.shareRoot, depth: 0 };
        if (elements.length === 1 && elements[0] === nav.singleFile.name) return { target: nav.singleFile, ancestor: nav.singleFile, depth: 1 };
        return { ancestor: nav.shareRoot, depth: 0 };
      }
      return walk(nav.shareRoot!, elements);
    case "my":
      return walk(nav.root!, elements);
  }
}

function walk(start: FileNode, elements: string[]): Located {
  let cur = start;
  for (let i = 0; i < elements.length; i++) {
    if (cur.isSymbolic && cur.type === 1) return { ancestor: cur, depth: i, symbolic: { node: cur, rest: elements.slice(i) } };
    const next = cur.children?.get(elements[i]!);
    if (!next) return { ancestor: cur, depth: i };
    cur = next;
  }
  return { target: cur, ancestor: cur, depth: elements.length };
}

/** Locates and requires the target to exist. */
export function mustLocate(nav: Nav): FileNode {
  const loc = locate(nav);
  if (!loc.target) throw errPathNotExist();
  return loc.target;
}

/**
 * Resolves a URI for reading (listing, URLs, thumbnails): a share shortcut in `my` is followed to
 * its share URI, like `SharedAddressTranslation` (rebasing the rest of the path).
 */
export function openForRead(state: State, who: Identity, raw: FsUri | string, required: number[] = []): { nav: Nav; loc: Located } {
  let uri = typeof raw === "string" ? parseUri(raw) : raw;
  for (let hop = 0; hop < 4; hop++) {
    const nav = openNav(state, who, uri, required);
    const loc = locate(nav);
    const sym = loc.symbolic ?? (loc.target?.isSymbolic && nav.fs === "my" ? { node: loc.target, rest: [] } : undefined);
    const redirect = sym?.node.metadata.get("sys:shared_redirect");
    if (!sym || !redirect) return { nav, loc };
    const base = parseUri(redirect);
    uri = { ...base, elements: [...base.elements, ...sym.rest], query: uri.query, raw: redirect };
  }
  throw errPathNotExist();
}

/** The URI of a node as the caller sees it in this navigator. */
export function userPath(nav: Nav, node: FileNode): string {
  const store = nav.store;
  switch (nav.fs) {
    case "trash":
      return buildUri("trash", [node.name]);
    case "shared_with_me":
      return node === nav.root ? "cloudreve://shared_with_me" : buildUri("shared_with_me", [encodeId(IdType.file, node.id)]);
    case "share": {
      const rel: string[] = [];
      for (let cur: FileNode | undefined = node; cur && cur !== nav.shareRoot; cur = cur.parent) rel.push(cur.name);
      const tail = rel.reverse().map(encodeURIComponent).join("/");
      return tail ? `${nav.rootUri}/${tail}` : nav.rootUri;
    }
    case "my":
      return ownerUri(store, node);
  }
}

/** Owner-view URI (`cloudreve://my/...`, or `cloudreve://trash/<name>` for trashed items). */
export function ownerUri(store: FsStore, node: FileNode): string {
  const path = store.pathOf(node);
  if (path) return buildUri("my", path);
  const top = store.trashedAncestor(node);
  return top ? buildUri("trash", [top.name]) : "cloudreve://my";
}

/** Whether the caller may act as owner (owner, or admin group). */
export function isOwnerOrAdmin(who: Identity, node: FileNode): boolean {
  return who.user?.id === node.ownerId || who.group.permission.has(GroupPerm.IsAdmin);
}

/** The top of a file system as the caller sees it: a user's root, or the shared folder of a share. */
export function isFsRoot(nav: Nav, node: FileNode): boolean {
  if (nav.fs === "share") return node === nav.shareRoot;
  return nav.store.isRoot(node);
}
