import type { ServerResponse } from "node:http";
import { AppError, errorEnvelope, successEnvelope } from "../core/envelope.ts";
import type { Ctx } from "../core/router.ts";
import { siteOrigin } from "../core/siteUrl.ts";
import type { State } from "../state/state.ts";

/** Small request/response helpers shared by the file routes. */

/**
 * Origin for absolute links (share URLs, download URLs, S3-style upload URLs): the configured site
 * URL entry matching the request's Host, else the first one — never the request itself.
 */
export function originOf(state: State, ctx: Ctx): string {
  return siteOrigin(state, ctx.header("host"));
}

export function writeJson(res: ServerResponse, value: unknown, status = 200, extra: Record<string, string> = {}): void {
  const text = JSON.stringify(value);
  res.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Cache-Control": "private, no-cache",
    "Content-Length": Buffer.byteLength(text),
    ...extra,
  });
  res.end(text);
}

/** Writes an error envelope with a non-200 HTTP status (callbacks, /f/ links). */
export function writeError(res: ServerResponse, err: AppError, status: number): void {
  writeJson(res, errorEnvelope(err), status);
}

export function writeSuccess(res: ServerResponse, data?: unknown, status = 200): void {
  writeJson(res, successEnvelope(data), status);
}

export const bindingError = (msg: string) => new AppError(40001, msg, undefined, undefined, true);

/** Reads a JSON object body (malformed/empty → 40001 "Parameter error"). */
export async function body(ctx: Ctx): Promise<Record<string, unknown>> {
  return ctx.json<Record<string, unknown>>();
}

/** Query-string integer as gin binds it: absent → undefined, garbage → binding error. */
export function queryInt(ctx: Ctx, name: string): number | undefined {
  const v = ctx.query.get(name);
  if (v === null || v === "") return undefined;
  if (!/^[+-]?\d+$/.test(v)) throw bindingError("Parameter error");
  return Number(v);
}

export function queryBool(ctx: Ctx, name: string): boolean {
  const v = ctx.query.get(name);
  if (v === null || v === "") return false;
  if (["1", "t", "T", "true", "TRUE", "True"].includes(v)) return true;
  if (["0", "f", "F", "false", "FALSE", "False"].includes(v)) return false;
  throw bindingError("Parameter error");
}

export function optStr(b: Record<string, unknown>, k: string): string {
  const v = b[k];
  if (v === undefined || v === null) return "";
  if (typeof v !== "string") throw bindingError("JSON marshall error");
  return v;
}

export function optBool(b: Record<string, unknown>, k: string): boolean {
  const v = b[k];
  if (v === undefined || v === null) return false;
  if (typeof v !== "boolean") throw bindingError("JSON marshall error");
  return v;
}

export function optInt(b: Record<string, unknown>, k: string): number {
  const v = b[k];
  if (v === undefined || v === null) return 0;
  if (typeof v !== "number" || !Number.isInteger(v)) throw bindingError("JSON marshall error");
  return v;
}

export function optStrMap(b: Record<string, unknown>, k: string): Record<string, string> {
  const v = b[k];
  if (v === undefined || v === null) return {};
  if (typeof v !== "object" || Array.isArray(v) || Object.values(v).some((x) => typeof x !== "string")) throw bindingError("JSON marshall error");
  return v as Record<string, string>;
}

/** `binding:"required"` on a string: missing or empty → "<Label> cannot be empty". */
export function reqStr(b: Record<string, unknown>, k: string, label: string): string {
  const v = optStr(b, k);
  if (!v) throw bindingError(`${label} cannot be empty`);
  return v;
}

/** `binding:"required"` on a slice: only null/missing fails; `min=1` optional. */
export function reqList(b: Record<string, unknown>, k: string, label: string, min = 0): string[] {
  const v = b[k];
  if (v === undefined || v === null) throw bindingError(`${label} cannot be empty`);
  if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) throw bindingError("JSON marshall error");
  if (v.length < min) throw bindingError(`${label} too short`);
  return v as string[];
}
