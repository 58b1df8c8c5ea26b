import { createHmac, timingSafeEqual } from "node:crypto";

const b64url = (buf: Buffer | string) => Buffer.from(buf).toString("base64url");

export type Claims = Record<string, unknown> & { exp: number; nbf?: number };

export function signJwt(claims: Claims, secret: string): string {
  const head = b64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));
  const body = b64url(JSON.stringify(claims));
  const sig = createHmac("sha256", secret).update(`${head}.${body}`).digest("base64url");
  return `${head}.${body}.${sig}`;
}

/** Returns the claims of a valid, unexpired HS256 token, or undefined. */
export function verifyJwt(token: string, secret: string, nowSec = Date.now() / 1000): Claims | undefined {
  const parts = token.split(".");
  if (parts.length !== 3) return undefined;
  const [head, body, sig] = parts as [string, string, string];
  const expected = createHmac("sha256", secret).update(`${head}.${body}`).digest();
  const given = Buffer.from(sig, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(body, "base64url").toString()) as Claims;
    if (typeof claims.exp !== "number" || claims.exp < nowSec) return undefined;
    if (typeof claims.nbf === "number" && claims.nbf > nowSec + 5) return undefined;
    return claims;
  } catch {
    return undefined;
  }
}
