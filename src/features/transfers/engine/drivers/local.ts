// Local storage and any policy with `relay: true` (docs/server-behaviour.md, "Uploads"): raw chunk bytes POSTed to our
// own server with the exact Content-Length. The server writes each chunk into the file at its offset
// and completes the upload when the chunk with the last index arrives, so chunks go strictly one at
// a time, in order (Driver.ordered); no completion request exists.
import { API_BASE } from "../../../../api/client";
import { SESSION_LOST_CODES } from "../../../../api/errors";
import { bearerHeader } from "../auth";
import { runChunks } from "../runChunks";
import { expectEnvelope, TransferError, xhr } from "../http";
import type { Driver } from "./types";

export const CHUNK_TIMEOUT_MS = 120_000;

export const localDriver: Driver = {
  resumable: true,
  ordered: true,
  upload(ctx) {
    const { session } = ctx;
    return runChunks({
      ...ctx,
      async send(chunk, signal, onProgress) {
        const url = `${API_BASE}/file/upload/${encodeURIComponent(session.session_id)}/${chunk.index}`;
        const body = ctx.file.slice(chunk.start, chunk.end);
        const attempt = async (forceRefresh: boolean) =>
          xhr({
            method: "POST",
            url,
            body,
            headers: { "Content-Type": "application/octet-stream", ...(await bearerHeader(forceRefresh)) },
            signal,
            onProgress,
            timeoutMs: CHUNK_TIMEOUT_MS,
          });
        let res = await attempt(false);
        try {
          expectEnvelope(res);
        } catch (e) {
          // The token looked fresh to us but not to the server: refresh once and resend.
          if (!(e instanceof TransferError && e.code !== undefined && SESSION_LOST_CODES.has(e.code))) throw e;
          res = await attempt(true);
          expectEnvelope(res);
        }
        return undefined;
      },
    });
  },
  async complete() {
    // Completed by the last chunk.
  },
};
