import { AppError } from "../core/envelope.ts";
import { HANDLED, type Ctx, type Router } from "../core/router.ts";
import { hmacHex } from "../core/sign.ts";
import type { State } from "../state/state.ts";
import { bump, countersOf, fail500, injectFault } from "./faults.ts";
import { originOf, writeError, writeSuccess } from "./http.ts";
import { fsOf } from "./store.ts";
import type { UploadSession } from "./types.ts";
import { chunkCount, completeSession, errSession, expectedLength, liveSession, receiveInto } from "./upload.ts";
import type { ServerResponse } from "node:http";

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

/**
 * The S3-style presigned multipart flow (mounted always: `--policy s3` is a normal flag): parts
 * PUT to presigned URLs, the multipart completion, and the storage's callback that finishes the
 * upload session.
 */
export function registerS3Routes(router: Router, state: State): void {
  const store = fsOf(state);
  const counters = countersOf(state);

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
