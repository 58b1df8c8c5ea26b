import { createHash, randomBytes, randomUUID } from "node:crypto";
import { constants, createWriteStream } from "node:fs";
import { open, truncate, writeFile, type FileHandle } from "node:fs/promises";
import type { IncomingMessage } from "node:http";
import { AppError } from "../core/envelope.ts";
import type { State } from "../state/state.ts";
import type { User } from "../state/types.ts";
import { acquire, release } from "./locks.ts";
import { isValidName } from "./names.ts";
import { errOwnerOnly, errPathNotExist, locate, ownerUri, type Nav } from "./nav.ts";
import { createChain, errExists, errQuota, quotaLeft } from "./ops.ts";
import { limitsOf, suffixAllowed } from "./policyLimits.ts";
import { storagePolicyJson } from "./present.ts";
import { hmacHex } from "../core/sign.ts";
import type { FsStore } from "./store.ts";
import type { FileNode, UploadSession } from "./types.ts";
import { countersOf } from "./faults.ts";
import { queueMediaMeta } from "./mediaMeta.ts";

/** Upload session life cycle (docs/server-behaviour.md, "Storage policies and upload drivers"), shared by the local chunk route and the S3-style flow. */

export const errSession = () => new AppError(40011, "Upload session expired or not exist");

export function chunkCount(s: UploadSession): number {
  return s.chunkSize > 0 ? Math.max(1, Math.ceil(s.size / s.chunkSize)) : 1;
}

export function expectedLength(s: UploadSession, index: number): number {
  if (s.chunkSize <= 0) return s.size;
  return Math.min(s.chunkSize, s.size - index * s.chunkSize);
}

export function liveSession(store: FsStore, id: string): UploadSession | undefined {
  const s = store.uploads.get(id);
  if (s && s.expires * 1000 < Date.now()) {
    cancelSession(store, s);
    return undefined;
  }
  return s;
}

export interface CreateUploadArgs {
  nav: Nav;
  user: User;
  size: number;
  lastModified: number;
  metadata: Record<string, string>;
  entityType: "" | "version" | "live_photo";
  origin: string;
  /** False for server-side dry runs (the compress task's destination check): not a client session. */
  count?: boolean;
}

/** PUT /file/upload after binding: validations, placeholder, lock, session. */
export async function createUploadSession(state: State, store: FsStore, a: CreateUploadArgs): Promise<Record<string, unknown>> {
  const { nav, user } = a;
  const loc = locate(nav);
  const target = loc.target;
  if (target) {
    if (a.entityType === "" || target.type !== 0) throw errExists();
  } else if (a.entityType === "live_photo") throw errPathNotExist();
  const anchor = target ?? loc.ancestor!;
  if (anchor.ownerId !== user.id) throw errOwnerOnly();
  const elements = nav.uri.elements;
  const name = elements[elements.length - 1];

  // Same order as dbfs.PrepareUpload: existence, owner, lock, then name/size and capacity checks.
  const path = target ? ownerUri(store, target) : ownerUri(store, loc.ancestor!) + "/" + elements.slice(loc.depth).map(encodeURIComponent).join("/");
  const ttl = state.settings.uploadSessionTtl;
  const lock = acquire(store, user.id, path, 0, "upload", ttl);
  const id = randomUUID();
  let file = target;
  try {
    // Name problems of uploads are plain errors on the real server (code -1).
    if (!name || !isValidName(name)) throw new AppError(-1, "");
    const limits = limitsOf(state, user.id);
    if (limits && limits.maxSize > 0 && a.size > limits.maxSize) throw new AppError(40049, "File too large");
    // The community upload path reports a refused type as a plain error (code -1).
    if (limits && !suffixAllowed(limits, name)) throw new AppError(-1, "File type not allowed");
    if (a.size > quotaLeft(state, store, user.id)) throw errQuota();
    if (file) removeStale(store, file);
    file ??= createChain(store, loc.ancestor!, elements, loc.depth, 0, { metadata: { "sys:upload_session_id": id } });
  } catch (e) {
    release(store, lock.token);
    throw e;
  }
  file.metadata.set("sys:upload_session_id", id);
  // Like the local driver's Token: an empty file, grown to the full size when the policy
  // preallocates (fallocate on Linux changes the file size).
  const blob = store.blobPath();
  await writeFile(blob, "");
  if (a.size > 0 && state.settings.preAllocate) await truncate(blob, a.size);
  const entity = store.newEntity({ type: a.entityType === "live_photo" ? 2 : 0, size: a.size, path: blob, createdBy: user.id, uploadSessionId: id });
  store.linkEntity(file, entity);

  const { policyType, chunkSize } = user.storage ?? state.settings;
  const session: UploadSession = {
    id,
    ownerId: user.id,
    fileId: file.id,
    entityId: entity.id,
    uri: ownerUri(store, file),
    size: a.size,
    chunkSize,
    expires: Math.floor(Date.now() / 1000) + ttl,
    metadata: a.metadata,
    lastModified: a.lastModified > 0 ? new Date(a.lastModified) : undefined,
    entityType: a.entityType,
    newFile: !target,
    callbackSecret: randomBytes(16).toString("hex"),
    lockToken: lock.token,
    policyType,
    received: new Set(),
  };
  if (policyType === "s3") session.s3 = { uploadId: randomBytes(12).toString("hex"), key: `uploads/${id}`, parts: new Map() };
  store.uploads.set(id, session);
  if (a.count !== false) countersOf(state).uploadSessions++;

  const out: Record<string, unknown> = {
    session_id: id,
    upload_id: session.s3?.uploadId ?? "",
    chunk_size: session.chunkSize,
    expires: session.expires,
  };
  if (session.s3) {
    const { key, uploadId } = session.s3;
    out.upload_urls = Array.from({ length: chunkCount(session) }, (_, i) => s3PartUrl(state, a.origin, key, uploadId, i + 1));
    out.completeURL = `${a.origin}/__s3/${key}?uploadId=${uploadId}&X-Amz-Signature=${hmacHex(state, `${key}|complete|${uploadId}`)}`;
  }
  out.storage_policy = storagePolicyJson(state, user);
  out.uri = session.uri;
  out.callback_secret = session.callbackSecret;
  return out;
}

export function s3PartUrl(state: State, origin: string, key: string, uploadId: string, part: number): string {
  return `${origin}/__s3/${key}?partNumber=${part}&uploadId=${uploadId}&X-Amz-Signature=${hmacHex(state, `${key}|part|${part}|${uploadId}`)}`;
}

export const errChunkWrite = () => new AppError(50004, "Failed to upload file");

/**
 * The local driver's `Put` for one chunk, first half: opens the entity file (creating it; chunk 0
 * truncates it), and refuses a chunk whose offset lies beyond the bytes the file holds — before
 * a byte of the body is read. Returns the open handle for `writeChunk`.
 */
export async function openChunkTarget(path: string, offset: number, truncateFirst: boolean): Promise<FileHandle> {
  const flags = constants.O_CREAT | constants.O_RDWR | (truncateFirst ? constants.O_TRUNC : 0);
  const fh = await open(path, flags, 0o644);
  const { size } = await fh.stat();
  if (size < offset) {
    await fh.close();
    // The real text, "size of unfinished uploaded chunks is not as expected", is the inner error
    // only shown in debug mode; the envelope carries the generic message.
    throw errChunkWrite();
  }
  return fh;
}

/** Second half: copies at most `limit` body bytes to `offset` (positional writes, like Seek+Copy). */
export function writeChunk(req: IncomingMessage, fh: FileHandle, offset: number, limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream("", { fd: fh, start: offset, autoClose: true });
    let bytes = 0;
    let failed = false;
    const fail = (e: Error) => {
      if (failed) return;
      failed = true;
      out.destroy();
      reject(e);
    };
    req.on("data", (chunk: Buffer) => {
      const room = limit - bytes;
      if (room <= 0) return;
      const part = chunk.length > room ? chunk.subarray(0, room) : chunk;
      bytes += part.length;
      if (!out.write(part)) {
        req.pause();
        out.once("drain", () => req.resume());
      }
    });
    req.on("end", () => out.end(() => !failed && resolve(bytes)));
    req.on("aborted", () => fail(new Error("aborted")));
    req.on("error", fail);
    out.on("error", fail);
  });
}

/**
 * Streams a request body into the session blob at `offset`; resolves with the byte count and md5.
 * Stops at `limit` bytes. (S3-style parts, which the provider stores independently.)
 */
export function receiveInto(req: IncomingMessage, path: string, offset: number, limit: number): Promise<{ bytes: number; md5: string }> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(path, { flags: "r+", start: offset });
    const md5 = createHash("md5");
    let bytes = 0;
    let failed = false;
    const fail = (e: Error) => {
      if (failed) return;
      failed = true;
      out.destroy();
      reject(e);
    };
    req.on("data", (chunk: Buffer) => {
      const room = limit - bytes;
      if (room <= 0) return;
      const part = chunk.length > room ? chunk.subarray(0, room) : chunk;
      bytes += part.length;
      md5.update(part);
      if (!out.write(part)) {
        req.pause();
        out.once("drain", () => req.resume());
      }
    });
    req.on("end", () => out.end(() => !failed && resolve({ bytes, md5: md5.digest("hex") })));
    req.on("aborted", () => fail(new Error("aborted")));
    req.on("error", fail);
    out.on("error", fail);
  });
}

/** Drops unfinished entities of abandoned sessions before a new version upload (RemoveStaleEntities). */
function removeStale(store: FsStore, file: FileNode): void {
  for (const eid of [...file.entities]) {
    const e = store.entities.get(eid);
    if (e?.uploadSessionId && e.refCount === 1) {
      const s = store.uploads.get(e.uploadSessionId);
      if (s) {
        store.uploads.delete(s.id);
        release(store, s.lockToken);
      }
      store.unlinkEntity(file, eid);
    }
  }
}

/** Finishes an upload: the placeholder (or pending version) becomes the real content. */
export function completeSession(state: State, store: FsStore, s: UploadSession): void {
  const file = store.files.get(s.fileId);
  const entity = store.entities.get(s.entityId);
  store.uploads.delete(s.id);
  release(store, s.lockToken);
  if (!file || !entity) return;
  entity.uploadSessionId = undefined;
  const at = s.lastModified ?? new Date();
  entity.updatedAt = at;
  if (s.entityType !== "live_photo") {
    store.setPrimary(file, entity);
    file.updatedAt = at;
    for (const eid of [...file.entities]) if (store.entities.get(eid)?.type === 1) store.unlinkEntity(file, eid);
    store.capVersions(file, store.retentionFor(state.users.get(file.ownerId), file.name));
  } else {
    // Only the newest live-photo video is kept.
    for (const eid of file.entities.filter((x) => x !== entity.id && store.entities.get(x)?.type === 2)) store.unlinkEntity(file, eid);
  }
  file.metadata.delete("sys:upload_session_id");
  file.metadata.delete("thumb:disabled");
  for (const [k, v] of Object.entries(s.metadata)) file.metadata.set(k, v);
  store.invalidate(file.parent);
  if (s.entityType !== "live_photo") queueMediaMeta(store, file, entity);
  countersOf(state).completedUploads++;
}

/** Drops an expired session: its placeholder (new files) or pending version goes away. */
export function cancelSession(store: FsStore, s: UploadSession): void {
  store.uploads.delete(s.id);
  release(store, s.lockToken);
  const file = store.files.get(s.fileId);
  if (file) cancelOnFile(store, file, s.id);
}

/**
 * `DELETE /file/upload` on a file, like dbfs.CancelUploadSession: clears the upload marks, then
 * removes the pending entity of that session (the whole file when it is the only entity).
 */
export function cancelOnFile(store: FsStore, file: FileNode, sessionId: string): void {
  file.metadata.delete("sys:upload_session_id");
  file.metadata.delete("thumb:disabled");
  const eid = file.entities.find((id) => store.entities.get(id)?.uploadSessionId === sessionId);
  if (eid === undefined) return;
  if (file.entities.length === 1) store.deleteTree(file);
  else store.unlinkEntity(file, eid);
}
