// Which byte ranges an upload sends, and in which order (contract §8.20.2, official-frontend §2.14).

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
   * The last chunk may only start when every other chunk is acknowledged: local/relay (and remote)
   * storage completes the upload synchronously when the chunk that reaches the end arrives.
   */
  lastChunkLast: boolean;
}

/** Indices to start now, lowest first, without exceeding the concurrency. */
export function nextChunks(s: ChunkSchedule): number[] {
  const room = Math.max(1, Math.floor(s.concurrency)) - s.inFlight.size;
  if (room <= 0) return [];
  const out: number[] = [];
  const last = s.count - 1;
  for (let i = 0; i < s.count && out.length < room; i++) {
    if (s.done.has(i) || s.inFlight.has(i)) continue;
    if (s.lastChunkLast && i === last && s.count > 1) {
      const othersDone = s.done.size === s.count - 1 && !s.done.has(last);
      if (!othersDone || s.inFlight.size > 0 || out.length > 0) continue;
    }
    out.push(i);
  }
  return out;
}

/** The first chunk the server does not have yet (where a resumed upload continues), or -1. */
export function firstMissing(count: number, done: ReadonlySet<number>): number {
  for (let i = 0; i < count; i++) if (!done.has(i)) return i;
  return -1;
}
