// Bearer token for the chunk requests that go to our own server through XHR (the API client is
// fetch-based and cannot report upload progress). The client's rules apply: the same refresh
// margin before expiry, and one refresh more when the server says the session is gone.
import { freshAccessToken } from "../../../api/client";
import { sessionStore } from "../../../api/session";

/** `{Authorization: "Bearer …"}`, refreshed when it is about to expire; empty for an anonymous visitor. */
export async function bearerHeader(forceRefresh = false): Promise<Record<string, string>> {
  const token = await freshAccessToken(forceRefresh);
  return token ? { Authorization: `Bearer ${token}` } : {};
}

export const currentUid = () => sessionStore.snapshot().current ?? "anonymous";
