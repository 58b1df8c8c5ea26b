import { describe, expect, it } from "vitest";
import { chunkLength, firstMissing, nextChunks, planChunks, storedPrefix } from "./chunkPlan";

const MiB = 1024 * 1024;

describe("planChunks", () => {
  it("cuts full chunks and a shorter last one", () => {
    const plan = planChunks(20 * MiB + 5, 8 * MiB);
    expect(plan.map(chunkLength)).toEqual([8 * MiB, 8 * MiB, 4 * MiB + 5]);
    expect(plan.at(-1)).toEqual({ index: 2, start: 16 * MiB, end: 20 * MiB + 5 });
  });

  it("has no empty trailing chunk when the size is a multiple of the chunk size", () => {
    expect(planChunks(16 * MiB, 8 * MiB).map(chunkLength)).toEqual([8 * MiB, 8 * MiB]);
  });

  it("sends everything in one request when chunk_size is 0", () => {
    expect(planChunks(123_456_789, 0)).toEqual([{ index: 0, start: 0, end: 123_456_789 }]);
  });

  it("sends one request when the file is smaller than a chunk", () => {
    expect(planChunks(10, 8 * MiB)).toEqual([{ index: 0, start: 0, end: 10 }]);
  });

  it("still sends one (empty) request for an empty file: that request completes the upload", () => {
    expect(planChunks(0, 8 * MiB)).toEqual([{ index: 0, start: 0, end: 0 }]);
    expect(planChunks(0, 0)).toEqual([{ index: 0, start: 0, end: 0 }]);
  });

  it("covers every byte exactly once, contiguously", () => {
    const size = 1024 ** 3 + 7;
    const plan = planChunks(size, 25 * MiB);
    expect(plan[0]!.start).toBe(0);
    for (let i = 1; i < plan.length; i++) expect(plan[i]!.start).toBe(plan[i - 1]!.end);
    expect(plan.at(-1)!.end).toBe(size);
    expect(plan.reduce((n, c) => n + chunkLength(c), 0)).toBe(size);
  });

  it("refuses a negative or fractional size", () => {
    expect(() => planChunks(-1, 10)).toThrow(RangeError);
    expect(() => planChunks(1.5, 10)).toThrow(RangeError);
  });
});

describe("nextChunks", () => {
  const parallel = { count: 5, done: new Set<number>(), inFlight: new Set<number>(), concurrency: 3, ordered: false };
  const ordered = { ...parallel, ordered: true };

  it("starts up to the concurrency, lowest index first", () => {
    expect(nextChunks(parallel)).toEqual([0, 1, 2]);
  });

  it("fills only the free slots", () => {
    expect(nextChunks({ ...parallel, inFlight: new Set([0, 1]) })).toEqual([2]);
    expect(nextChunks({ ...parallel, inFlight: new Set([0, 1, 2]) })).toEqual([]);
  });

  it("lets independent parts overlap the last one", () => {
    expect(nextChunks({ ...parallel, done: new Set([0, 1]), inFlight: new Set([2]) })).toEqual([3, 4]);
  });

  it("sends ordered chunks one at a time whatever the concurrency", () => {
    expect(nextChunks(ordered)).toEqual([0]);
    expect(nextChunks({ ...ordered, done: new Set([0]), inFlight: new Set([1]) })).toEqual([]);
    expect(nextChunks({ ...ordered, done: new Set([0, 1]) })).toEqual([2]);
  });

  it("sends ordered chunks in index order, the first missing one next", () => {
    expect(nextChunks({ ...ordered, done: new Set([0, 2, 3]) })).toEqual([1]);
    expect(nextChunks({ ...ordered, done: new Set([0, 1, 2, 3, 4]) })).toEqual([]);
  });

  it("sends a single-chunk file at once", () => {
    expect(nextChunks({ ...parallel, count: 1 })).toEqual([0]);
    expect(nextChunks({ ...ordered, count: 1 })).toEqual([0]);
  });

  it("resumes with the missing chunks only", () => {
    expect(nextChunks({ ...parallel, done: new Set([0, 2]) })).toEqual([1, 3, 4]);
    expect(firstMissing(5, new Set([0, 1, 3]))).toBe(2);
    expect(firstMissing(2, new Set([0, 1]))).toBe(-1);
  });

  it("treats a concurrency below 1 as 1", () => {
    expect(nextChunks({ ...parallel, concurrency: 0 })).toEqual([0]);
  });
});

describe("storedPrefix", () => {
  it("keeps the acknowledged chunks before the first gap", () => {
    expect(storedPrefix(5, new Set([0, 1, 3]))).toEqual([0, 1]);
    expect(storedPrefix(3, new Set([0, 1, 2]))).toEqual([0, 1, 2]);
    expect(storedPrefix(3, new Set([1, 2]))).toEqual([]);
  });
});
