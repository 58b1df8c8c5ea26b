import { createReadStream, statSync } from "node:fs";
import type { Ctx } from "../core/router.ts";
import { HANDLED } from "../core/router.ts";

/** RFC 6266 / 5987 Content-Disposition with an ASCII fallback. */
export function contentDisposition(kind: "inline" | "attachment", name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

type Range = { start: number; end: number };

/** A single byte range (`bytes=a-b`, `a-`, `-n`); multi-range requests get the whole body. */
function parseRange(header: string | undefined, size: number): Range | "invalid" | undefined {
  if (!header) return undefined;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m) return header.includes(",") ? undefined : "invalid";
  const [, a, b] = m;
  if (a === "" && b === "") return "invalid";
  let start: number;
  let end: number;
  if (a === "") {
    const n = Number(b);
    if (n === 0) return "invalid";
    start = Math.max(0, size - n);
    end = size - 1;
  } else {
    start = Number(a);
    end = b === "" ? size - 1 : Math.min(Number(b), size - 1);
  }
  if (start >= size || start > end) return "invalid";
  return { start, end };
}

/**
 * Streams a file from disk like Go's http.ServeContent: Range (206), Accept-Ranges, Content-Length,
 * HEAD without a body. `path` undefined serves an empty body.
 */
export function serveBytes(
  ctx: Ctx,
  opts: { path?: string; size?: number; contentType: string; disposition?: string; headers?: Record<string, string>; mtime?: Date },
): typeof HANDLED {
  const { res } = ctx;
  const size = opts.size ?? (opts.path ? statSync(opts.path).size : 0);
  const headers: Record<string, string | number> = {
    "Accept-Ranges": "bytes",
    "Content-Type": opts.contentType,
    ...opts.headers,
  };
  if (opts.disposition) headers["Content-Disposition"] = opts.disposition;
  if (opts.mtime) headers["Last-Modified"] = opts.mtime.toUTCString();
  const range = parseRange(ctx.header("range"), size);
  if (range === "invalid") {
    res.writeHead(416, { ...headers, "Content-Range": `bytes */${size}`, "Content-Length": 0 });
    res.end();
    return HANDLED;
  }
  const start = range?.start ?? 0;
  const end = range?.end ?? size - 1;
  const length = size === 0 ? 0 : end - start + 1;
  headers["Content-Length"] = length;
  if (range) headers["Content-Range"] = `bytes ${start}-${end}/${size}`;
  res.writeHead(range ? 206 : 200, headers);
  if (ctx.req.method === "HEAD" || length === 0 || !opts.path) {
    res.end();
    return HANDLED;
  }
  // The length announced is the recorded size; a file holding fewer bytes (an upload completed
  // with chunks missing) yields a short body and a closed connection, as Go's io.CopyN does.
  const stream = createReadStream(opts.path, { start, end });
  let sent = 0;
  stream.on("data", (c) => (sent += c.length));
  stream.on("error", () => res.destroy());
  stream.on("end", () => (sent < length ? res.socket?.end() : res.end()));
  res.on("close", () => stream.destroy());
  stream.pipe(res, { end: false });
  return HANDLED;
}
