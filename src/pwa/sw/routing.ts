/**
 * Which requests the service worker answers, and how (docs/service-worker.md). Everything it does
 * not name passes straight to the network: the worker is a whitelist, so API calls, WebDAV, direct
 * and share links, uploads and anything added later keep behaving as if there were no worker.
 */
export type Route =
  /** Not ours to touch: no respondWith, the browser goes to the network as usual. */
  | "pass"
  /** A page load: network first (the server fills index.html per request), the offline page when it cannot be reached. */
  | "navigate"
  /** A file of the precached app shell. */
  | "shell"
  /** A hashed build file (lazy chunks: viewers, editors, admin…): immutable, cached once used. */
  | "asset"
  /** A locale file: served from cache at once and refreshed in the background. */
  | "locale";

/**
 * Paths the Cloudreve server handles itself before its frontend handler (middleware/frontend.go
 * skips exactly these prefixes), so neither may the worker.
 */
export function serverOwned(path: string): boolean {
  return path.startsWith("/api") || path.startsWith("/dav") || path.startsWith("/f/") || path.startsWith("/s/") || path === "/manifest.json";
}

export interface RequestLike {
  method: string;
  mode: string;
  url: string;
}

export function route(req: RequestLike, origin: string, precached: ReadonlySet<string>): Route {
  if (req.method !== "GET") return "pass";
  const url = new URL(req.url);
  if (url.origin !== origin) return "pass";
  const path = url.pathname;
  if (serverOwned(path)) return "pass";
  if (req.mode === "navigate") return "navigate";
  if (url.search) return "pass";
  if (precached.has(path)) return "shell";
  if (path.startsWith("/assets/")) return "asset";
  if (path.startsWith("/locales/") && path.endsWith(".json")) return "locale";
  return "pass";
}

/**
 * Whether a response may be kept. A Cloudreve server answers a missing file with index.html and
 * status 200 (a chunk of a version no longer deployed, a locale that does not exist): storing that
 * under a script's URL would break the app until the cache is cleared.
 */
export function cacheable(res: { ok: boolean; type: string; headers: { get(name: string): string | null } }, path: string): boolean {
  if (!res.ok || res.type !== "basic") return false;
  const type = res.headers.get("content-type") ?? "";
  return path.endsWith(".html") || !type.includes("text/html");
}
