// Application errors from the response envelope (docs/server-behaviour.md, "Envelope") and their user-facing text.
// Messages live in public/locales/<lng>/errors.json (the i18next namespace "errors"), keyed by
// the bare code.

/** One failed item of a batch (40081), keyed by the item's URI in `aggregated_error`. */
export interface AggregatedItemError {
  code: number;
  msg: string;
  correlation_id?: string;
}

/** Codes the client branches on; every other code is only shown to the user. */
export const ErrorCode = {
  /** Success that needs a follow-up step (2FA, e-mail activation); not an error. */
  Continue: 203,
  LoginRequired: 401,
  NoPermission: 403,
  NotFound: 404,
  ObjectExist: 40004,
  CredentialInvalid: 40020,
  IncorrectPassword: 40069,
  LockConflict: 40073,
  StaleVersion: 40076,
  BatchNotFullyCompleted: 40081,
  AnonymousAccessDenied: 40088,
} as const;

/**
 * Envelope codes meaning the session is not (or no longer) valid: the API client refreshes once and
 * retries, the query cache and the upload engine report them to the app (which signs out).
 */
export const SESSION_LOST_CODES: ReadonlySet<number> = new Set([ErrorCode.LoginRequired, ErrorCode.CredentialInvalid]);

export class ApiError extends Error {
  override name = "ApiError";
  readonly code: number;
  readonly correlationId: string | undefined;
  readonly aggregated: Readonly<Record<string, AggregatedItemError>> | undefined;
  /** Structured details, e.g. the lock conflicts of 40073 or the partial result of 40081. */
  readonly data: unknown;

  constructor(
    code: number,
    message: string,
    details: {
      correlationId?: string | undefined;
      aggregated?: Record<string, AggregatedItemError> | undefined;
      data?: unknown;
    } = {},
  ) {
    // The server's text stays the message: a hint for logs, while users see describeError.
    super(message);
    this.code = code;
    this.correlationId = details.correlationId;
    this.aggregated = details.aggregated;
    this.data = details.data;
  }
}

/** A response that is not a JSON envelope at all (gin's plain 404, an empty 500, a proxy page). */
export class HttpError extends Error {
  override name = "HttpError";
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * Every error code the server or its documentation defines, and 40088 which the official client
 * handles (docs/server-behaviour.md, "Error codes and batches"). There is no 50003 in any of them.
 */
export const ERROR_CODES: readonly number[] = Object.freeze([-1, 401, 403, 404, 409, ...range(40001, 40088), 50001, 50002, ...range(50004, 50011)]);

const MESSAGE_CODES: ReadonlySet<number> = new Set([...ERROR_CODES, ErrorCode.Continue]);

export const ERRORS_NS = "errors";

/** i18next key of a code's message, namespace included (`errors:40080`). */
export function errorI18nKey(code: number): string {
  return `${ERRORS_NS}:${MESSAGE_CODES.has(code) ? code : "unknown"}`;
}

/** The subset of i18next's `t` that describeError needs. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Localized text for anything a request can throw. */
export function describeError(e: unknown, t: Translate): string {
  if (e instanceof ApiError) {
    const items = Object.values(e.aggregated ?? {});
    if (e.code === ErrorCode.BatchNotFullyCompleted && items.length > 0) {
      const [only] = items;
      // A single failure is more useful than "some items failed": show its own cause.
      if (only && items.length === 1) return describeCode(only.code, only.msg, t);
      return t(`${ERRORS_NS}:batch`, { count: items.length });
    }
    return describeCode(e.code, e.message, t);
  }
  // A 5xx without an envelope is the server failing (a crash answers an empty 500): worth a retry.
  if (e instanceof HttpError) return t(`${ERRORS_NS}:${e.status >= 500 ? "server" : "http"}`, { status: e.status });
  // fetch rejects with a TypeError when the server cannot be reached at all.
  if (e instanceof TypeError) return t(`${ERRORS_NS}:network`);
  return t(`${ERRORS_NS}:unknown`, { code: e instanceof Error ? e.name : String(e) });
}

function describeCode(code: number, message: string, t: Translate): string {
  return t(errorI18nKey(code), { code, message });
}
