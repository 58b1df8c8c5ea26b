// Qiniu resumable upload v2 (docs/server-behaviour.md, "Storage policies and upload drivers"): parts PUT to
// `<upload_urls[0]>/<partNumber>` with the server-issued UpToken, then the part list POSTed to
// `<upload_urls[0]>`; Qiniu calls back the server, which finalises the file.
import { runChunks } from "../runChunks";
import { expectOk, TransferError, xhr } from "../http";
import { CHUNK_TIMEOUT_MS } from "./local";
import type { Driver } from "./types";

const auth = (credential: string) => ({ Authorization: `UpToken ${credential}` });

export const qiniuDriver: Driver = {
  resumable: true,
  ordered: false,
  upload(ctx) {
    const base = ctx.session.upload_urls?.[0];
    const credential = ctx.session.credential;
    if (!base || !credential) return Promise.reject(new TransferError("The server sent no upload URL", { retryable: false }));
    return runChunks({
      ...ctx,
      async send(chunk, signal, onProgress) {
        const res = await xhr({
          method: "PUT",
          url: `${base}/${chunk.index + 1}`,
          body: ctx.file.slice(chunk.start, chunk.end),
          headers: { "Content-Type": "application/octet-stream", ...auth(credential) },
          signal,
          onProgress,
          timeoutMs: CHUNK_TIMEOUT_MS,
        });
        expectOk(res);
        const etag = (JSON.parse(res.text) as { etag?: string }).etag;
        if (!etag) throw new TransferError("Qiniu returned no etag", { retryable: true, status: res.status });
        return etag;
      },
    });
  },
  async complete(ctx) {
    const base = ctx.session.upload_urls![0]!;
    const parts = ctx.chunks.map((c) => ({ etag: ctx.etags[c.index], partNumber: c.index + 1 }));
    const res = await xhr({
      method: "POST",
      url: base,
      body: JSON.stringify({ parts, mimeType: ctx.session.mime_type }),
      headers: { "Content-Type": "application/json", ...auth(ctx.session.credential!) },
      signal: ctx.signal,
      timeoutMs: CHUNK_TIMEOUT_MS,
    });
    expectOk(res);
  },
};
