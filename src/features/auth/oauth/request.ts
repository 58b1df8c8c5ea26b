/**
 * The authorization request an app sends the browser to `/session/authorize` with (RFC 6749
 * §4.1.1, PKCE per RFC 7636), checked before anything is shown, and the way back to the app.
 */
export interface AuthorizeRequest {
  clientId: string;
  responseType: string;
  redirectUri: string;
  state: string;
  /** Requested scopes, in order, without duplicates. */
  scopes: string[];
  codeChallenge?: string;
  codeChallengeMethod?: string;
}

/** Why a request cannot be shown at all (no redirect then: the app's address is not trusted yet). */
export type RequestProblem = "missingClient" | "missingRedirect" | "badRedirect" | "unsupportedResponseType" | "noScope";

export function parseAuthorizeRequest(params: URLSearchParams): { request: AuthorizeRequest } | { problem: RequestProblem } {
  const clientId = params.get("client_id")?.trim() ?? "";
  if (!clientId) return { problem: "missingClient" };
  const redirectUri = params.get("redirect_uri") ?? "";
  if (!redirectUri) return { problem: "missingRedirect" };
  if (!returnUrl(redirectUri, {}, "http://origin.invalid")) return { problem: "badRedirect" };
  // The official clients leave response_type out; "code" is the only flow there is.
  const responseType = params.get("response_type") || "code";
  if (responseType !== "code") return { problem: "unsupportedResponseType" };
  const scopes = [...new Set((params.get("scope") ?? "").split(" ").filter(Boolean))];
  if (scopes.length === 0) return { problem: "noScope" };
  const codeChallenge = params.get("code_challenge") || undefined;
  const codeChallengeMethod = params.get("code_challenge_method") || undefined;
  return {
    request: {
      clientId,
      responseType,
      redirectUri,
      state: params.get("state") ?? "",
      scopes,
      ...(codeChallenge ? { codeChallenge } : {}),
      ...(codeChallengeMethod ? { codeChallengeMethod } : {}),
    },
  };
}

/** Scopes the user has not allowed this app yet; none left means the question need not be asked. */
export function scopesToAsk(requested: readonly string[], consented: readonly string[] | undefined): string[] {
  const known = new Set(consented ?? []);
  return requested.filter((s) => !known.has(s));
}

/**
 * The app's redirect URI with parameters added (existing ones kept), or undefined when it is not
 * an address a browser should be sent to: only http(s) URLs and paths of this site qualify, never
 * `javascript:`, `data:` or protocol-relative tricks.
 */
export function returnUrl(redirectUri: string, add: Record<string, string>, origin: string): string | undefined {
  const absolute = /^https?:\/\//i.test(redirectUri);
  const sitePath = redirectUri.startsWith("/") && !redirectUri.startsWith("//") && !redirectUri.startsWith("/\\");
  if (!absolute && !sitePath) return undefined;
  if ([...redirectUri].some((c) => c.charCodeAt(0) < 0x20)) return undefined;
  let url: URL;
  try {
    url = new URL(redirectUri, origin);
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  if (url.username || url.password) return undefined;
  for (const [k, v] of Object.entries(add)) url.searchParams.set(k, v);
  return url.toString();
}

/** The request's body for `POST /session/oauth/consent`. */
export function consentBody(r: AuthorizeRequest) {
  return {
    client_id: r.clientId,
    response_type: r.responseType,
    redirect_uri: r.redirectUri,
    state: r.state,
    scope: r.scopes.join(" "),
    ...(r.codeChallenge ? { code_challenge: r.codeChallenge } : {}),
    ...(r.codeChallengeMethod ? { code_challenge_method: r.codeChallengeMethod as "S256" | "plain" } : {}),
  };
}
