import { createHmac, timingSafeEqual } from "node:crypto";
import { AppError } from "../core/envelope.ts";
import type { State } from "../state/state.ts";

/**
 * HMAC URL signatures (contract §3.10): `sign=<base64url(HMAC-SHA256(path:expiry))>:<expiry>`,
 * over the URL path only; expiry is Unix seconds, 0 = never.
 */
export function signPath(state: State, path: string, ttlSeconds: number): string {
  const expiry = ttlSeconds > 0 ? Math.floor(Date.now() / 1000) + ttlSeconds : 0;
  return `${mac(state, path, expiry)}:${expiry}`;
}

export function verifySignedPath(state: State, path: string, sign: string | null): void {
  const at = sign?.lastIndexOf(":") ?? -1;
  if (!sign || at < 0) throw new AppError(403, "expire timestamp is missing");
  const expiry = Number(sign.slice(at + 1));
  if (!Number.isInteger(expiry)) throw new AppError(40071, "invalid sign");
  if (expiry !== 0 && expiry < Date.now() / 1000) throw new AppError(40005, "signature expired");
  const given = Buffer.from(sign.slice(0, at), "base64url");
  const expected = Buffer.from(mac(state, path, expiry), "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new AppError(40071, "invalid sign");
}

function mac(state: State, path: string, expiry: number): string {
  return createHmac("sha256", state.config.secret).update(`${path}:${expiry}`).digest("base64url");
}
