// Recognises "the same file" after a reload, when the browser can only give us a new File object:
// name, size and modification time, plus a hash of the first and last 64 KiB (so a file edited in
// place without its mtime changing is not resumed into a corrupt upload). Only 128 KiB are read.
// Not a security boundary: the server validates lengths, and a mismatch at worst restarts cleanly.

export const SAMPLE_BYTES = 64 * 1024;

export interface FileIdentity {
  name: string;
  size: number;
  lastModified: number;
}

export interface Fingerprint extends FileIdentity {
  /** Hex hash of the head and tail samples. */
  sample: string;
}

/**
 * 64-bit FNV-1a-like hash as two 32-bit lanes. WebCrypto would be nicer, but `crypto.subtle` only
 * exists in secure contexts, and many Cloudreve servers are reached over plain HTTP on a LAN.
 */
export function hashBytes(bytes: Uint8Array, seed = 0): string {
  let h1 = 0x811c9dc5 ^ seed;
  let h2 = 0x01000193 ^ (seed * 31);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    h1 = Math.imul(h1 ^ b, 0x01000193);
    h2 = Math.imul(h2 ^ b ^ (h1 >>> 7), 0x5bd1e995);
  }
  h1 ^= h2 >>> 13;
  h2 ^= h1 >>> 17;
  return (h1 >>> 0).toString(16).padStart(8, "0") + (h2 >>> 0).toString(16).padStart(8, "0");
}

/** The byte ranges sampled: the head, and the tail when it does not overlap the head. */
export function sampleRanges(size: number): [number, number][] {
  if (size <= SAMPLE_BYTES * 2) return [[0, size]];
  return [
    [0, SAMPLE_BYTES],
    [size - SAMPLE_BYTES, size],
  ];
}

export async function fingerprint(file: File): Promise<Fingerprint> {
  const parts = await Promise.all(sampleRanges(file.size).map(([a, b]) => file.slice(a, b).arrayBuffer()));
  const joined = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    joined.set(new Uint8Array(p), at);
    at += p.byteLength;
  }
  return { name: file.name, size: file.size, lastModified: file.lastModified, sample: hashBytes(joined, file.size % 0x7fffffff) };
}

export const sameFile = (a: Fingerprint, b: Fingerprint) =>
  a.name === b.name && a.size === b.size && a.lastModified === b.lastModified && a.sample === b.sample;
