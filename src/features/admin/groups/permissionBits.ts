import { boolsetHas } from "../../../lib/boolset";

/*
 * A group's permission boolset as a set of bit numbers and back (the encoding of docs/admin-api.md,
 * "Groups"). Reading goes through lib/boolset's boolsetHas; the whole-set helpers of lib/boolset are
 * not used here because the module sits in every page's first-load chunk, and importing them from the
 * dashboard would put them there too.
 */

export function permissionBits(b64: string | null | undefined): Set<number> {
  let length = 0;
  try {
    length = b64 ? atob(b64).length : 0;
  } catch {
    length = 0;
  }
  const bits = new Set<number>();
  for (let n = 0; n < length * 8; n++) if (boolsetHas(b64, n)) bits.add(n);
  return bits;
}

export function permissionString(bits: Iterable<number>): string {
  const list = [...bits].filter((n) => Number.isInteger(n) && n >= 0 && n < 256);
  if (list.length === 0) return "";
  const bytes = new Uint8Array((Math.max(...list) >> 3) + 1);
  for (const n of list) bytes[n >> 3]! |= 1 << (n & 7);
  return btoa(String.fromCharCode(...bytes));
}
