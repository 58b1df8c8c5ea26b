// The network edge of component tests, and nothing else: `fetch` and `XMLHttpRequest` are replaced
// by a route table the test fills, so the components, hooks, API client and upload engine above
// them run as they do in the app. Locale files are served from public/locales, so the texts are
// the shipped ones. Imported first by render.tsx: the API client takes `fetch` when it is created.
import { readFileSync } from "node:fs";
import { vi } from "vitest";

export interface FakeRequest {
  method: string;
  /** Path without the query, e.g. "/api/v4/file/rename". */
  path: string;
  query: URLSearchParams;
  /** Parsed JSON body, or the raw body (a Blob for chunks). */
  body: unknown;
}

/** What a handler answers: envelope data, an envelope error (`fail`), or a raw Response. */
type Handler = (req: FakeRequest) => unknown;

class EnvelopeError {
  constructor(
    readonly code: number,
    readonly msg: string,
  ) {}
}

/** A Cloudreve error answer: HTTP 200 with a non-zero code, as the server sends them. */
export const fail = (code: number, msg = "") => new EnvelopeError(code, msg);

const routes = new Map<string, Handler>();
/** Upload requests held open by holdUploads. */
const pending = new Set<() => void>();
let holding = false;

export const network = {
  /** Every request that reached the network, in order. */
  calls: [] as FakeRequest[],
  /** Answers `method path` (path without the query) from now on; a path ending in `*` is a prefix. */
  on(method: string, path: string, handler: Handler) {
    routes.set(`${method.toUpperCase()} ${path}`, handler);
  },
  reset() {
    routes.clear();
    pending.clear();
    holding = false;
    network.calls = [];
  },
  callsTo(method: string, path: string) {
    return network.calls.filter((c) => c.method === method.toUpperCase() && c.path === path);
  },
};

/** Tests run from the repository root (as src/i18n/localeFiles.ts assumes too). */
const localesDir = "public/locales/";

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { "Content-Type": "application/json" } });

async function answer(req: FakeRequest): Promise<Response> {
  network.calls.push(req);
  const locale = /^\/locales\/([\w-]+)\/(\w+)\.json$/.exec(req.path);
  if (locale) return json(JSON.parse(readFileSync(`${localesDir}${locale[1]}/${locale[2]}.json`, "utf8")));
  const key = `${req.method} ${req.path}`;
  const handler = routes.get(key) ?? [...routes].find(([k]) => k.endsWith("*") && key.startsWith(k.slice(0, -1)))?.[1];
  // Unrouted calls answer like a missing route, so a test sees the app's own error handling.
  if (!handler) return new Response("404 page not found", { status: 404 });
  const out = await handler(req);
  if (out instanceof Response) return out;
  if (out instanceof EnvelopeError) return json({ code: out.code, msg: out.msg, data: null });
  return json({ code: 0, msg: "", data: out ?? null });
}

async function parseBody(body: unknown): Promise<unknown> {
  if (typeof body !== "string") return body ?? null;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
}

vi.stubGlobal("fetch", async (input: RequestInfo | URL, init?: RequestInit) => {
  const request = input instanceof Request ? input : new Request(new URL(String(input), location.href), init);
  const url = new URL(request.url);
  const text = request.method === "GET" || request.method === "HEAD" ? undefined : await request.text();
  return answer({ method: request.method, path: url.pathname, query: url.searchParams, body: await parseBody(text) });
});

/**
 * Upload bytes go through XMLHttpRequest (only it reports upload progress). This one reports the
 * whole body as sent, then answers from the same route table; `holdUploads` keeps requests open,
 * half sent, until `releaseUploads`, so a test can look at the queue while bytes are on their way.
 */
export const holdUploads = () => {
  holding = true;
};
export function releaseUploads() {
  holding = false;
  const waiting = [...pending];
  pending.clear();
  waiting.forEach((go) => go());
}

class FakeXhr {
  status = 0;
  responseText = "";
  readonly upload = { onprogress: null as ((e: { loaded: number; lengthComputable: boolean }) => void) | null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  ontimeout: (() => void) | null = null;
  timeout = 0;
  private method = "GET";
  private url = "";
  private headers = new Headers();
  private aborted = false;
  open(method: string, url: string) {
    this.method = method.toUpperCase();
    this.url = new URL(url, location.href).href;
  }
  setRequestHeader(name: string, value: string) {
    this.headers.set(name, value);
  }
  getResponseHeader(name: string) {
    return this.headers.get(`response-${name}`);
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  onprogress: (() => void) | null = null;
  send(body?: Blob | null) {
    const size = body?.size ?? 0;
    const go = async () => {
      if (this.aborted) return;
      this.upload.onprogress?.({ loaded: size, lengthComputable: true });
      const url = new URL(this.url);
      const res = await answer({ method: this.method, path: url.pathname, query: url.searchParams, body: body ?? null });
      if (this.aborted) return;
      this.status = res.status;
      this.responseText = await res.text();
      res.headers.forEach((v, k) => this.headers.set(`response-${k}`, v));
      this.onload?.();
    };
    if (!holding) return void go();
    // Half the body is on its way: the queue shows progress while the request stays open.
    setTimeout(() => this.upload.onprogress?.({ loaded: Math.floor(size / 2), lengthComputable: true }));
    pending.add(() => void go());
  }
}

vi.stubGlobal("XMLHttpRequest", FakeXhr);
