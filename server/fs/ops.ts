import { randomUUID } from "node:crypto";
import { AppError } from "../core/envelope.ts";
import type { State } from "../state/state.ts";
import type { FsStore } from "./store.ts";
import type { FileNode } from "./types.ts";
import { assertValidName } from "./names.ts";
import { displayName } from "./present.ts";
import { errNotSupported, ownerUri } from "./nav.ts";

/** Tree operations shared by the routes and the seed. */

export const errExists = () => new AppError(40004, "Object existed");
export const errQuota = () => new AppError(40051, "Insufficient capacity");

/**
 * Creates the missing elements below `ancestor` (which covers `depth` elements), folders for all but
 * possibly the last one, like `dbfs.Create` with chained creation.
 */
export function createChain(
  store: FsStore,
  ancestor: FileNode,
  elements: string[],
  depth: number,
  lastType: 0 | 1,
  opts: { metadata?: Record<string, string>; symbolic?: boolean } = {},
): FileNode {
  let cur = ancestor;
  for (let i = depth; i < elements.length; i++) {
    if (cur.type !== 1 || cur.isSymbolic) throw errNotSupported();
    const name = elements[i]!;
    assertValidName(name);
    const last = i === elements.length - 1;
    const existing = cur.children!.get(name);
    if (existing) {
      if (last || existing.type !== 1) throw errExists();
      cur = existing;
      continue;
    }
    cur = store.create(cur, name, last ? lastType : 1, last ? opts : {});
  }
  return cur;
}

/** Moves a node to its owner's trash (docs/server-behaviour.md, "Moving, deleting and versions"). */
export function softDelete(state: State, store: FsStore, node: FileNode): void {
  const restoreUri = ownerUri(store, node);
  const owner = state.users.get(node.ownerId);
  const retention = owner ? state.groupOf(owner).trashRetention : 0;
  store.detach(node);
  node.name = randomUUID();
  node.trashed = true;
  node.metadata.set("sys:restore_uri", restoreUri);
  node.metadata.set("sys:expected_collect_time", String(Math.floor(Date.now() / 1000) + retention));
  store.trashSet(node.ownerId).add(node);
}

/** Moves a node (possibly out of trash, taking back its original name) under `dest`. */
export function moveNode(store: FsStore, node: FileNode, dest: FileNode): void {
  const fromTrash = node.trashed;
  const name = fromTrash ? displayName(node) : node.name;
  if (node.parent) store.detach(node);
  if (fromTrash) {
    node.trashed = false;
    store.trash.get(node.ownerId)?.delete(node);
    node.metadata.delete("sys:restore_uri");
    node.metadata.delete("sys:expected_collect_time");
  }
  node.name = name;
  store.attach(dest, node);
}

/** Bytes a subtree occupies (entities of every file), as charged when copying. */
export function subtreeBytes(store: FsStore, node: FileNode): number {
  let total = 0;
  for (const n of store.walk(node)) for (const id of n.entities) total += store.entities.get(id)?.size ?? 0;
  return total;
}

/** Deep copy sharing the entities (reference counted), like `fileClient.Copy`. */
export function copyTree(store: FsStore, src: FileNode, dest: FileNode, name = displayName(src)): FileNode {
  const copy = store.create(dest, name, src.type, {
    metadata: Object.fromEntries([...src.metadata].filter(([k]) => k !== "sys:restore_uri" && k !== "sys:expected_collect_time")),
    symbolic: src.isSymbolic,
  });
  copy.size = src.size;
  copy.createdAt = src.createdAt;
  copy.updatedAt = src.updatedAt;
  copy.view = src.view;
  for (const id of [...src.entities].reverse()) {
    const e = store.entities.get(id);
    if (e && !e.uploadSessionId) store.linkEntity(copy, e);
  }
  copy.primaryEntity = src.primaryEntity;
  for (const c of src.children?.values() ?? []) copyTree(store, c, copy, c.name);
  return copy;
}

export function quotaLeft(state: State, store: FsStore, userId: number): number {
  const user = state.users.get(userId);
  const max = user ? state.groupOf(user).maxStorage : 0;
  return max > 0 ? max - store.usedBytes(userId) : Number.POSITIVE_INFINITY;
}
