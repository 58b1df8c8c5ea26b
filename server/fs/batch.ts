import { randomUUID } from "node:crypto";
import { AppError, type AggregatedErrors } from "../core/envelope.ts";
import type { State } from "../state/state.ts";

/**
 * Batch operations answer like the real server: each URI is tried on its own, failures are
 * gathered by URI and reported together as 40081 (or, for one failure, with its own message).
 */
export function checkBatch(state: State, n: number): void {
  if (n > state.settings.maxBatchedFile) throw new AppError(40074, "Maximum number of batch operations exceeded");
}

/** Like runBatch but returns successes and failures instead of throwing. */
export async function collect<T>(uris: string[], each: (uri: string) => T | Promise<T>): Promise<{ ok: T[]; failed: AggregatedErrors; lastMsg: string }> {
  const ok: T[] = [];
  const failed: AggregatedErrors = {};
  let lastMsg = "";
  for (const uri of uris) {
    try {
      ok.push(await each(uri));
    } catch (e) {
      const err = e instanceof AppError ? e : new AppError(-1, "");
      if (err.code === 40082 && (e as { wholeRequest?: boolean }).wholeRequest) throw e;
      failed[uri] = { code: err.code, msg: err.message, correlation_id: randomUUID() };
      lastMsg = err.message;
    }
  }
  return { ok, failed, lastMsg };
}

export function aggregate(failed: AggregatedErrors, lastMsg: string): void {
  const n = Object.keys(failed).length;
  if (n > 0) throw new AppError(40081, n === 1 ? lastMsg : "One or more operation failed", undefined, failed);
}
