import { AppError } from "./envelope.ts";

/** Object kinds, numbered like the server's hashid type tags (docs/server-behaviour.md, "Ids, times and boolsets"). */
export const IdType = {
  share: 0,
  user: 1,
  file: 2,
  folder: 3,
  tag: 4,
  policy: 5,
  sourceLink: 6,
  group: 7,
  entity: 8,
  node: 10,
  task: 11,
  dav: 12,
} as const;
export type IdType = (typeof IdType)[keyof typeof IdType];

const ALPHABET = "kLmN0pQrStUvWxYz1aBcDeFgHiJ2KlMnOqRsTuVwXy3ZbCdEfGhIj456789oAP";
const MOD = 1n << 40n;
// An odd multiplier is invertible modulo 2^40, which makes the ids look scattered yet decodable.
const MUL = 0x9e3779b97n | 1n;
const INV = modInverse(MUL, MOD);

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [a % m, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return ((oldS % m) + m) % m;
}

export function encodeId(type: IdType, n: number): string {
  let v = ((BigInt(n) * 16n + BigInt(type)) * MUL) % MOD;
  let out = "";
  do {
    out = ALPHABET[Number(v % 62n)] + out;
    v /= 62n;
  } while (v > 0n);
  return out;
}

/** Decodes an id of the given kind or returns undefined (wrong kind, garbage, empty). */
export function tryDecodeId(type: IdType, s: string): number | undefined {
  if (!s || s.length > 8) return undefined;
  let v = 0n;
  for (const ch of s) {
    const d = ALPHABET.indexOf(ch);
    if (d < 0) return undefined;
    v = v * 62n + BigInt(d);
  }
  if (v >= MOD) return undefined;
  const raw = (v * INV) % MOD;
  if (Number(raw % 16n) !== type) return undefined;
  return Number(raw / 16n);
}

export function decodeId(type: IdType, s: string): number {
  const n = tryDecodeId(type, s);
  if (n === undefined) throw new AppError(40001, "Failed to parse object ID", undefined, undefined, true);
  return n;
}
