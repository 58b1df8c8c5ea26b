import { describe, expect, it } from "vitest";
import { isAbortError } from "./backoff";
import { planChunks, type Chunk } from "./chunkPlan";
import { TransferError } from "./http";
import { runChunks, type ChunkRunOptions } from "./runChunks";

/** A fake transport: records starts, and lets the test decide how each attempt ends. */
function harness(
  size: number,
  chunkSize: number,
  over: Partial<ChunkRunOptions> & { behave?: (c: Chunk, attempt: number) => Promise<string | undefined> } = {},
) {
  const log: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const attempts = new Map<number, number>();
  const ctl = new AbortController();
  const done = over.done ?? new Set<number>();
  const finished: number[] = [];
  const promise = runChunks({
    chunks: planChunks(size, chunkSize),
    done,
    concurrency: 3,
    ordered: false,
    signal: ctl.signal,
    delay: () => 0,
    onProgress: () => {},
    onChunkDone: (i) => finished.push(i),
    ...over,
    async send(chunk, signal) {
      const n = (attempts.get(chunk.index) ?? 0) + 1;
      attempts.set(chunk.index, n);
      log.push(`start ${chunk.index}`);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        await new Promise((r) => setTimeout(r, 1));
        if (signal.aborted) throw new DOMException("x", "AbortError");
        return await (over.behave?.(chunk, n) ?? Promise.resolve(`"etag${chunk.index}"`));
      } finally {
        inFlight--;
        log.push(`end ${chunk.index}`);
      }
    },
  });
  return { promise, log, attempts, ctl, done, finished, max: () => maxInFlight };
}

describe("runChunks", () => {
  it("never has more chunks in flight than the concurrency", async () => {
    const h = harness(100, 10);
    await h.promise;
    expect(h.max()).toBe(3);
    expect([...h.done].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("sends ordered chunks one at a time, each after the one before is acknowledged", async () => {
    const h = harness(100, 10, { ordered: true });
    await h.promise;
    expect(h.max()).toBe(1);
    expect(h.log).toEqual(Array.from({ length: 10 }, (_, i) => [`start ${i}`, `end ${i}`]).flat());
    expect(h.finished).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("retries an ordered chunk before sending the next one", async () => {
    const h = harness(30, 10, {
      ordered: true,
      behave: (c, n) => (c.index === 1 && n < 3 ? Promise.reject(new TransferError("500", { retryable: true, status: 500 })) : Promise.resolve(undefined)),
    });
    await h.promise;
    expect(h.log.filter((l) => l.startsWith("start"))).toEqual(["start 0", "start 1", "start 1", "start 1", "start 2"]);
  });

  it("sends only the missing chunks when resuming", async () => {
    const h = harness(50, 10, { done: new Set([0, 1, 3]) });
    await h.promise;
    expect([...h.attempts.keys()].sort()).toEqual([2, 4]);
  });

  it("retries retryable failures and then succeeds", async () => {
    const h = harness(30, 10, {
      behave: (c, n) => (c.index === 1 && n < 3 ? Promise.reject(new TransferError("500", { retryable: true, status: 500 })) : Promise.resolve(undefined)),
    });
    await h.promise;
    expect(h.attempts.get(1)).toBe(3);
    expect(h.done.size).toBe(3);
  });

  it("gives up after the maximum attempts", async () => {
    const h = harness(30, 10, {
      maxAttempts: 4,
      behave: (c) => (c.index === 0 ? Promise.reject(new TransferError("500", { retryable: true, status: 500 })) : Promise.resolve(undefined)),
    });
    await expect(h.promise).rejects.toBeInstanceOf(TransferError);
    expect(h.attempts.get(0)).toBe(4);
  });

  it("fails at once on a non-retryable error and stops the other chunks", async () => {
    const h = harness(100, 10, {
      behave: (c) =>
        c.index === 1 ? Promise.reject(new TransferError("40013", { retryable: false, code: 40013 })) : new Promise((r) => setTimeout(() => r(undefined), 20)),
    });
    await expect(h.promise).rejects.toMatchObject({ code: 40013 });
    expect(h.attempts.get(1)).toBe(1);
    // Nothing new starts after the failure.
    await new Promise((r) => setTimeout(r, 50));
    expect(h.attempts.has(9)).toBe(false);
  });

  it("rejects with an AbortError when stopped (pause/cancel) and starts nothing more", async () => {
    const h = harness(100, 10, { behave: () => new Promise((r) => setTimeout(() => r(undefined), 30)) });
    setTimeout(() => h.ctl.abort(), 5);
    await expect(h.promise).rejects.toSatisfy(isAbortError);
    const started = h.log.filter((l) => l.startsWith("start")).length;
    await new Promise((r) => setTimeout(r, 60));
    expect(h.log.filter((l) => l.startsWith("start")).length).toBe(started);
  });

  it("lets object-storage parts overlap the last part", async () => {
    const h = harness(40, 10, { concurrency: 4 });
    await h.promise;
    expect(h.max()).toBe(4);
  });
});
