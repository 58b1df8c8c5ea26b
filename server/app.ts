import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { existsSync, readFileSync, statSync, createReadStream } from "node:fs";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import { AppError, errorEnvelope, successEnvelope } from "./core/envelope.ts";
import { Continue, HANDLED, parseJsonBody, Router, type Ctx } from "./core/router.ts";
import { identify } from "./core/tokens.ts";
import { State, type ServerConfig } from "./state/state.ts";
import { registerRoutes } from "./routes/index.ts";
import { deployedWorker } from "./routes/testDeploy.ts";

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

export interface App {
  server: Server;
  state: State;
  router: Router;
}

export function createApp(config: ServerConfig): App {
  const state = new State(config);
  const router = new Router();
  registerRoutes(router, state);
  const server = createServer((req, res) => {
    handle(state, router, req, res).catch((err) => {
      console.error(err);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  return { server, state, router };
}

async function handle(state: State, router: Router, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://localhost");
  const path = url.pathname;
  const isApi = path.startsWith("/api/");
  if (isApi && state.config.answerAs) return answerAsOther(state.config.answerAs, path, res);
  const matched = router.match(req.method ?? "GET", path);
  if (!matched) {
    if (isApi || path.startsWith("/dav")) return plain404(res);
    return serveStatic(state, path, req, res);
  }

  let bodyCache: Buffer | undefined;
  const body = async () => (bodyCache ??= await readBody(req));
  const ctx: Ctx = {
    req,
    res,
    url,
    params: matched.params,
    query: url.searchParams,
    who: { group: state.anonymousGroup() },
    header: (name) => {
      const v = req.headers[name.toLowerCase()];
      return Array.isArray(v) ? v[0] : v;
    },
    body,
    json: async <T>() => parseJsonBody<T>(await body()),
  };

  try {
    if (isApi) ctx.who = identify(state, ctx.header("authorization"));
    const result = await matched.handler(ctx);
    if (result === HANDLED) return;
    const env = result instanceof Continue ? successEnvelope(result.data, 203) : successEnvelope(result);
    sendJson(res, env);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    if (res.headersSent) return void res.end();
    sendJson(res, errorEnvelope(e));
  }
}

export function sendJson(res: ServerResponse, value: unknown, status = 200): void {
  const text = JSON.stringify(value);
  res.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Cache-Control": "private, no-cache",
    "Content-Length": Buffer.byteLength(text),
  });
  res.end(text);
}

/** A Cloudreve 3.8 server answers only under /api/v3; something else answers nothing useful. */
function answerAsOther(kind: "v3" | "other", path: string, res: ServerResponse): void {
  if (kind === "v3" && path === "/api/v3/site/ping") return sendJson(res, { code: 0, data: "3.8.3", msg: "" });
  plain404(res);
}

function plain404(res: ServerResponse): void {
  res.writeHead(404, { "Content-Type": "text/plain" });
  res.end("404 page not found");
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

const COMPRESSIBLE = new Set([".js", ".css", ".json", ".svg", ".html", ".txt"]);
const gzipCache = new Map<string, { mtime: number; body: Buffer }>();

function gzipCached(file: string): Buffer {
  const mtime = statSync(file).mtimeMs;
  const hit = gzipCache.get(file);
  if (hit?.mtime === mtime) return hit.body;
  const body = gzipSync(readFileSync(file));
  gzipCache.set(file, { mtime, body });
  return body;
}

/**
 * Caching headers exactly as the real server's frontend handler sets them: the service worker and
 * locale files revalidate on every use, hashed build files keep for a year, and every other file
 * gets none (Go's file server adds Last-Modified, so browsers cache those heuristically; the
 * service worker must bypass that for its own copies). Being no more generous than the real
 * server keeps caching mistakes visible in tests.
 */
function staticCaching(path: string, rel: string, mtime: Date): Record<string, string> {
  const lastModified = { "Last-Modified": mtime.toUTCString() };
  if (path === "/sw.js" || rel.startsWith("locales/")) return { "Cache-Control": "public, no-cache", ...lastModified };
  if (rel.startsWith("assets/")) return { "Cache-Control": "public, max-age=31536000", ...lastModified };
  return lastModified;
}

/** A conditional request (If-Modified-Since, to the second, as HTTP dates go) for an unchanged file. */
function notModifiedSince(req: IncomingMessage, mtime: Date): boolean {
  const since = Date.parse(String(req.headers["if-modified-since"] ?? ""));
  return !Number.isNaN(since) && Math.floor(mtime.getTime() / 1000) * 1000 <= since;
}

/** Serves the built app like the server's FrontendFileHandler (docs/server-behaviour.md, "Statics"), placeholders included. */
function serveStatic(state: State, path: string, req: IncomingMessage, res: ServerResponse): void {
  const dist = state.config.distDir;
  if (!dist) return plain404(res);
  const rel = normalize(decodeURIComponent(path)).replace(/^([/\\])+/, "");
  const file = join(dist, rel);
  const deployed = path === "/sw.js" && state.config.testMode ? deployedWorker(req) : undefined;
  if (deployed !== undefined) {
    res.writeHead(200, { "Content-Type": MIME[".js"]!, "Cache-Control": "public, no-cache", "Content-Length": Buffer.byteLength(deployed) });
    res.end(deployed);
    return;
  }
  if (rel && !rel.startsWith("..") && existsSync(file) && statSync(file).isFile() && rel !== "index.html") {
    const type = MIME[extname(file)] ?? "application/octet-stream";
    const headers = { "Content-Type": type, ...staticCaching(path, rel, statSync(file).mtime) };
    if (notModifiedSince(req, statSync(file).mtime)) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    // The real server gzips responses; doing the same keeps transfer-size figures honest.
    if (COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      const body = gzipCached(file);
      res.writeHead(200, { ...headers, "Content-Encoding": "gzip", Vary: "Accept-Encoding", "Content-Length": body.length });
      res.end(body);
      return;
    }
    res.writeHead(200, { ...headers, "Content-Length": statSync(file).size });
    createReadStream(file).pipe(res);
    return;
  }
  const index = join(dist, "index.html");
  if (!existsSync(index)) return plain404(res);
  const s = state.settings;
  const html = readFileSync(index, "utf8")
    .replaceAll("{siteName}", s.siteName)
    .replaceAll("{siteDes}", s.siteDes)
    .replaceAll("{siteScript}", s.siteScript)
    .replaceAll("{pwa_small_icon}", s.pwaSmallIcon)
    .replaceAll("{pwa_medium_icon}", s.pwaMediumIcon)
    .replaceAll("var(--defaultThemeColor)", s.defaultTheme);
  res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "public, no-cache" });
  res.end(html);
}
