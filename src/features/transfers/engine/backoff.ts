// Retry delays for chunk uploads: exponential growth so a struggling server gets room to recover,
// jitter so hundreds of chunks that failed together do not all come back at the same instant.

export interface BackoffOptions {
  /** Delay of the first retry before jitter, ms. */
  base?: number;
  /** Upper bound of any delay, ms. */
  cap?: number;
  /** Injected in tests. */
  random?: () => number;
}

export const DEFAULT_BACKOFF = { base: 500, cap: 15_000 } as const;

/**
 * Delay before retry number `attempt` (1 = first retry): the exponential value d = base·2^(attempt−1)
 * capped at `cap`, then "equal jitter" — uniformly in [d/2, d]. Half the delay is guaranteed, so
 * retries never hammer the server back-to-back; the other half spreads them out.
 */
export function backoffDelay(attempt: number, { base = DEFAULT_BACKOFF.base, cap = DEFAULT_BACKOFF.cap, random = Math.random }: BackoffOptions = {}): number {
  const n = Math.max(1, Math.floor(attempt));
  const exp = Math.min(cap, base * 2 ** Math.min(n - 1, 30));
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.round(exp / 2 + r * (exp / 2));
}

/** Resolves after `ms`, or rejects with an AbortError as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

export function abortError(): DOMException {
  return new DOMException("The upload was stopped", "AbortError");
}

export function isAbortError(e: unknown): boolean {
  return e instanceof DOMException && e.name === "AbortError";
}
