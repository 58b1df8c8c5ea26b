// Bearer token for the chunk requests that go to our own server through XHR (the API client is
// fetch-based and cannot report upload progress). Same rules as the client middleware: refresh
// shortly before expiry, and once more when the server says the session is gone.
import { refreshAccessToken } from "../../../api/client";
import { sessionStore } from "../../../api/session";

const MARGIN_MS = 60_000;
/** Envelope codes meaning the token was not accepted. */
export const SESSION_LOST_CODES: ReadonlySet<number> = new Set([401, 40020]);

/** `{Authorization: "Bearer …"}`, refreshed when it is about to expire; empty for an anonymous visitor. */
export async function bearerHeader(forceRefresh = false): Promise<Record<string, string>> {
  const entry = sessionStore.current();
  if (!entry) return {};
  let token = entry.token.access_token;
  if (forceRefresh || Date.parse(entry.token.access_expires) - Date.now() < MARGIN_MS) {
    token = (await refreshAccessToken())?.access_token ?? "";
  }
  return token ? { Authorization: `Bearer ${token}` } : {};
}

export const currentUid = () => sessionStore.snapshot().current ?? "anonymous";
