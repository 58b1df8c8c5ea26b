// Raw transport for upload bytes. XMLHttpRequest rather than fetch because only XHR reports upload
// progress; the body is always a Blob slice, which the browser streams from disk (no copy in JS).
import { abortError } from "./backoff";

/** A failed transfer, classified for the retry logic. */
export class TransferError extends Error {
  override name = "TransferError";
  constructor(
    message: string,
    readonly opts: {
      /** Worth another attempt (network, 5xx, 408/429, transient server codes). */
      retryable: boolean;
      /** HTTP status, 0 for a network failure. */
      status?: number;
      /** Envelope code when the server answered with one. */
      code?: number;
      /** Server text, shown as a hint only. */
      serverMessage?: string;
    },
  ) {
    super(message);
  }
  get retryable() {
    return this.opts.retryable;
  }
  get code() {
    return this.opts.code;
  }
  get status() {
    return this.opts.status;
  }
}

export interface XhrRequest {
  method: string;
  url: string;
  body?: XMLHttpRequestBodyInit | null;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Bytes of the body sent so far. */
  onProgress?: (loaded: number) => void;
  /** Abort when the server sends nothing for this long (ms); a stalled socket is retried. */
  timeoutMs?: number;
}

export interface XhrResponse {
  status: number;
  text: string;
  header(name: string): string | null;
}

export function xhr(req: XhrRequest): Promise<XhrResponse> {
  return new Promise((resolve, reject) => {
    if (req.signal?.aborted) return reject(abortError());
    const x = new XMLHttpRequest();
    x.open(req.method, req.url);
    for (const [k, v] of Object.entries(req.headers ?? {})) x.setRequestHeader(k, v);
    let idle: ReturnType<typeof setTimeout> | undefined;
    const kick = () => {
      if (!req.timeoutMs) return;
      clearTimeout(idle);
      idle = setTimeout(() => {
        cleanup();
        x.abort();
        reject(new TransferError("The upload stalled", { retryable: true, status: 0 }));
      }, req.timeoutMs);
    };
    const onAbort = () => {
      cleanup();
      x.abort();
      reject(abortError());
    };
    const cleanup = () => {
      clearTimeout(idle);
      req.signal?.removeEventListener("abort", onAbort);
    };
    req.signal?.addEventListener("abort", onAbort, { once: true });
    x.upload.onprogress = (e) => {
      kick();
      req.onProgress?.(e.loaded);
    };
    x.onprogress = kick;
    x.onload = () => {
      cleanup();
      resolve({ status: x.status, text: x.responseText, header: (n) => x.getResponseHeader(n) });
    };
    x.onerror = () => {
      cleanup();
      reject(new TransferError("Network error", { retryable: true, status: 0 }));
    };
    kick();
    x.send(req.body ?? null);
  });
}

/** HTTP statuses worth retrying: timeouts, throttling and server-side failures. */
export function retryableStatus(status: number): boolean {
  return status === 0 || status === 408 || status === 425 || status === 429 || status >= 500;
}

/** Envelope codes of failures that may pass on a second attempt (I/O, database, cache, node offline). */
const TRANSIENT_CODES = new Set([50001, 50004, 50006, 50010]);

interface Envelope {
  code: number;
  msg?: string;
}

/** Reads a Cloudreve envelope from an XHR answer; throws a classified TransferError unless code 0. */
export function expectEnvelope(res: XhrResponse): void {
  if (res.status !== 200) {
    throw new TransferError(`HTTP ${res.status}`, { retryable: retryableStatus(res.status), status: res.status });
  }
  let env: Envelope | undefined;
  try {
    env = JSON.parse(res.text) as Envelope;
  } catch {
    env = undefined;
  }
  if (!env || typeof env.code !== "number") throw new TransferError("Not an API response", { retryable: true, status: res.status });
  if (env.code !== 0) {
    throw new TransferError(env.msg || `Error ${env.code}`, { retryable: TRANSIENT_CODES.has(env.code), status: 200, code: env.code, serverMessage: env.msg });
  }
}

/** Throws unless the storage provider answered 2xx. */
export function expectOk(res: XhrResponse): void {
  if (res.status >= 200 && res.status < 300) return;
  const code = /<Code>([^<]+)<\/Code>/.exec(res.text)?.[1];
  throw new TransferError(code ? `${code} (HTTP ${res.status})` : `HTTP ${res.status}`, {
    retryable: retryableStatus(res.status),
    status: res.status,
    serverMessage: code,
  });
}
