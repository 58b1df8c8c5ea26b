import { rmSync } from "node:fs";
import { join, posix } from "node:path";
import { AppError } from "../core/envelope.ts";
import { NavCap } from "../core/boolset.ts";
import type { State } from "../state/state.ts";
import type { Identity, User } from "../state/types.ts";
import { assertUnlocked } from "./locks.ts";
import { isValidName } from "./names.ts";
import { errOwnerOnly, errPathNotExist, locate, openNav, ownerUri } from "./nav.ts";
import { createChain, errExists, errQuota, quotaLeft } from "./ops.ts";
import { limitsOf, suffixAllowed } from "./policyLimits.ts";
import { writeEntity } from "./entities.ts";
import { fsOf } from "./store.ts";
import type { Task } from "./tasks.ts";
import type { FileNode } from "./types.ts";
import { parseUri } from "./uri.ts";

// What the task kinds share: Go-like errors, writes the server makes itself, path helpers, temporary files.

export const identityOf = (state: State, user: User): Identity => ({ user, group: state.groupOf(user) });

/** A plain (non-application) error: code -1 in an envelope, `detail` in task error texts. */
export function plainError(detail: string): AppError {
  return Object.assign(new AppError(-1, ""), { detail });
}

/** The text Go's `err.Error()` would give for an error of the stand-in. */
export function errorText(e: unknown): string {
  if (e instanceof AppError) return e.code === -1 ? ((e as AppError & { detail?: string }).detail ?? "") : e.message;
  return e instanceof Error ? e.message : String(e);
}

/**
 * `serializer.NewError(code, msg, cause)`: the envelope keeps the cause's code when the cause is
 * an application error (the innermost code wins), else `code`.
 */
export function wrapError(code: number, msg: string, cause: unknown): AppError {
  const inner = cause instanceof AppError && cause.code !== -1 ? cause : undefined;
  return new AppError(inner?.code ?? code, msg, inner?.data);
}
/**
 * `manager.Update` for bytes the server itself produces (a compressed archive, an extracted entry,
 * an imported file): the upload preparation's checks (capabilities, existence, owner, locks, name,
 * policy, quota, chained parent creation), then the bytes as the file's content.
 * `mode: "new"` refuses an existing target (entity type unset); `"version"` adds a version.
 */
export async function serverPut(state: State, owner: User, uri: string, data: Buffer, mode: "new" | "version", onParents?: () => void): Promise<FileNode> {
  const store = fsOf(state);
  const nav = openNav(state, identityOf(state, owner), uri, [NavCap.UploadFile, NavCap.LockFile]);
  const loc = locate(nav);
  const target = loc.target;
  if (target && (mode === "new" || target.type !== 0)) throw errExists();
  if (!target && !loc.ancestor) throw errPathNotExist();
  const anchor = target ?? loc.ancestor!;
  if (anchor.ownerId !== owner.id) throw errOwnerOnly();
  const elements = nav.uri.elements;
  const name = elements[elements.length - 1] ?? "";
  const path = target ? ownerUri(store, target) : ownerUri(store, loc.ancestor!) + "/" + elements.slice(loc.depth).map(encodeURIComponent).join("/");
  assertUnlocked(store, owner.id, owner.id, path);
  if (!name || Buffer.byteLength(name) >= 255) throw plainError("length of name must be between 1 and 255");
  if (!isValidName(name)) throw plainError(name === "." || name === ".." ? "name cannot be only dot" : "name contains illegal characters");
  const limits = limitsOf(state, owner.id);
  if (limits && !suffixAllowed(limits, name)) throw new AppError(40027, "File type not allowed");
  if (limits && limits.maxSize > 0 && data.length > limits.maxSize) throw new AppError(40049, "File is too large");
  if (data.length > quotaLeft(state, store, owner.id)) throw errQuota();
  // Missing folders on the way are created before the bytes are taken (they stay if that fails).
  const parent = target
    ? target.parent!
    : loc.depth < elements.length - 1
      ? createChain(store, loc.ancestor!, elements.slice(0, -1), loc.depth, 1)
      : loc.ancestor!;
  onParents?.();
  const entity = await writeEntity(store, data, owner.id);
  const file = target ?? store.create(parent, name, 0);
  store.linkEntity(file, entity);
  store.setPrimary(file, entity);
  store.touch(file);
  for (const eid of [...file.entities]) if (store.entities.get(eid)?.type === 1) store.unlinkEntity(file, eid);
  store.capVersions(file, store.retentionFor(owner, file.name));
  return file;
}

/** `fm.Create(uri, folder)`: an existing folder is fine, anything else in the way is an error. */
export function serverMkdir(state: State, owner: User, uri: string): void {
  const store = fsOf(state);
  const nav = openNav(state, identityOf(state, owner), uri, [NavCap.CreateFile, NavCap.LockFile]);
  const loc = locate(nav);
  if (loc.target) {
    if (loc.target.type !== 1) throw errExists();
    return;
  }
  if (loc.ancestor!.ownerId !== owner.id) throw errOwnerOnly();
  createChain(store, loc.ancestor!, nav.uri.elements, loc.depth, 1);
}

/** Go's path.Clean. */
export function goClean(p: string): string {
  if (p === "") return ".";
  const n = posix.normalize(p);
  return n.length > 1 && n.endsWith("/") ? n.slice(0, -1) : n;
}

/** Joins raw path elements to a URI, cleaning them as Go's JoinPath does. */
export function joinUri(base: string, raw: string): { uri: string; path: string } {
  const parsed = parseUri(base);
  const basePath = "/" + parsed.elements.join("/");
  const joined = posix.join(basePath, ...raw.replace(/^\//, "").split("/"));
  const root = base.replace(/^(cloudreve:\/\/[^/?#]*).*$/, "$1");
  const els = joined.split("/").filter(Boolean);
  return { uri: `${root}${els.length ? "/" + els.map(encodeURIComponent).join("/") : ""}`, path: joined };
}

export const tempRoot = (state: State) => join(state.config.dataDir, "temp", "fm_workflows");

export function cleanupTemp(state: State, task: Task): void {
  rmSync(join(tempRoot(state), String(task.id)), { recursive: true, force: true });
}
