import type { IncomingMessage, ServerResponse } from "node:http";
import { AppError, errorEnvelope } from "../core/envelope.ts";
import { NavCap } from "../core/boolset.ts";
import { IdType, tryDecodeId } from "../core/ids.ts";
import { HANDLED, type Ctx, type Router } from "../core/router.ts";
import type { State } from "../state/state.ts";
import { bindingError, body, optInt, optStr, optStrMap, originOf, reqStr, writeError, writeJson, writeSuccess } from "./http.ts";
import { isHeld, release } from "./locks.ts";
import { validateMetadataMap } from "./metadata.ts";
import { errNotSupported, errOwnerOnly, errPathNotExist, mustLocate, openNav } from "./nav.ts";
import { hmacHex } from "../core/sign.ts";
import { fsOf } from "./store.ts";
import { bump, chunkLogOf, countersOf, injectFault } from "./faults.ts";
import {
  cancelOnFile,
  chunkCount,
  completeSession,
  createUploadSession,
  errChunkWrite,
  errSession,
  expectedLength,
  liveSession,
  openChunkTarget,
  receiveInto,
  writeChunk,
} from "./upload.ts";
import type { UploadSession } from "./types.ts";

const S3_CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, PUT, POST, DELETE, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "*",
  "Access-Control-Expose-Headers": "ETag",
};

function s3Error(res: ServerResponse, status: number, code: string, message: string): typeof HANDLED {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`;
  res.writeHead(status, { ...S3_CORS, "Content-Type": "application/xml", "Content-Length": Buffer.byteLength(xml) });
  res.end(xml);
  return HANDLED;
}

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

/** An injected failure: the body is read and discarded first so clients see a clean HTTP 500. */
async function fail500(req: IncomingMessage, res: ServerResponse, extra: Record<string, string> = {}): Promise<typeof HANDLED> {
  req.resume();
  if (!req.readableEnded) await new Promise((resolve) => req.once("end", resolve).once("error", resolve).once("close", resolve));
  res.writeHead(500, { ...extra, "Content-Length": 0 });
  res.end();
  return HANDLED;
}

export function registerUploadRoutes(router: Router, state: State): void {
  const store = fsOf(state);
  const counters = countersOf(state);

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

  // Local-policy chunks, as `UploadService.LocalUpload` + `processChunkUpload` + the local driver:
  // the chunk is written straight into the entity file at index*chunkSize; chunk 0 truncates the
  // file; a chunk starting beyond the bytes the file holds is refused; the upload completes when
  // the chunk with the last index has been written, whatever the file holds then. Chunks sent in
  // parallel or out of order therefore fail or leave wrong bytes, as on the real server.
  router.post("/api/v4/file/upload/:sessionId/:index", async (ctx) => {
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
  });

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

  // ---- S3-style presigned multipart flow (mounted always: `--policy s3` is a normal flag)

  const findS3 = (uploadId: string): UploadSession | undefined => {
    for (const s of store.uploads.values()) if (s.s3?.uploadId === uploadId) return liveSession(store, s.id);
    return undefined;
  };

  router.on("OPTIONS", "/__s3/*key", (ctx) => {
    ctx.res.writeHead(204, { ...S3_CORS, "Access-Control-Max-Age": "86400" });
    ctx.res.end();
    return HANDLED;
  });

  router.put("/__s3/*key", async (ctx) => {
    const key = ctx.params.key ?? "";
    const uploadId = ctx.query.get("uploadId") ?? "";
    const part = Number(ctx.query.get("partNumber"));
    const sig = ctx.query.get("X-Amz-Signature") ?? "";
    if (sig !== hmacHex(state, `${key}|part|${ctx.query.get("partNumber")}|${uploadId}`)) {
      return s3Error(ctx.res, 403, "SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided.");
    }
    const s = findS3(uploadId);
    if (!s?.s3 || s.s3.key !== key) return s3Error(ctx.res, 404, "NoSuchUpload", "The specified upload does not exist.");
    bump(counters.partRequests, s.id);
    bump(counters.chunkRequests, s.id);
    if (!Number.isInteger(part) || part < 1 || part > chunkCount(s)) return s3Error(ctx.res, 400, "InvalidArgument", "Part number out of range.");
    const expected = expectedLength(s, part - 1);
    if (Number(ctx.header("content-length")) !== expected) {
      return s3Error(ctx.res, 400, "IncompleteBody", `Expected ${expected} bytes for this part.`);
    }
    if (await injectFault(state, s.id, s.ownerId)) return fail500(ctx.req, ctx.res, S3_CORS);
    const entity = store.entities.get(s.entityId);
    if (!entity) return s3Error(ctx.res, 404, "NoSuchUpload", "The specified upload does not exist.");
    let md5: string;
    try {
      const r = await receiveInto(ctx.req, entity.path, (part - 1) * s.chunkSize, expected);
      if (r.bytes !== expected) return s3Error(ctx.res, 400, "IncompleteBody", "The request body ended early.");
      md5 = r.md5;
    } catch {
      return s3Error(ctx.res, 400, "IncompleteBody", "The request body ended early.");
    }
    const etag = `"${md5}"`;
    s.s3.parts.set(part, etag);
    ctx.res.writeHead(200, { ...S3_CORS, ETag: etag, "Content-Length": 0 });
    ctx.res.end();
    return HANDLED;
  });

  router.post("/__s3/*key", async (ctx) => {
    const key = ctx.params.key ?? "";
    const uploadId = ctx.query.get("uploadId") ?? "";
    if ((ctx.query.get("X-Amz-Signature") ?? "") !== hmacHex(state, `${key}|complete|${uploadId}`)) {
      return s3Error(ctx.res, 403, "SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided.");
    }
    const s = findS3(uploadId);
    if (!s?.s3 || s.s3.key !== key) return s3Error(ctx.res, 404, "NoSuchUpload", "The specified upload does not exist.");
    const xml = (await ctx.body()).toString("utf8");
    const listed: { n: number; etag: string }[] = [];
    for (const m of xml.matchAll(/<Part>([\s\S]*?)<\/Part>/g)) {
      const n = Number(/<PartNumber>\s*(\d+)\s*<\/PartNumber>/.exec(m[1]!)?.[1]);
      const etag = (/<ETag>([\s\S]*?)<\/ETag>/.exec(m[1]!)?.[1] ?? "").replaceAll("&quot;", '"').trim();
      listed.push({ n, etag });
    }
    const total = chunkCount(s);
    if (listed.length !== total) return s3Error(ctx.res, 400, "InvalidPart", "One or more of the specified parts could not be found.");
    for (let i = 0; i < listed.length; i++) {
      const { n, etag } = listed[i]!;
      if (n !== i + 1) return s3Error(ctx.res, 400, "InvalidPartOrder", "The list of parts was not in ascending order.");
      const stored = s.s3.parts.get(n);
      if (!stored || stored.replaceAll('"', "") !== etag.replaceAll('"', "")) {
        return s3Error(ctx.res, 400, "InvalidPart", "One or more of the specified parts could not be found.");
      }
    }
    for (let i = 1; i <= total; i++) s.received.add(i);
    const out =
      `<?xml version="1.0" encoding="UTF-8"?>\n<CompleteMultipartUploadResult><Location>${originOf(state, ctx)}/__s3/${key}</Location>` +
      `<Bucket>standin</Bucket><Key>${key}</Key><ETag>"${uploadId}-${total}"</ETag></CompleteMultipartUploadResult>`;
    ctx.res.writeHead(200, { ...S3_CORS, "Content-Type": "application/xml", "Content-Length": Buffer.byteLength(out) });
    ctx.res.end(out);
    return HANDLED;
  });

  router.get("/api/v4/callback/s3/:sessionID/:key", (ctx: Ctx) => {
    const s = liveSession(store, ctx.params.sessionID ?? "");
    if (!s) {
      writeError(ctx.res, errSession(), 401);
      return HANDLED;
    }
    if (s.policyType !== "s3" || !s.s3) {
      writeError(ctx.res, new AppError(40006, "Storage policy not allowed"), 401);
      return HANDLED;
    }
    if (s.received.size < chunkCount(s)) {
      writeError(ctx.res, new AppError(50007, "Failed to finish upload: multipart upload not completed"), 400);
      return HANDLED;
    }
    completeSession(state, store, s);
    writeSuccess(ctx.res);
    return HANDLED;
  });
}
