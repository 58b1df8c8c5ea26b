import type { ServerResponse } from "node:http";
import { AppError } from "../core/envelope.ts";
import { HANDLED, type Ctx, type Handler, type Router } from "../core/router.ts";
import { issueTokens, requireUser } from "../core/tokens.ts";
import type { State } from "../state/state.ts";
import type { User } from "../state/types.ts";
import { KNOWN_SCOPES, type OAuthClient } from "./clients.ts";
import { oauthStore, pkceMatches, PKCE_VALUE, type OAuthStore } from "./store.ts";

/**
 * The OAuth provider routes of newer Cloudreve servers, as the sign-in pages use them:
 *   GET    /api/v4/session/oauth/app/:client_id   → AppRegistration {id, name, homepage_url?, description?, icon?, consented_scopes?}
 *   POST   /api/v4/session/oauth/consent          {client_id, response_type, redirect_uri, state, scope, code_challenge?, code_challenge_method?} → {code, state}
 *   DELETE /api/v4/session/oauth/grant/:client_id → revokes the signed-in user's grant
 *   POST   /api/v4/session/oauth/token            the client's code exchange (RFC 6749 §4.1.3 with PKCE, RFC 7636); plain OAuth JSON, no envelope
 * and `oauth_grants` in `GET /user/setting`. While the provider is off every one of them answers
 * gin's plain-text 404, as on the community server.
 */
export function registerOAuthRoutes(router: Router, state: State): void {
  const store = oauthStore(state);
  // While off, the routes do not exist: the same plain 404 as any unknown path.
  const provider =
    (handler: Handler): Handler =>
    (ctx) =>
      store.enabled ? handler(ctx) : plain404(ctx.res);

  router.get(
    "/api/v4/session/oauth/app/:client_id",
    provider((ctx) => {
      const client = findClient(store, ctx.params.client_id ?? "");
      const consent = ctx.who.user ? store.consent(ctx.who.user.id, client.id) : undefined;
      return {
        id: client.id,
        name: client.name,
        ...(client.homepageUrl ? { homepage_url: client.homepageUrl } : {}),
        ...(client.description ? { description: client.description } : {}),
        ...(consent ? { consented_scopes: [...consent.scopes] } : {}),
        ...(client.icon ? { icon: client.icon } : {}),
      };
    }),
  );

  router.post(
    "/api/v4/session/oauth/consent",
    provider(async (ctx) => {
      const user = requireUser(ctx.who);
      const body = await ctx.json();
      const request = validateAuthorization(store, body);
      store.remember(user.id, request.client.id, request.scopes);
      const code = store.issueCode({
        clientId: request.client.id,
        userId: user.id,
        redirectUri: request.redirectUri,
        scopes: request.scopes,
        ...(request.codeChallenge ? { codeChallenge: request.codeChallenge, codeChallengeMethod: request.codeChallengeMethod } : {}),
      });
      return { code, state: request.state };
    }),
  );

  router.delete(
    "/api/v4/session/oauth/grant/:client_id",
    provider((ctx) => {
      const user = requireUser(ctx.who);
      if (!store.revoke(user.id, ctx.params.client_id ?? "")) throw new AppError(404, "Grant not found");
      return undefined;
    }),
  );

  router.post(
    "/api/v4/session/oauth/token",
    provider(async (ctx) => {
      const form = await readForm(ctx);
      const answer = exchangeCode(state, store, form);
      sendOAuthJson(ctx.res, "error" in answer ? 400 : 200, answer);
      return HANDLED;
    }),
  );
}

/** `oauth_grants` of `GET /user/setting`: present only where the server has the provider. */
export function oauthGrantsField(state: State, user: User): { oauth_grants?: unknown[] } {
  const store = oauthStore(state);
  if (!store.enabled) return {};
  const grants = store.consentsOf(user.id).flatMap(([clientId, consent]) => {
    const client = store.clients.get(clientId);
    if (!client) return [];
    return [
      {
        client_id: client.id,
        client_name: client.name,
        client_logo: client.icon ?? "",
        scopes: [...consent.scopes],
        ...(consent.lastUsedAt ? { last_used_at: consent.lastUsedAt.toISOString() } : {}),
      },
    ];
  });
  return { oauth_grants: grants };
}

function findClient(store: OAuthStore, id: string): OAuthClient {
  const client = store.clients.get(id);
  if (!client || !client.enabled) throw new AppError(404, "OAuth client not found");
  return client;
}

interface AuthorizationRequest {
  client: OAuthClient;
  redirectUri: string;
  state: string;
  scopes: string[];
  codeChallenge?: string;
  codeChallengeMethod?: "S256" | "plain";
}

const field = (body: Record<string, unknown>, name: string): string => {
  const v = body[name];
  if (v === undefined || v === null) return "";
  if (typeof v !== "string") throw new AppError(40001, `${name} must be a string`);
  return v;
};

/** Everything a real provider refuses before it issues a code: strict on purpose. */
export function validateAuthorization(store: OAuthStore, body: Record<string, unknown>): AuthorizationRequest {
  const client = findClient(store, field(body, "client_id"));
  if (field(body, "response_type") !== "code") throw new AppError(40001, 'Unsupported response_type, only "code" is supported');
  const redirectUri = field(body, "redirect_uri");
  if (!client.redirectUris.includes(redirectUri)) throw new AppError(40001, "redirect_uri is not registered for this client");
  const scopes = [...new Set(field(body, "scope").split(" ").filter(Boolean))];
  if (scopes.length === 0) throw new AppError(40001, "scope is required");
  for (const s of scopes) {
    if (!KNOWN_SCOPES.includes(s)) throw new AppError(40001, `Unknown scope ${s}`);
    if (!client.scopes.includes(s)) throw new AppError(40001, `Scope ${s} is not allowed for this client`);
  }
  const codeChallenge = field(body, "code_challenge");
  const method = field(body, "code_challenge_method");
  if (method && !codeChallenge) throw new AppError(40001, "code_challenge_method without code_challenge");
  if (codeChallenge && !PKCE_VALUE.test(codeChallenge)) throw new AppError(40001, "Malformed code_challenge");
  if (method && method !== "S256" && method !== "plain") throw new AppError(40001, "Unsupported code_challenge_method");
  // Public clients (no secret) must use PKCE: their code alone would be usable by anyone who sees it.
  if (!client.secret && !codeChallenge) throw new AppError(40001, "code_challenge is required for this client");
  return {
    client,
    redirectUri,
    state: field(body, "state"),
    scopes,
    ...(codeChallenge ? { codeChallenge, codeChallengeMethod: (method || "plain") as "S256" | "plain" } : {}),
  };
}

type TokenAnswer =
  | { error: string; error_description: string }
  | { access_token: string; token_type: "Bearer"; expires_in: number; refresh_token: string; scope: string };

function exchangeCode(state: State, store: OAuthStore, form: URLSearchParams): TokenAnswer {
  const fail = (error: string, error_description: string) => ({ error, error_description });
  if (form.get("grant_type") !== "authorization_code") return fail("unsupported_grant_type", "Only authorization_code is supported");
  const client = store.clients.get(form.get("client_id") ?? "");
  if (!client || !client.enabled) return fail("invalid_client", "Unknown client");
  if (client.secret && form.get("client_secret") !== client.secret) return fail("invalid_client", "Client authentication failed");
  const code = store.takeCode(form.get("code") ?? "");
  if (!code || code.clientId !== client.id) return fail("invalid_grant", "The code is invalid, expired or already used");
  if (code.redirectUri !== form.get("redirect_uri")) return fail("invalid_grant", "redirect_uri differs from the authorization request");
  if (!pkceMatches(code, form.get("code_verifier") ?? undefined)) return fail("invalid_grant", "code_verifier does not match the code_challenge");
  const consent = store.consent(code.userId, client.id);
  const user = state.users.get(code.userId);
  // A grant revoked between consent and exchange leaves nothing to exchange.
  if (!consent || !user) return fail("invalid_grant", "The grant was revoked");
  consent.lastUsedAt = new Date();
  const tokens = issueTokens(state, user);
  return {
    access_token: tokens.access_token,
    token_type: "Bearer",
    expires_in: Math.max(0, Math.round((Date.parse(tokens.access_expires) - Date.now()) / 1000)),
    refresh_token: tokens.refresh_token,
    scope: code.scopes.join(" "),
  };
}

/** Token requests are form-encoded (RFC 6749 §4.1.3); JSON is accepted too. */
async function readForm(ctx: Ctx): Promise<URLSearchParams> {
  const raw = (await ctx.body()).toString("utf8");
  if ((ctx.header("content-type") ?? "").includes("application/json")) {
    try {
      const obj = JSON.parse(raw) as Record<string, unknown>;
      return new URLSearchParams(Object.entries(obj).filter((e): e is [string, string] => typeof e[1] === "string"));
    } catch {
      return new URLSearchParams();
    }
  }
  return new URLSearchParams(raw);
}

function sendOAuthJson(res: ServerResponse, status: number, value: unknown): void {
  const text = JSON.stringify(value);
  res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", "Content-Length": Buffer.byteLength(text) });
  res.end(text);
}

function plain404(res: ServerResponse): typeof HANDLED {
  res.writeHead(404, { "Content-Type": "text/plain" });
  res.end("404 page not found");
  return HANDLED;
}
