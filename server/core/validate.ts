import { AppError } from "./envelope.ts";

/** Small binding helpers that answer like the server's validator (docs/server-behaviour.md, "Error codes and batches"). */
const FIELD_LABEL: Record<string, string> = { email: "Email", password: "Password", uri: "Path", nick: "Nickname" };
const label = (f: string) => FIELD_LABEL[f] ?? f;

export function str(body: Record<string, unknown>, field: string, opts: { required?: boolean; min?: number; max?: number } = {}): string {
  const v = body[field];
  if (v === undefined || v === null || v === "") {
    if (opts.required) throw new AppError(40001, `${label(field)} cannot be empty`, undefined, undefined, true);
    return "";
  }
  if (typeof v !== "string") throw new AppError(40001, "JSON marshall error", undefined, undefined, true);
  const len = [...v].length;
  if (opts.min !== undefined && len < opts.min) throw new AppError(40001, `${label(field)} too short`, undefined, undefined, true);
  if (opts.max !== undefined && len > opts.max) throw new AppError(40001, `${label(field)} too long`, undefined, undefined, true);
  return v;
}

export function email(body: Record<string, unknown>, field = "email"): string {
  const v = str(body, field, { required: true });
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)) throw new AppError(40001, `${label(field)} format error`, undefined, undefined, true);
  return v;
}

export function bool(body: Record<string, unknown>, field: string): boolean | undefined {
  const v = body[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "boolean") throw new AppError(40001, "JSON marshall error", undefined, undefined, true);
  return v;
}

export function int(body: Record<string, unknown>, field: string): number | undefined {
  const v = body[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "number" || !Number.isInteger(v)) throw new AppError(40001, "JSON marshall error", undefined, undefined, true);
  return v;
}
