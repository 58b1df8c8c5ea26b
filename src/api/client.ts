/**
 * The one typed API client. openapi-fetch does the typing; the middleware here adds the bearer token,
 * keeps the access token fresh (one shared refresh for any number of parallel calls) and retries once
 * when the server reports the session lost. `unwrap` turns the envelope into `data` or an ApiError.
 */
import createClient, { type Middleware } from "openapi-fetch";
import type { paths } from "./schema";
import { ApiError, HttpError, SESSION_LOST_CODES } from "./errors";
import { sessionStore, type Token } from "./session";

export const API_BASE = "/api/v4";

export const api = createClient<paths>({ baseUrl: API_BASE });

/**
 * Refresh this long before the access token expires, so clock skew rarely turns a call anonymous:
 * a minute, or a fifth of the token's lifetime when tokens are short-lived.
 */
function refreshMargin(accessToken: string): number {
  try {
    const claims = JSON.parse(atob(accessToken.split(".")[1]!.replace(/-/g, "+").replace(/_/g, "/"))) as { exp?: number; nbf?: number };
    if (claims.exp && claims.nbf) return Math.min(60_000, ((claims.exp - claims.nbf) * 1000) / 5);
  } catch {
    // Not a JWT we can read: the default margin is fine.
  }
  return 60_000;
}

let refreshing: Promise<Token | undefined> | undefined;
let onSessionLost: (() => void) | undefined;

/** The app decides what "signed out" looks like (redirect to sign-in); the client only reports it. */
export function setSessionLostHandler(fn: () => void): void {
  onSessionLost = fn;
}

/** One refresh at a time: every caller that finds the token stale awaits the same promise. */
export function refreshAccessToken(): Promise<Token | undefined> {
  refreshing ??= (async () => {
    const entry = sessionStore.current();
    const uid = sessionStore.snapshot().current;
    if (!entry || !uid) return undefined;
    if (Date.parse(entry.token.refresh_expires) <= Date.now()) {
      sessionStore.signOutLocal();
      onSessionLost?.();
      return undefined;
    }
    const res = await fetch(`${API_BASE}/session/token/refresh`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ refresh_token: entry.token.refresh_token }),
    });
    const env = (await res.json().catch(() => undefined)) as { code?: number; data?: Token } | undefined;
    if (env?.code !== 0 || !env.data) {
      // The refresh chain is gone (signed out elsewhere, password changed): the session is over.
      sessionStore.signOutLocal();
      onSessionLost?.();
      return undefined;
    }
    sessionStore.setToken(uid, env.data);
    return env.data;
  })().finally(() => {
    refreshing = undefined;
  });
  return refreshing;
}

/**
 * The access token to send: the current one while it is comfortably valid (see refreshMargin),
 * otherwise a refreshed one; `force` refreshes regardless (the server just refused the token).
 * Undefined for an anonymous visitor or when the session is over.
 */
export async function freshAccessToken(force = false): Promise<string | undefined> {
  const entry = sessionStore.current();
  if (!entry) return undefined;
  if (!force && Date.parse(entry.token.access_expires) - Date.now() > refreshMargin(entry.token.access_token)) return entry.token.access_token;
  return (await refreshAccessToken())?.access_token;
}

/** Requests that must never carry a bearer token (the server rejects refresh tokens, and these are public). */
const NO_AUTH = ["/session/token/refresh"];

const retryable = new Map<string, Request>();

const authMiddleware: Middleware = {
  async onRequest({ request, schemaPath, id }) {
    if (NO_AUTH.includes(schemaPath)) return request;
    const token = await freshAccessToken();
    if (!token) return request;
    request.headers.set("Authorization", `Bearer ${token}`);
    retryable.set(id, request.clone());
    return request;
  },
  onError({ id }) {
    // No response (network failure, abort): nothing to retry, and the copy must not pile up.
    retryable.delete(id);
  },
  async onResponse({ response, id }) {
    const original = retryable.get(id);
    retryable.delete(id);
    if (!original || !response.headers.get("content-type")?.includes("application/json")) return response;
    const env = (await response
      .clone()
      .json()
      .catch(() => undefined)) as { code?: number } | undefined;
    if (env?.code === undefined || !SESSION_LOST_CODES.has(env.code)) return response;
    // The token looked valid to us but not to the server (clock skew, revoked chain): refresh once and
    // retry. A request sent with a token that has been replaced meanwhile just retries with the new one.
    const sent = original.headers.get("Authorization")?.replace(/^Bearer /, "");
    const current = sessionStore.current()?.token.access_token;
    const accessToken = current && current !== sent ? current : (await refreshAccessToken())?.access_token;
    if (!accessToken) {
      onSessionLost?.();
      return response;
    }
    original.headers.set("Authorization", `Bearer ${accessToken}`);
    const retried = await fetch(original);
    const again = (await retried
      .clone()
      .json()
      .catch(() => undefined)) as { code?: number } | undefined;
    if (again?.code !== undefined && SESSION_LOST_CODES.has(again.code)) onSessionLost?.();
    return retried;
  },
};

api.use(authMiddleware);

interface EnvelopeLike {
  code: number;
  msg?: string;
  data?: unknown;
  correlation_id?: string;
  aggregated_error?: Record<string, { code: number; msg: string; correlation_id?: string }>;
}

type DataOf<R> = R extends { data: infer E } ? (NonNullable<E> extends { data?: infer D } ? D : never) : never;

/**
 * Unwraps an openapi-fetch result: `data` of a success envelope, or throws ApiError / HttpError.
 * `accept` lists extra success codes (203 "continue" on sign-in and sign-up).
 */
export async function unwrap<R extends { data?: unknown; error?: unknown; response: Response }>(
  pending: Promise<R>,
  accept: number[] = [],
): Promise<DataOf<R>> {
  const result = await pending;
  const env = result.data as EnvelopeLike | undefined;
  if (!env || typeof env.code !== "number") throw new HttpError(result.response.status);
  if (env.code !== 0 && !accept.includes(env.code)) {
    throw new ApiError(env.code, env.msg ?? "", {
      correlationId: env.correlation_id,
      aggregated: env.aggregated_error,
      data: env.data,
    });
  }
  return env.data as DataOf<R>;
}

/** Same as unwrap but also returns the envelope code, for flows that branch on 203. */
export async function unwrapWithCode<R extends { data?: unknown; error?: unknown; response: Response }>(
  pending: Promise<R>,
  accept: number[],
): Promise<{ code: number; data: DataOf<R> }> {
  const result = await pending;
  const data = await unwrap(Promise.resolve(result), accept);
  return { code: (result.data as EnvelopeLike).code, data };
}
