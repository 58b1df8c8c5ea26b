// Where the archive viewer reads a zip from. Range requests first: listing a 2 GB archive then reads
// a few kilobytes. Storage on another origin may refuse them: a Range header that is not one plain
// `bytes=a-b` range needs a CORS preflight, and buckets often allow only simple GETs; some servers
// answer 416/501 to ranges at all. Then the whole archive is downloaded once (the viewer says so,
// with its size) instead of failing — a simple GET is what any storage that serves files answers.
import { httpSource, RangeStatusError, type ByteSource } from "./zip";

/** Why a range read failed, as far as the choice between failing and downloading everything goes. */
export type RangeFailure = { kind: "network"; error: unknown } | { kind: "status"; status: number };

/**
 * Whether a failed range read should fall back to downloading the whole file. A network error on
 * the page's own origin is a real failure (offline, server down): a whole download fails alike. On
 * another origin it is how a refused CORS preflight shows. 416 and 501 mean ranges are refused.
 */
export function fallsBackToWhole(url: string, pageOrigin: string, failure: RangeFailure): boolean {
  if (failure.kind === "status") return failure.status === 416 || failure.status === 501;
  let origin: string;
  try {
    origin = new URL(url, pageOrigin).origin;
  } catch {
    return false;
  }
  return origin !== pageOrigin;
}

/** The whole file in memory, read once with a simple GET (no custom header, so no preflight). */
function wholeSource(url: string, size: number, signal: AbortSignal | undefined): ByteSource {
  let whole: Promise<Uint8Array> | undefined;
  const load = async () => {
    const res = await fetch(url, { signal, credentials: "omit" });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  };
  return {
    size,
    async read(start, end) {
      whole ??= load();
      return (await whole).subarray(start, end);
    },
  };
}

/**
 * A byte source over a signed URL: range requests while they work; when the storage refuses them
 * (fallsBackToWhole), `onWhole` is told and every read is served from one whole download.
 */
export function archiveSource(url: string, size: number, opts: { signal?: AbortSignal; pageOrigin?: string; onWhole?: () => void } = {}): ByteSource {
  const pageOrigin = opts.pageOrigin ?? globalThis.location?.origin ?? "";
  const ranged = httpSource(url, size, opts.signal);
  let fallback: ByteSource | undefined;
  return {
    size,
    async read(start, end) {
      if (fallback) return fallback.read(start, end);
      try {
        return await ranged.read(start, end);
      } catch (e) {
        if (opts.signal?.aborted) throw e;
        const failure: RangeFailure | undefined =
          e instanceof RangeStatusError ? { kind: "status", status: e.status } : e instanceof TypeError ? { kind: "network", error: e } : undefined;
        if (!failure || !fallsBackToWhole(url, pageOrigin, failure)) throw e;
        opts.onWhole?.();
        fallback = wholeSource(url, size, opts.signal);
        return fallback.read(start, end);
      }
    },
  };
}
