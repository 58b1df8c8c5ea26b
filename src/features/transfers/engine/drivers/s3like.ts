// Object storage with pre-signed multipart URLs — s3, cos, oss, obs (docs/server-behaviour.md, "Storage policies and upload drivers"):
// PUT part i to upload_urls[i] and keep its ETag, POST CompleteMultipartUpload to completeURL, then
// let the server know (s3/cos: GET callback, obs: POST callback; oss calls the server itself).
// These requests go straight to the provider with plain XHR/fetch: no bearer token.
import { API_BASE } from "../../../../api/client";
import { runChunks } from "../runChunks";
import { expectEnvelope, expectOk, TransferError, xhr } from "../http";
import { CHUNK_TIMEOUT_MS } from "./local";
import type { Driver, DriverContext } from "./types";

export type S3Flavour = "s3" | "cos" | "oss" | "obs";

/** OSS, COS and OBS sign the part URLs for this content type; S3 URLs are signed without one. */
const PART_CONTENT_TYPE: Record<S3Flavour, string | undefined> = {
  s3: undefined,
  cos: "application/octet-stream",
  oss: "application/octet-stream",
  obs: "application/octet-stream",
};

const xmlEscape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The CompleteMultipartUpload document, parts in ascending order with their quoted ETags. */
export function completeMultipartXml(etags: readonly (string | null | undefined)[]): string {
  const parts = etags.map((etag, i) => {
    if (!etag) throw new TransferError(`Part ${i + 1} has no ETag`, { retryable: false });
    const quoted = etag.startsWith('"') ? etag : `"${etag}"`;
    return `<Part><PartNumber>${i + 1}</PartNumber><ETag>${xmlEscape(quoted)}</ETag></Part>`;
  });
  return `<CompleteMultipartUpload>${parts.join("")}</CompleteMultipartUpload>`;
}

export function s3likeDriver(flavour: S3Flavour): Driver {
  return {
    resumable: true,
    ordered: false,
    upload(ctx) {
      const urls = ctx.session.upload_urls ?? [];
      if (urls.length < ctx.chunks.length) {
        return Promise.reject(new TransferError("The server sent fewer part URLs than parts", { retryable: false }));
      }
      const contentType = PART_CONTENT_TYPE[flavour];
      return runChunks({
        ...ctx,
        // Parts may arrive in any order; nothing completes until CompleteMultipartUpload.
        async send(chunk, signal, onProgress) {
          const res = await xhr({
            method: "PUT",
            url: urls[chunk.index]!,
            body: ctx.file.slice(chunk.start, chunk.end),
            headers: contentType ? { "Content-Type": contentType } : {},
            signal,
            onProgress,
            timeoutMs: CHUNK_TIMEOUT_MS,
          });
          expectOk(res);
          const etag = res.header("ETag");
          // Without Access-Control-Expose-Headers: ETag the browser hides it; retrying will not help.
          if (!etag) throw new TransferError("The storage did not expose the part's ETag (check its CORS settings)", { retryable: false });
          return etag;
        },
      });
    },
    async complete(ctx) {
      await completeMultipart(flavour, ctx);
      await callback(flavour, ctx);
    },
  };
}

async function completeMultipart(flavour: S3Flavour, ctx: DriverContext): Promise<void> {
  const url = ctx.session.completeURL;
  if (!url) throw new TransferError("The server sent no completion URL", { retryable: false });
  const headers: Record<string, string> = {};
  let body: string | null = null;
  if (flavour === "oss") {
    // OSS lists the parts itself and then calls back the server (docs/server-behaviour.md, "Storage policies and upload drivers").
    headers["x-oss-forbid-overwrite"] = "true";
    headers["x-oss-complete-all"] = "yes";
  } else {
    body = completeMultipartXml(ctx.chunks.map((c) => ctx.etags[c.index]));
    headers["Content-Type"] = "application/xml";
    if (flavour === "cos") headers["x-cos-forbid-overwrite"] = "true";
  }
  const res = await xhr({ method: "POST", url, body, headers, signal: ctx.signal, timeoutMs: CHUNK_TIMEOUT_MS });
  expectOk(res);
  // S3 may answer 200 with an <Error> document when completion fails late.
  if (/<Error>/.test(res.text)) expectOk({ ...res, status: 500 });
}

async function callback(flavour: S3Flavour, ctx: DriverContext): Promise<void> {
  if (flavour === "oss") return;
  const { session_id, callback_secret } = ctx.session;
  const url = `${API_BASE}/callback/${flavour}/${encodeURIComponent(session_id)}/${encodeURIComponent(callback_secret)}`;
  // The callback routes need no token (docs/server-behaviour.md, "Storage policies and upload drivers"); none is sent.
  const res = await xhr({ method: flavour === "obs" ? "POST" : "GET", url, signal: ctx.signal, timeoutMs: CHUNK_TIMEOUT_MS });
  if (res.status === 401 || res.status === 400) {
    // These answers carry an envelope explaining why (session gone, parts missing).
    expectEnvelope({ ...res, status: 200 });
  }
  expectEnvelope(res);
}
