import { describe, expect, it } from "vitest";
import { fingerprint, hashBytes, SAMPLE_BYTES, sameFile, sampleRanges } from "./fingerprint";

const bytes = (n: number, seed = 1) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed) & 0xff);

describe("fingerprint", () => {
  it("samples the head and the tail of big files, the whole of small ones", () => {
    expect(sampleRanges(10)).toEqual([[0, 10]]);
    expect(sampleRanges(SAMPLE_BYTES * 2)).toEqual([[0, SAMPLE_BYTES * 2]]);
    expect(sampleRanges(10 * SAMPLE_BYTES)).toEqual([
      [0, SAMPLE_BYTES],
      [9 * SAMPLE_BYTES, 10 * SAMPLE_BYTES],
    ]);
  });

  it("hashes deterministically and tells different bytes apart", () => {
    expect(hashBytes(bytes(1000))).toBe(hashBytes(bytes(1000)));
    expect(hashBytes(bytes(1000))).not.toBe(hashBytes(bytes(1000, 2)));
    expect(hashBytes(new Uint8Array(0))).toMatch(/^[0-9a-f]{16}$/);
  });

  it("recognises the same file and notices a changed tail", async () => {
    const data = bytes(300 * 1024);
    const a = await fingerprint(new File([data], "a.bin", { lastModified: 5 }));
    const b = await fingerprint(new File([data], "a.bin", { lastModified: 5 }));
    expect(sameFile(a, b)).toBe(true);
    const changed = data.slice();
    changed[changed.length - 1] = changed[changed.length - 1]! ^ 0xff;
    const c = await fingerprint(new File([changed], "a.bin", { lastModified: 5 }));
    expect(sameFile(a, c)).toBe(false);
    const renamed = await fingerprint(new File([data], "b.bin", { lastModified: 5 }));
    expect(sameFile(a, renamed)).toBe(false);
  });

  it("does not notice changes in the middle of a big file (by design: it reads 128 KiB)", async () => {
    const data = bytes(1024 * 1024);
    const edited = data.slice();
    edited[512 * 1024] = edited[512 * 1024]! ^ 0xff;
    const a = await fingerprint(new File([data], "x", { lastModified: 1 }));
    const b = await fingerprint(new File([edited], "x", { lastModified: 1 }));
    expect(sameFile(a, b)).toBe(true);
  });
});
