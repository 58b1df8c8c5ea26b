import { mkdirSync, rmSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import type { State } from "../state/state.ts";
import type { User } from "../state/types.ts";
import { FsTree } from "./tree.ts";
import type { ArchiveSession, DirectLink, Entity, FileNode, LockRecord, Share, UploadSession } from "./types.ts";
import { THUMB_FORMATS } from "./thumb.ts";

/**
 * The in-memory file system of the stand-in: the folder trees (`FsTree`), entities pointing at
 * bytes on disk, shares, direct links, upload sessions and locks. Route modules get it with `fsOf(state)`.
 */
export class FsStore extends FsTree {
  readonly entities = new Map<number, Entity>();
  readonly shares = new Map<number, Share>();
  readonly links = new Map<number, DirectLink>();
  readonly uploads = new Map<string, UploadSession>();
  readonly locks = new Map<string, LockRecord>();
  readonly archives = new Map<string, ArchiveSession>();
  /** Bytes used per user (sum of entity sizes linked to their files). */
  readonly used = new Map<number, number>();
  /** How many entities point at each blob path (seeded blobs are shared). */
  private blobRefs = new Map<string, number>();
  private nextEntity = 1;
  private nextShare = 1;
  private nextLink = 1;
  readonly blobDir: string;
  readonly thumbDir: string;

  constructor(readonly state: State) {
    super();
    this.blobDir = join(state.config.dataDir, "blobs");
    this.thumbDir = join(state.config.dataDir, "thumbs");
    // Everything but the bytes is in memory, so bytes of an earlier run are orphans: start clean.
    for (const dir of [this.blobDir, this.thumbDir]) {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
    }
  }

  usedBytes(userId: number): number {
    return this.used.get(userId) ?? 0;
  }

  private addUsed(userId: number, delta: number): void {
    this.used.set(userId, Math.max(0, (this.used.get(userId) ?? 0) + delta));
  }

  // ---------------------------------------------------------------- entities and blobs

  blobPath(name: string = randomUUID()): string {
    return join(this.blobDir, name);
  }

  newEntity(e: { type?: 0 | 1 | 2; size: number; path: string; createdBy?: number; uploadSessionId?: string; at?: Date }): Entity {
    const at = e.at ?? new Date();
    const entity: Entity = {
      id: this.nextEntity++,
      type: e.type ?? 0,
      size: e.size,
      path: e.path,
      createdAt: at,
      updatedAt: at,
      createdBy: e.createdBy,
      refCount: 0,
      uploadSessionId: e.uploadSessionId,
    };
    this.entities.set(entity.id, entity);
    this.blobRefs.set(e.path, (this.blobRefs.get(e.path) ?? 0) + 1);
    return entity;
  }

  /** Links an entity to a file (newest first) and charges its size to the file owner. */
  linkEntity(file: FileNode, entity: Entity): void {
    file.entities.unshift(entity.id);
    entity.refCount++;
    this.addUsed(file.ownerId, entity.size);
  }

  unlinkEntity(file: FileNode, entityId: number): void {
    const i = file.entities.indexOf(entityId);
    if (i < 0) return;
    file.entities.splice(i, 1);
    const entity = this.entities.get(entityId);
    if (!entity) return;
    this.addUsed(file.ownerId, -entity.size);
    if (--entity.refCount <= 0) this.dropEntity(entity);
  }

  private dropEntity(entity: Entity): void {
    this.entities.delete(entity.id);
    const left = (this.blobRefs.get(entity.path) ?? 1) - 1;
    if (left > 0) {
      this.blobRefs.set(entity.path, left);
      return;
    }
    this.blobRefs.delete(entity.path);
    try {
      unlinkSync(entity.path);
    } catch {
      // already gone
    }
    for (const ext of THUMB_FORMATS) {
      try {
        unlinkSync(join(this.thumbDir, `${entity.id}.${ext}`));
      } catch {
        // no thumbnail cached in this format
      }
    }
  }

  /** Sets a (finished) version entity as the file's current content. */
  setPrimary(file: FileNode, entity: Entity): void {
    file.primaryEntity = entity.id;
    file.size = entity.size;
    this.invalidate(file.parent);
  }

  /** Keeps at most `max` version entities (newest first), never dropping the current one. */
  capVersions(file: FileNode, max: number): void {
    let count = 0;
    for (const id of [...file.entities]) {
      const e = this.entities.get(id);
      if (!e || e.type !== 0 || e.uploadSessionId) continue;
      count++;
      if (count > max && id !== file.primaryEntity) this.unlinkEntity(file, id);
    }
  }

  retentionFor(owner: User | undefined, name: string): number {
    const r = owner?.versionRetention;
    if (!r?.enabled) return 1;
    if (r.ext.length > 0) {
      const ext = name.includes(".") ? name.slice(name.lastIndexOf(".") + 1).toLowerCase() : "";
      if (!r.ext.map((x) => x.toLowerCase()).includes(ext)) return 1;
    }
    return r.max > 0 ? r.max : Number.MAX_SAFE_INTEGER;
  }

  // ---------------------------------------------------------------- deletion

  /** Permanently removes a subtree: entities unlinked, shares and direct links of its files dropped. */
  deleteTree(node: FileNode): void {
    if (node.parent) this.detach(node);
    if (node.trashed) this.trash.get(node.ownerId)?.delete(node);
    for (const n of [...this.walk(node)]) {
      for (const id of [...n.entities]) this.unlinkEntity(n, id);
      this.files.delete(n.id);
      if (n.isSymbolic) this.symbolic.get(n.ownerId)?.delete(n);
      for (const s of this.sharesOf(n.id)) this.shares.delete(s.id);
      for (const [id, l] of this.links) if (l.fileId === n.id) this.links.delete(id);
    }
  }

  // ---------------------------------------------------------------- shares, links

  newShare(s: Omit<Share, "id">): Share {
    const share: Share = { id: this.nextShare++, ...s };
    this.shares.set(share.id, share);
    return share;
  }

  sharesOf(fileId: number): Share[] {
    const out: Share[] = [];
    for (const s of this.shares.values()) if (s.fileId === fileId) out.push(s);
    return out;
  }

  newLink(fileId: number, name: string): DirectLink {
    for (const l of this.links.values()) if (l.fileId === fileId && l.name === name) return l;
    const link: DirectLink = { id: this.nextLink++, fileId, name, createdAt: new Date() };
    this.links.set(link.id, link);
    return link;
  }
}

const stores = new WeakMap<State, FsStore>();

/** The file store of a server state, created on first use (also hooks user creation and quota). */
export function fsOf(state: State): FsStore {
  let store = stores.get(state);
  if (!store) {
    const created = new FsStore(state);
    store = created;
    stores.set(state, created);
    for (const u of state.users.values()) created.ensureRoot(u.id);
    state.onUserCreated.push((u) => void created.ensureRoot(u.id));
    state.usedBytes = (userId) => created.usedBytes(userId);
  }
  return store;
}
