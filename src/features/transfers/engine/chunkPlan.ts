// Which byte ranges an upload sends, and in which order (docs/server-behaviour.md, "Uploads").

export interface Chunk {
  index: number;
  /** Inclusive start offset. */
  start: number;
  /** Exclusive end offset. */
  end: number;
}

/**
 * Splits `size` bytes into chunks of `chunkSize`. The server expects exactly these lengths: every
 * chunk is `chunkSize` long except the last, which carries the rest. `chunkSize` 0 (or a chunk size
 * at least as large as the file) means one request with the whole file; an empty file is still one
 * (empty) request, because that request is what completes the upload.
 */
export function planChunks(size: number, chunkSize: number): Chunk[] {
  if (!Number.isSafeInteger(size) || size < 0) throw new RangeError(`Invalid size ${size}`);
  if (chunkSize <= 0 || chunkSize >= size) return [{ index: 0, start: 0, end: size }];
  const count = Math.ceil(size / chunkSize);
  return Array.from({ length: count }, (_, index) => ({
    index,
    start: index * chunkSize,
    end: Math.min(size, (index + 1) * chunkSize),
  }));
}

export const chunkLength = (c: Chunk) => c.end - c.start;

export interface ChunkSchedule {
  count: number;
  /** Chunks the server has acknowledged. */
  done: ReadonlySet<number>;
  /** Chunks being sent right now. */
  inFlight: ReadonlySet<number>;
  concurrency: number;
  /**
   * One chunk at a time, in index order. Servers that write chunks straight into one file (the
   * local driver, slave nodes, relayed policies) truncate it when chunk 0 arrives, refuse a chunk
   * that starts beyond the bytes already written, and complete the upload when the chunk with the
   * last index arrives: anything sent early or in parallel ends up as a "complete" file with the
   * wrong bytes. See docs/server-behaviour.md, "Uploads".
   */
  ordered: boolean;
}

/** Indices to start now, lowest first, without exceeding the concurrency. */
export function nextChunks(s: ChunkSchedule): number[] {
  if (s.ordered) {
    if (s.inFlight.size > 0) return [];
    const next = firstMissing(s.count, s.done);
    return next < 0 ? [] : [next];
  }
  const room = Math.max(1, Math.floor(s.concurrency)) - s.inFlight.size;
  const out: number[] = [];
  for (let i = 0; i < s.count && out.length < room; i++) if (!s.done.has(i) && !s.inFlight.has(i)) out.push(i);
  return out;
}

/**
 * What an ordered upload may count as stored: the acknowledged chunks before the first missing
 * one. Chunks after a gap are written again (the server only appends at the end of what it has).
 */
export function storedPrefix(count: number, done: ReadonlySet<number>): number[] {
  const end = firstMissing(count, done);
  return Array.from({ length: end < 0 ? count : end }, (_, i) => i);
}

/** The first chunk the server does not have yet (where a resumed upload continues), or -1. */
export function firstMissing(count: number, done: ReadonlySet<number>): number {
  for (let i = 0; i < count; i++) if (!done.has(i)) return i;
  return -1;
}
