import { createHmac } from "node:crypto";
import { AppError } from "./envelope.ts";
import type { State } from "../state/state.ts";

/**
 * HMAC URL signatures like the server's: `sign=<base64url(hmac(path:expiry)) with padding>:<expiry>`
 * (docs/server-behaviour.md, "Tokens and signing in"). Only the decoded URL path is signed, not the host: a URL built for another
 * origin is valid wherever the same server answers it, exactly as on the real server.
 */
function digest(secret: string, path: string, expiry: number): string {
  // Go's base64.URLEncoding keeps the "=" padding.
  const b64 = createHmac("sha256", secret).update(`${path}:${expiry}`).digest("base64");
  return b64.replaceAll("+", "-").replaceAll("/", "_");
}

/** The signed text of a request path: its percent-decoded form, as Go's URL.Path holds it. */
export function signedPathOf(rawPath: string): string {
  try {
    return decodeURIComponent(rawPath);
  } catch {
    return rawPath;
  }
}

export function signPath(state: State, path: string, ttlSeconds: number, secret = state.config.secret): { sign: string; expires: Date } {
  const expiry = ttlSeconds > 0 ? Math.floor(Date.now() / 1000) + ttlSeconds : 0;
  return { sign: `${digest(secret, signedPathOf(path), expiry)}:${expiry}`, expires: new Date(expiry * 1000) };
}

/**
 * Checks a `sign` query value against the request path, with the real middleware's codes and
 * messages: no expiry part → 403, unparsable expiry → 40071, expired → 40005, mismatch → 40071.
 */
export function verifySign(state: State, rawPath: string, sign: string | null): void {
  const value = sign ?? "";
  const last = value.slice(value.lastIndexOf(":") + 1);
  if (last === "") throw new AppError(403, "expire timestamp is missing");
  if (!/^[+-]?\d+$/.test(last)) throw new AppError(40071, "sign expired");
  const expiry = Number(last);
  // Like pkg/auth/hmac.go: expiry is checked before the digest.
  if (expiry !== 0 && expiry < Date.now() / 1000) throw new AppError(40005, "signature expired");
  // The whole value is compared, so "+5" and "5" as expiry are different signatures.
  if (`${digest(state.config.secret, signedPathOf(rawPath), expiry)}:${expiry}` !== value) throw new AppError(40071, "invalid sign");
}

/** Generic HMAC used by the S3-style presigned part URLs. */
export function hmacHex(state: State, text: string): string {
  return createHmac("sha256", state.config.secret).update(text).digest("hex");
}
