import type { Chunk } from "../chunkPlan";
import type { UploadSession } from "../types";

/** Everything a driver needs for one file; the manager owns persistence and progress totals. */
export interface DriverContext {
  file: Blob;
  session: UploadSession;
  chunks: readonly Chunk[];
  /** Acknowledged chunk indices (mutated as chunks complete). */
  done: Set<number>;
  /** Part ETags by chunk index (object storage). */
  etags: (string | null)[];
  /** Chunks sent in parallel; policy `chunk_concurrency` or the default. 1 when `ordered`. */
  concurrency: number;
  /** The driver's `ordered`: chunks go one at a time, in index order. */
  ordered: boolean;
  signal: AbortSignal;
  onProgress(index: number, loaded: number): void;
  onChunkDone(index: number, etag: string | undefined): void;
  onRetry?(index: number, attempt: number, error: unknown): void;
}

export interface Driver {
  /** Sends the bytes. */
  upload(ctx: DriverContext): Promise<void>;
  /** Whatever turns the uploaded bytes into a file (provider completion, server callback); may be a no-op. */
  complete(ctx: DriverContext): Promise<void>;
  /** Whether acknowledged chunks survive a reload (false: a resumed upload starts from zero). */
  resumable: boolean;
  /**
   * The storage writes chunks into one file as they come (local, relay, slave node): one chunk at
   * a time, in order. False where the provider assembles independent parts itself.
   */
  ordered: boolean;
}

/** Joins a query parameter onto a URL that may already have a query. */
export function withQuery(url: string, key: string, value: string | number): string {
  return `${url}${url.includes("?") ? "&" : "?"}${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`;
}
