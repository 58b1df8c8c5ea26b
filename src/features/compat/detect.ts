// What answers at /api when the app cannot read its site configuration: a Cloudreve 4 server
// (then the failure is an outage the normal error handling covers), a Cloudreve 3 server (whose
// API lives under /api/v3 and answers /site/ping with its version), or something else entirely.

export type ServerKind = { kind: "v4" } | { kind: "v3"; version: string } | { kind: "other" };

/** The version in a `{code: 0, data: "<version>"}` envelope, if the body is one. */
export function pingVersion(body: unknown): string | undefined {
  if (!body || typeof body !== "object") return undefined;
  const { code, data } = body as { code?: unknown; data?: unknown };
  return code === 0 && typeof data === "string" && data.trim() ? data.trim() : undefined;
}

async function ping(path: string, fetcher: typeof fetch): Promise<string | undefined> {
  try {
    const res = await fetcher(path, { headers: { Accept: "application/json" } });
    if (!res.ok) return undefined;
    return pingVersion(await res.json());
  } catch {
    return undefined;
  }
}

/** Asks the v4 ping first, then the v3 one; neither answering as Cloudreve means "other". */
export async function detectServer(fetcher: typeof fetch = fetch): Promise<ServerKind> {
  if (await ping("/api/v4/site/ping", fetcher)) return { kind: "v4" };
  const v3 = await ping("/api/v3/site/ping", fetcher);
  return v3 ? { kind: "v3", version: v3 } : { kind: "other" };
}
