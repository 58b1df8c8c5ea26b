import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { State } from "../state/state.ts";
import { seededClients, type OAuthClient } from "./clients.ts";

/** What a user allowed a client: remembered so a later request for the same scopes skips the question. */
export interface Consent {
  scopes: Set<string>;
  grantedAt: Date;
  /** Last time the client exchanged a code or refreshed with this grant. */
  lastUsedAt?: Date;
}

/** A one-time authorization code, bound to everything the token request must repeat. */
export interface AuthCode {
  clientId: string;
  userId: number;
  redirectUri: string;
  scopes: string[];
  codeChallenge?: string;
  codeChallengeMethod?: "S256" | "plain";
  expires: number;
}

export const CODE_TTL_SECONDS = 600;

export class OAuthStore {
  /** Off by default, like the community server; `STANDIN_OAUTH_PROVIDER=1` or the test hook turns it on. */
  enabled = process.env.STANDIN_OAUTH_PROVIDER === "1" || process.env.STANDIN_OAUTH_PROVIDER === "true";
  readonly clients = new Map<string, OAuthClient>(seededClients().map((c) => [c.id, c]));
  /** userId → clientId → consent. */
  private consents = new Map<number, Map<string, Consent>>();
  private codes = new Map<string, AuthCode>();

  consent(userId: number, clientId: string): Consent | undefined {
    return this.consents.get(userId)?.get(clientId);
  }

  consentsOf(userId: number): [string, Consent][] {
    return [...(this.consents.get(userId) ?? new Map<string, Consent>())];
  }

  /** Adds scopes to what the user allowed the client (consent only ever widens until revoked). */
  remember(userId: number, clientId: string, scopes: string[]): void {
    let mine = this.consents.get(userId);
    if (!mine) this.consents.set(userId, (mine = new Map()));
    const prev = mine.get(clientId);
    if (prev) scopes.forEach((s) => prev.scopes.add(s));
    else mine.set(clientId, { scopes: new Set(scopes), grantedAt: new Date() });
  }

  /** Forgets the consent and every code not yet redeemed; false when there was none. */
  revoke(userId: number, clientId: string): boolean {
    const had = this.consents.get(userId)?.delete(clientId) ?? false;
    for (const [code, c] of this.codes) if (c.userId === userId && c.clientId === clientId) this.codes.delete(code);
    return had;
  }

  issueCode(grant: Omit<AuthCode, "expires">): string {
    const code = randomBytes(32).toString("base64url");
    this.codes.set(code, { ...grant, expires: Date.now() + CODE_TTL_SECONDS * 1000 });
    return code;
  }

  /** Takes a code out of the store (codes are single-use, even when the redemption then fails). */
  takeCode(code: string): AuthCode | undefined {
    const hit = this.codes.get(code);
    this.codes.delete(code);
    if (!hit || hit.expires < Date.now()) return undefined;
    return hit;
  }
}

const stores = new WeakMap<State, OAuthStore>();

export function oauthStore(state: State): OAuthStore {
  let store = stores.get(state);
  if (!store) stores.set(state, (store = new OAuthStore()));
  return store;
}

/** RFC 7636 §4.1: 43–128 characters of the unreserved set. */
export const PKCE_VALUE = /^[A-Za-z0-9\-._~]{43,128}$/;

/** RFC 7636 §4.6: does the verifier match the challenge the code was issued for? */
export function pkceMatches(code: AuthCode, verifier: string | undefined): boolean {
  if (!code.codeChallenge) return verifier === undefined || verifier === "";
  if (!verifier || !PKCE_VALUE.test(verifier)) return false;
  const expected = code.codeChallengeMethod === "plain" ? verifier : createHash("sha256").update(verifier).digest("base64url");
  const a = Buffer.from(expected);
  const b = Buffer.from(code.codeChallenge);
  return a.length === b.length && timingSafeEqual(a, b);
}
