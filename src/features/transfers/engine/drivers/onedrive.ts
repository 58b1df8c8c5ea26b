// OneDrive / SharePoint upload sessions (docs/server-behaviour.md, "Storage policies and upload drivers"): byte ranges PUT in order to the Graph
// upload URL with Content-Range, then the client tells the server (POST callback), which checks the
// size. When OneDrive already has part of a range (a retry after a lost answer) it reports the next
// expected offset and the upload realigns to it instead of failing.
import { API_BASE } from "../../../../api/client";
import { backoffDelay, isAbortError, sleep } from "../backoff";
import { expectEnvelope, retryableStatus, TransferError, xhr } from "../http";
import { DEFAULT_MAX_ATTEMPTS } from "../runChunks";
import { CHUNK_TIMEOUT_MS } from "./local";
import type { Driver, DriverContext } from "./types";

/** First offset OneDrive still wants, from `nextExpectedRanges: ["12345-", …]`. */
export function nextExpectedOffset(body: string): number | undefined {
  try {
    const ranges = (JSON.parse(body) as { nextExpectedRanges?: string[] }).nextExpectedRanges;
    const first = ranges?.[0];
    if (!first) return undefined;
    const n = Number(first.split("-")[0]);
    return Number.isSafeInteger(n) ? n : undefined;
  } catch {
    return undefined;
  }
}

async function askOffset(url: string, signal: AbortSignal): Promise<number | undefined> {
  const res = await xhr({ method: "GET", url, signal, timeoutMs: CHUNK_TIMEOUT_MS });
  return res.status === 200 ? nextExpectedOffset(res.text) : undefined;
}

async function sendRange(ctx: DriverContext, url: string, index: number, from: number, end: number): Promise<number | "done"> {
  const size = ctx.file.size;
  const res = await xhr({
    method: "PUT",
    url,
    body: ctx.file.slice(from, end),
    headers: { "Content-Range": `bytes ${from}-${end - 1}/${size}` },
    signal: ctx.signal,
    onProgress: (loaded) => ctx.onProgress(index, from - ctx.chunks[index]!.start + loaded),
    timeoutMs: CHUNK_TIMEOUT_MS,
  });
  if (res.status === 200 || res.status === 201) return "done";
  if (res.status === 202) return nextExpectedOffset(res.text) ?? end;
  if (res.status === 416 || /fragmentOverlap/i.test(res.text)) {
    const next = await askOffset(url, ctx.signal);
    if (next !== undefined) return next;
  }
  throw new TransferError(`HTTP ${res.status}`, { retryable: retryableStatus(res.status), status: res.status });
}

export const onedriveDriver: Driver = {
  resumable: true,
  ordered: true,
  async upload(ctx) {
    const url = ctx.session.upload_urls?.[0];
    if (!url) throw new TransferError("The server sent no upload URL", { retryable: false });
    if (ctx.file.size === 0) throw new TransferError("OneDrive cannot store empty files", { retryable: false, code: 40055 });
    // OneDrive wants the fragments in order: one at a time.
    let offset = ctx.chunks.find((c) => !ctx.done.has(c.index))?.start ?? ctx.file.size;
    let stuck = 0;
    while (offset < ctx.file.size) {
      const chunk = ctx.chunks.find((c) => offset >= c.start && offset < c.end)!;
      let next: number | "done" | undefined;
      for (let attempt = 1; next === undefined; attempt++) {
        try {
          next = await sendRange(ctx, url, chunk.index, offset, chunk.end);
        } catch (e) {
          ctx.onProgress(chunk.index, 0);
          if (isAbortError(e) || !(e instanceof TransferError && e.retryable) || attempt >= DEFAULT_MAX_ATTEMPTS) throw e;
          ctx.onRetry?.(chunk.index, attempt, e);
          await sleep(backoffDelay(attempt), ctx.signal);
        }
      }
      const reached = next === "done" ? ctx.file.size : next;
      for (const c of ctx.chunks) {
        if (c.end <= reached && !ctx.done.has(c.index)) {
          ctx.done.add(c.index);
          ctx.onChunkDone(c.index, undefined);
        }
      }
      // OneDrive decides where to continue; give up if it keeps asking for what was just sent.
      stuck = reached <= offset ? stuck + 1 : 0;
      if (stuck >= DEFAULT_MAX_ATTEMPTS) throw new TransferError("OneDrive does not accept the upload", { retryable: false });
      offset = reached;
    }
  },
  async complete(ctx) {
    const { session_id, callback_secret } = ctx.session;
    const res = await xhr({
      method: "POST",
      url: `${API_BASE}/callback/onedrive/${encodeURIComponent(session_id)}/${encodeURIComponent(callback_secret)}`,
      signal: ctx.signal,
      timeoutMs: CHUNK_TIMEOUT_MS,
    });
    expectEnvelope(res);
  },
};
