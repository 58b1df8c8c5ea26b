// Sends the chunks of one file with bounded concurrency, per-chunk retries with backoff, and an
// abort that stops everything at once. Drivers only say how one chunk is sent.
import { abortError, backoffDelay, isAbortError, sleep } from "./backoff";
import { nextChunks, type Chunk } from "./chunkPlan";
import { TransferError } from "./http";

export interface ChunkRunOptions {
  chunks: readonly Chunk[];
  /** Already acknowledged (resume); updated as chunks complete. */
  done: Set<number>;
  concurrency: number;
  /** One chunk at a time, in index order (see ChunkSchedule.ordered). */
  ordered: boolean;
  signal: AbortSignal;
  /** Attempts per chunk, first one included. */
  maxAttempts?: number;
  /** Sends one chunk; resolves with the part's ETag for object storage. */
  send(chunk: Chunk, signal: AbortSignal, onProgress: (loaded: number) => void): Promise<string | undefined>;
  /** Bytes of this chunk sent so far in the current attempt (resets to 0 on a retry). */
  onProgress(index: number, loaded: number): void;
  onChunkDone(index: number, etag: string | undefined): void;
  onRetry?(index: number, attempt: number, error: unknown): void;
  /** Injected in tests. */
  delay?: (attempt: number) => number;
}

export const DEFAULT_MAX_ATTEMPTS = 6;

/**
 * Resolves when every chunk is acknowledged. Rejects with the first non-retryable error (or a
 * retryable one that ran out of attempts) after stopping the other chunks, or with an AbortError.
 */
export function runChunks(o: ChunkRunOptions): Promise<void> {
  const inner = new AbortController();
  const onOuterAbort = () => inner.abort();
  o.signal.addEventListener("abort", onOuterAbort, { once: true });
  const inFlight = new Set<number>();
  const maxAttempts = o.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const delay = o.delay ?? ((n: number) => backoffDelay(n));

  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const finish = (err?: unknown) => {
      if (settled) return;
      settled = true;
      o.signal.removeEventListener("abort", onOuterAbort);
      if (err !== undefined) {
        inner.abort();
        reject(err);
      } else resolve();
    };

    const sendWithRetry = async (chunk: Chunk) => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await o.send(chunk, inner.signal, (loaded) => o.onProgress(chunk.index, loaded));
        } catch (e) {
          o.onProgress(chunk.index, 0);
          if (isAbortError(e) || inner.signal.aborted) throw e;
          const retryable = e instanceof TransferError ? e.retryable : e instanceof TypeError;
          if (!retryable || attempt >= maxAttempts) throw e;
          o.onRetry?.(chunk.index, attempt, e);
          await sleep(delay(attempt), inner.signal);
        }
      }
    };

    const pump = () => {
      if (settled) return;
      if (o.signal.aborted) return finish(abortError());
      if (o.done.size >= o.chunks.length && inFlight.size === 0) return finish();
      const start = nextChunks({ count: o.chunks.length, done: o.done, inFlight, concurrency: o.concurrency, ordered: o.ordered });
      for (const index of start) {
        const chunk = o.chunks[index]!;
        inFlight.add(index);
        sendWithRetry(chunk).then(
          (etag) => {
            inFlight.delete(index);
            if (settled) return;
            o.done.add(index);
            o.onChunkDone(index, etag);
            pump();
          },
          (e) => {
            inFlight.delete(index);
            finish(e);
          },
        );
      }
    };
    pump();
  });
}
