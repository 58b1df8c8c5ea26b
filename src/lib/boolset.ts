// Boolsets (docs/server-behaviour.md, "Ids, times and boolsets"): flag n lives in byte n >> 3 under mask 1 << (n & 7), least significant
// bit first, serialised as standard padded base64 of the bytes.

/*
 * The raw bytes of a boolset. Missing or malformed input yields no bytes, so every flag reads as
 * unset: a capability check must fail closed rather than throw in the middle of rendering.
 */
function boolsetBytes(b64: string | null | undefined): Uint8Array {
  if (!b64) return new Uint8Array(0);
  const cached = cache.get(b64);
  if (cached) return cached;
  let bytes: Uint8Array;
  try {
    bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  } catch {
    bytes = new Uint8Array(0);
  }
  // A listing checks the same few capability strings for thousands of rows; decode each once.
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(b64, bytes);
  return bytes;
}

const CACHE_LIMIT = 256;
const cache = new Map<string, Uint8Array>();

/** Whether flag n is set; flags beyond the encoded bytes are unset. */
export function boolsetHas(b64: string | null | undefined, n: number): boolean {
  const byte = boolsetBytes(b64)[n >> 3];
  return byte !== undefined && n >= 0 && (byte & (1 << (n & 7))) !== 0;
}

/** The set flags, in ascending order. */
export function decodeBoolset(b64: string | null | undefined): Set<number> {
  const bits = new Set<number>();
  boolsetBytes(b64).forEach((byte, i) => {
    for (let bit = 0; bit < 8; bit++) if (byte & (1 << bit)) bits.add(i * 8 + bit);
  });
  return bits;
}

const MAX_FLAG = 0xffff;

/** Encodes flags with as many bytes as the highest flag needs; no flags encode as "". */
export function encodeBoolset(bits: Iterable<number>): string {
  const list = [...bits];
  for (const n of list) {
    // Real tables stop below 32; the bound keeps a stray large number from allocating megabytes.
    if (!Number.isInteger(n) || n < 0 || n > MAX_FLAG) throw new RangeError(`Invalid boolset flag: ${n}`);
  }
  if (list.length === 0) return "";
  const bytes = new Uint8Array((Math.max(...list) >> 3) + 1);
  for (const n of list) bytes[n >> 3] = (bytes[n >> 3] ?? 0) | (1 << (n & 7));
  return btoa(String.fromCharCode(...bytes));
}
