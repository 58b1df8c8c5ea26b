import { createHash, randomUUID } from "node:crypto";
import { AppError } from "./envelope.ts";
import { encodeId, IdType, tryDecodeId } from "./ids.ts";
import { signJwt, verifyJwt } from "./jwt.ts";
import type { State } from "../state/state.ts";
import type { Identity, User } from "../state/types.ts";

export interface TokenPair {
  access_token: string;
  refresh_token: string;
  access_expires: string;
  refresh_expires: string;
}

/** Changing e-mail or password changes this hash and so invalidates every refresh token (docs/server-behaviour.md, "Tokens and signing in"). */
function stateHash(state: State, user: User): string {
  return createHash("sha256").update(`${user.email}/${user.passwordHash}/${state.siteId}`).digest("base64");
}

export function issueTokens(state: State, user: User, rootTokenId: string = randomUUID(), accessTtl = state.settings.accessTtl): TokenPair {
  const now = Math.floor(Date.now() / 1000);
  const { refreshTtl } = state.settings;
  const sub = encodeId(IdType.user, user.id);
  const access = signJwt({ token_type: "access", sub, nbf: now, exp: now + accessTtl }, state.config.secret);
  const refresh = signJwt(
    { token_type: "refresh", sub, nbf: now, exp: now + refreshTtl, state_hash: stateHash(state, user), root_token_id: rootTokenId },
    state.config.secret,
  );
  return {
    access_token: access,
    refresh_token: refresh,
    access_expires: new Date((now + accessTtl) * 1000).toISOString(),
    refresh_expires: new Date((now + refreshTtl) * 1000).toISOString(),
  };
}

/**
 * Resolves the Authorization header like the server's CurrentUser middleware (docs/server-behaviour.md, "Tokens and signing in"):
 * missing or invalid/expired tokens make the caller anonymous; a non-access token is rejected everywhere.
 */
export function identify(state: State, header: string | undefined): Identity {
  const anonymous: Identity = { group: state.anonymousGroup() };
  if (!header?.startsWith("Bearer ")) return anonymous;
  const token = header.slice(7).trim();
  if (!token || token.startsWith("Cr ")) return anonymous;
  if (expiredEarly.get(state)?.has(token)) return anonymous;
  const claims = verifyJwt(token, state.config.secret);
  if (!claims) return anonymous;
  if (claims.token_type !== "access") throw new AppError(40020, "Invalid token type");
  const id = tryDecodeId(IdType.user, String(claims.sub));
  const user = id === undefined ? undefined : state.users.get(id);
  if (!user) throw new AppError(404, "User not found");
  if (user.status !== "active") throw new AppError(50001, "failed to get login user");
  return { user, group: state.groupOf(user) };
}

/** Access tokens a test declared expired before their time (test mode only). */
const expiredEarly = new WeakMap<State, Set<string>>();

/** Makes the server treat one access token as expired from now on, as its clock would later. */
export function expireAccessToken(state: State, token: string): void {
  let set = expiredEarly.get(state);
  if (!set) expiredEarly.set(state, (set = new Set()));
  set.add(token);
}

export function refreshTokens(state: State, refreshToken: string): TokenPair {
  const fail = () => new AppError(40020, "Failed to issue token pair");
  const claims = verifyJwt(refreshToken, state.config.secret);
  if (!claims || claims.token_type !== "refresh") throw fail();
  const id = tryDecodeId(IdType.user, String(claims.sub));
  const user = id === undefined ? undefined : state.users.get(id);
  if (!user || user.status !== "active") throw fail();
  if (claims.state_hash !== stateHash(state, user)) throw fail();
  const root = String(claims.root_token_id ?? "");
  if (!root || isRevoked(state, root)) throw fail();
  return issueTokens(state, user, root);
}

export function revokeChain(state: State, refreshToken: string): void {
  const claims = verifyJwt(refreshToken, state.config.secret);
  if (!claims || claims.token_type !== "refresh" || !claims.root_token_id) throw new AppError(40020, "Invalid refresh token");
  state.revokedRoots.set(String(claims.root_token_id), Date.now() + (state.settings.refreshTtl + 10) * 1000);
}

function isRevoked(state: State, root: string): boolean {
  const until = state.revokedRoots.get(root);
  return until !== undefined && until > Date.now();
}

export function requireUser(who: Identity): User {
  if (!who.user) throw new AppError(401, "Login required");
  return who.user;
}
