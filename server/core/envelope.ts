import { randomUUID } from "node:crypto";

export type AggregatedErrors = Record<string, { code: number; msg: string; correlation_id?: string }>;

/** An application error, answered as HTTP 200 with a non-zero envelope code (docs/server-behaviour.md, "Envelope"). */
export class AppError extends Error {
  constructor(
    readonly code: number,
    msg = "",
    readonly data?: unknown,
    readonly aggregated?: AggregatedErrors,
    /** Binding errors carry no correlation id on the real server. */
    readonly binding = false,
  ) {
    super(msg);
  }
}

export const paramError = (msg = "Parameter error") => new AppError(40001, msg, undefined, undefined, true);

export interface Envelope {
  code: number;
  msg: string;
  data?: unknown;
  correlation_id?: string;
  aggregated_error?: AggregatedErrors;
}

export function successEnvelope(data: unknown, code = 0): Envelope {
  return data === undefined ? { code, msg: "" } : { code, data, msg: "" };
}

export function errorEnvelope(err: AppError): Envelope {
  const env: Envelope = { code: err.code, msg: err.message };
  if (err.data !== undefined) env.data = err.data;
  if (err.aggregated) env.aggregated_error = err.aggregated;
  if (!err.binding) env.correlation_id = randomUUID();
  return env;
}

/**
 * Runs each item of a batch and folds per-item failures into one 40081 error,
 * the way the server reports even a single failed item (docs/server-behaviour.md, "Error codes and batches").
 */
export async function runBatch<T>(keys: string[], each: (key: string) => Promise<T> | T): Promise<T[]> {
  const results: T[] = [];
  const failed: AggregatedErrors = {};
  let lastMsg = "";
  for (const key of keys) {
    try {
      results.push(await each(key));
    } catch (e) {
      const err = e instanceof AppError ? e : new AppError(-1, "");
      failed[key] = { code: err.code, msg: err.message, correlation_id: randomUUID() };
      lastMsg = err.message;
    }
  }
  const count = Object.keys(failed).length;
  if (count > 0) {
    throw new AppError(40081, count === 1 ? lastMsg : "One or more operation failed", undefined, failed);
  }
  return results;
}
