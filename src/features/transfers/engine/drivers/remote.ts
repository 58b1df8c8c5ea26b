// Slave-node storage ("remote"; docs/server-behaviour.md, "Storage policies and upload drivers"): chunks are POSTed to the node with the node's own
// credential (already a full Authorization value); our bearer token never goes there. The node
// completes the upload on the last chunk and notifies the master itself.
import { runChunks } from "../runChunks";
import { expectEnvelope, TransferError, xhr } from "../http";
import { CHUNK_TIMEOUT_MS } from "./local";
import { withQuery, type Driver } from "./types";

export const remoteDriver: Driver = {
  resumable: true,
  ordered: true,
  upload(ctx) {
    const base = ctx.session.upload_urls?.[0];
    const credential = ctx.session.credential;
    if (!base || !credential) return Promise.reject(new TransferError("The server sent no upload URL", { retryable: false }));
    return runChunks({
      ...ctx,
      async send(chunk, signal, onProgress) {
        const res = await xhr({
          method: "POST",
          url: withQuery(base, "chunk", chunk.index),
          body: ctx.file.slice(chunk.start, chunk.end),
          headers: { "Content-Type": "application/octet-stream", Authorization: credential },
          signal,
          onProgress,
          timeoutMs: CHUNK_TIMEOUT_MS,
        });
        expectEnvelope(res);
        return undefined;
      },
    });
  },
  async complete() {
    // The node reports completion to the master.
  },
};
