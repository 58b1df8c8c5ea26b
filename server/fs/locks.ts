import { randomUUID } from "node:crypto";
import { AppError } from "../core/envelope.ts";
import type { FsStore } from "./store.ts";
import type { LockRecord } from "./types.ts";

/**
 * A small lock table like the server's memlock: locks are held on owner-view paths; taking a lock
 * on P conflicts with any live lock on P, on a descendant of P, or on an ancestor folder of P.
 */
function live(store: FsStore): LockRecord[] {
  const now = Date.now();
  const out: LockRecord[] = [];
  for (const [token, l] of store.locks) {
    if (l.expires < now) store.locks.delete(token);
    else out.push(l);
  }
  return out;
}

function overlaps(a: string, b: string): boolean {
  return a === b || a.startsWith(b + "/") || b.startsWith(a + "/");
}

export function conflictsOf(store: FsStore, ownerId: number, path: string): LockRecord[] {
  return live(store).filter((l) => l.ownerId === ownerId && overlaps(l.path, path));
}

/** 40073 with conflict details (docs/server-behaviour.md, "Error codes and batches"); the caller only sees paths/tokens of its own tree. */
export function lockConflict(locks: LockRecord[], callerId: number | undefined): AppError {
  return new AppError(
    40073,
    "Lock conflict",
    locks.map((l) => ({
      path: l.ownerId === callerId ? l.path : "",
      token: l.ownerId === callerId ? l.token : "",
      owner: { application: { type: l.app } },
      type: l.fileType,
    })),
  );
}

/** Throws 40073 when any of the paths is locked. */
export function assertUnlocked(store: FsStore, ownerId: number, callerId: number | undefined, ...paths: string[]): void {
  const found = new Map<string, LockRecord>();
  for (const p of paths) for (const l of conflictsOf(store, ownerId, p)) found.set(l.token, l);
  if (found.size) throw lockConflict([...found.values()], callerId);
}

export function acquire(store: FsStore, ownerId: number, path: string, fileType: 0 | 1, app: string, ttlSeconds: number): LockRecord {
  assertUnlocked(store, ownerId, ownerId, path);
  const lock: LockRecord = { token: `opaquelocktoken:${randomUUID()}`, ownerId, path, fileType, app, expires: Date.now() + ttlSeconds * 1000 };
  store.locks.set(lock.token, lock);
  return lock;
}

export function isHeld(store: FsStore, token: string): boolean {
  const l = store.locks.get(token);
  return !!l && l.expires >= Date.now();
}

export function release(store: FsStore, token: string): void {
  store.locks.delete(token);
}
