import type { IncomingMessage } from "node:http";
import { AppError, errorEnvelope } from "../core/envelope.ts";
import { NavCap } from "../core/boolset.ts";
import { IdType, tryDecodeId } from "../core/ids.ts";
import { HANDLED, type Ctx, type Router } from "../core/router.ts";
import type { State } from "../state/state.ts";
import { bindingError, body, optInt, optStr, optStrMap, originOf, reqStr, writeJson } from "./http.ts";
import { isHeld, release } from "./locks.ts";
import { validateMetadataMap } from "./metadata.ts";
import { errNotSupported, errOwnerOnly, errPathNotExist, mustLocate, openNav } from "./nav.ts";
import { registerS3Routes } from "./routesS3.ts";
import { fsOf } from "./store.ts";
import { bump, chunkLogOf, countersOf, fail500, injectFault } from "./faults.ts";
import { cancelOnFile, completeSession, createUploadSession, errChunkWrite, liveSession, openChunkTarget, writeChunk } from "./upload.ts";

/** Go's server reads at most this much of an unread request body before closing the connection. */
const MAX_POST_HANDLER_READ = 256 * 1024;

/**
 * The local driver's refusal of a chunk beyond the bytes written: the body is closed unread. Like
 * Go's server, a body larger than 256 KiB is then not drained: the answer carries
 * `Connection: close` and the connection is closed after it, so a client still sending (or a
 * proxy in front) often sees a reset instead of the answer.
 */
function refuseUnread(ctx: Ctx, err: AppError): typeof HANDLED {
  const declared = Number(ctx.header("content-length") ?? 0);
  if (!(declared > MAX_POST_HANDLER_READ)) {
    writeJson(ctx.res, errorEnvelope(err));
    return HANDLED;
  }
  const socket = ctx.req.socket;
  writeJson(ctx.res, errorEnvelope(err), 200, { Connection: "close" });
  ctx.res.once("finish", () => {
    socket.end();
    // Go waits briefly before closing, hoping the client reads the answer first.
    setTimeout(() => socket.destroy(), 500).unref();
  });
  return HANDLED;
}

/** Reads and discards the rest of a request body (`request.BlackHole`). */
async function drain(req: IncomingMessage): Promise<void> {
  if (req.readableEnded || req.destroyed) return;
  req.resume();
  await new Promise((resolve) => req.once("end", resolve).once("error", resolve).once("close", resolve));
}

export function registerUploadRoutes(router: Router, state: State): void {
  const store = fsOf(state);

  router.put("/api/v4/file/upload", async (ctx) => {
    const b = await body(ctx);
    const uri = reqStr(b, "uri", "Uri");
    const size = optInt(b, "size");
    if (size < 0) throw bindingError("Size too short");
    const lastModified = optInt(b, "last_modified");
    optStr(b, "mime_type");
    const policyId = optStr(b, "policy_id");
    const metadata = optStrMap(b, "metadata");
    if (Object.keys(metadata).length > 256) throw bindingError("Metadata too long");
    const entityType = optStr(b, "entity_type");
    if (entityType !== "" && entityType !== "version" && entityType !== "live_photo") throw bindingError("Invalid parameters.");
    if (tryDecodeId(IdType.policy, policyId) === undefined) throw new AppError(40001, "unknown policy id");
    validateMetadataMap(state, metadata);
    const nav = openNav(state, ctx.who, uri, [NavCap.UploadFile, NavCap.LockFile]);
    return createUploadSession(state, store, {
      nav,
      user: ctx.who.user!,
      size,
      lastModified,
      metadata,
      entityType,
      origin: originOf(state, ctx),
    });
  });

  router.post("/api/v4/file/upload/:sessionId/:index", (ctx) => uploadChunk(state, ctx));

  router.delete("/api/v4/file/upload", async (ctx) => {
    const b = await body(ctx);
    const id = reqStr(b, "id", "ID");
    const uri = reqStr(b, "uri", "Uri");
    const nav = openNav(state, ctx.who, uri);
    const file = mustLocate(nav);
    if (store.isRoot(file)) throw errNotSupported();
    const s = liveSession(store, id);
    if (s && (s.ownerId !== ctx.who.user?.id || s.fileId !== file.id)) throw new AppError(404, "Upload session not found");
    if (file.ownerId !== ctx.who.user?.id) throw errOwnerOnly();
    if (s) {
      store.uploads.delete(s.id);
      release(store, s.lockToken);
    }
    cancelOnFile(store, file, id);
    return undefined;
  });

  registerS3Routes(router, state);
}

/**
 * Local-policy chunks, as `UploadService.LocalUpload` + `processChunkUpload` + the local driver:
 * the chunk is written straight into the entity file at index*chunkSize; chunk 0 truncates the
 * file; a chunk starting beyond the bytes the file holds is refused; the upload completes when
 * the chunk with the last index has been written, whatever the file holds then. Chunks sent in
 * parallel or out of order therefore fail or leave wrong bytes, as on the real server.
 */
async function uploadChunk(state: State, ctx: Ctx): Promise<unknown> {
  const store = fsOf(state);
  const counters = countersOf(state);
  const id = ctx.params.sessionId ?? "";
  bump(counters.chunkRequests, id);
  const log = chunkLogOf(state, id);
  log.arrivals.push(Number(ctx.params.index));
  log.maxConcurrent = Math.max(log.maxConcurrent, ++log.active);
  let bodyTouched = false;
  try {
    const s = liveSession(store, id);
    // The real messages are empty here.
    if (!s || s.ownerId !== ctx.who.user?.id) throw new AppError(40011, "");
    const raw = ctx.params.index ?? "";
    if (!/^\d+$/.test(raw)) throw bindingError("Parameter error");
    const index = Number(raw);
    const file = store.files.get(s.fileId);
    if (!file || !store.isAlive(file)) throw errPathNotExist();
    if (s.policyType !== "local") throw new AppError(40006, "");
    if (s.chunkSize === 0 && index > 0) throw new AppError(40012, "Chunk index cannot be greater than 0");
    const offset = index * s.chunkSize;
    if (offset > 0 && offset >= s.size) throw new AppError(40012, "Chunk offset cannot be greater than file size");

    const isLast = s.chunkSize === 0 || (index + 1) * s.chunkSize >= s.size;
    const expected = isLast ? s.size - offset : s.chunkSize;
    // Content-Length, else X-Expected-Entity-Length, else 0 (so an empty file needs neither).
    const declaredRaw = ctx.header("content-length") ?? ctx.header("x-expected-entity-length") ?? "0";
    if (!/^[+-]?\d+$/.test(declaredRaw) || Number(declaredRaw) !== expected) {
      throw new AppError(40013, `Invalid Content-Length (expected: ${expected})`);
    }
    if (await injectFault(state, id, s.ownerId)) {
      bodyTouched = true;
      return fail500(ctx.req, ctx.res);
    }
    const entity = store.entities.get(s.entityId);
    if (!entity) throw new AppError(40011, "");

    let fh;
    try {
      fh = await openChunkTarget(entity.path, offset, index === 0);
    } catch (e) {
      // The driver closes the unread body when it refuses: no draining, the connection goes.
      bodyTouched = true;
      if (e instanceof AppError) return refuseUnread(ctx, e);
      throw e;
    }
    bodyTouched = true;
    let got: number;
    try {
      got = await writeChunk(ctx.req, fh, offset, expected);
    } catch {
      throw errChunkWrite();
    }
    if (got !== expected) throw new AppError(50004, "Uploaded data does not match purposed size");
    s.received.add(index);
    if (isLast) {
      // CompleteUpload confirms the upload lock first: a second completion (or a lock taken
      // away meanwhile) fails with "Lock expired".
      if (!store.files.has(s.fileId)) throw errPathNotExist();
      if (!isHeld(store, s.lockToken)) throw new AppError(40073, "Lock expired");
      completeSession(state, store, s);
    }
    return undefined;
  } catch (e) {
    // Refusals before the driver runs: the controller drains the whole body, then answers.
    if (!bodyTouched) await drain(ctx.req);
    throw e;
  } finally {
    log.active--;
  }
}
