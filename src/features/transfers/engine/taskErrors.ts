// How a failed run is told apart and shown: envelope codes from our server or a storage provider,
// and a stored copy whose size is not the file's.
import { ApiError, isApiError } from "../../../api/errors";
import { TransferError } from "./http";
import type { TaskError } from "./task";

/** The server's copy does not have the local file's size. */
export class SizeMismatch extends Error {
  constructor(
    readonly stored: number,
    readonly expected: number,
  ) {
    super(`The server stored ${stored} bytes instead of ${expected}`);
  }
}

export function errorCode(e: unknown): number | undefined {
  if (isApiError(e)) return e.code;
  if (e instanceof TransferError) return e.code;
  return undefined;
}

export function toTaskError(e: unknown): TaskError {
  if (e instanceof SizeMismatch) return { kind: "sizeMismatch", stored: e.stored, expected: e.expected };
  if (e instanceof ApiError) return { kind: "api", code: e.code, message: e.message };
  if (e instanceof TransferError && e.code !== undefined) return { kind: "api", code: e.code, message: e.opts.serverMessage ?? e.message };
  if (e instanceof TransferError) return { kind: "transfer", message: e.message, status: e.status };
  return { kind: "transfer", message: e instanceof Error ? e.message : String(e) };
}
