import { createHmac, timingSafeEqual } from "node:crypto";
import { AppError } from "./envelope.ts";
import type { State } from "../state/state.ts";

/** HMAC URL signatures like the server's `pkg/auth/hmac.go`: `sign=<b64url(hmac(path:expiry))>:<expiry>` (contract §3.10). */
function digest(state: State, path: string, expiry: number): string {
  return createHmac("sha256", state.config.secret).update(`${path}:${expiry}`).digest("base64url");
}

export function signPath(state: State, path: string, ttlSeconds: number): { sign: string; expires: Date } {
  const expiry = ttlSeconds > 0 ? Math.floor(Date.now() / 1000) + ttlSeconds : 0;
  return { sign: `${digest(state, path, expiry)}:${expiry}`, expires: new Date(expiry * 1000) };
}

/** Checks a `sign` query value against the raw (still percent-encoded) request path. */
export function verifySign(state: State, path: string, sign: string | null): void {
  if (!sign) throw new AppError(403, "Sign required");
  const idx = sign.lastIndexOf(":");
  if (idx < 0) throw new AppError(403, "Sign required");
  const expiry = Number(sign.slice(idx + 1));
  if (!Number.isInteger(expiry)) throw new AppError(40071, "Invalid sign");
  // Like pkg/auth/hmac.go: expiry is checked before the digest.
  if (expiry !== 0 && expiry < Date.now() / 1000) throw new AppError(40005, "Signature expired");
  const given = Buffer.from(sign.slice(0, idx));
  const want = Buffer.from(digest(state, path, expiry));
  if (given.length !== want.length || !timingSafeEqual(given, want)) throw new AppError(40071, "Invalid sign");
}

/** Generic HMAC used by the S3-style presigned part URLs. */
export function hmacHex(state: State, text: string): string {
  return createHmac("sha256", state.config.secret).update(text).digest("hex");
}
