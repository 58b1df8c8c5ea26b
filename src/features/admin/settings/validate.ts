import type { FieldSpec } from "./types";

/**
 * Checks a setting before it is saved. The server stores nearly anything as text and quietly falls
 * back to a built-in default when it cannot read a value, so mistakes are caught here instead.
 * Returns a problem key (`settings.problem.<key>`), or "" when the value is fine.
 */
export function fieldProblem(f: FieldSpec, raw: string | undefined): string {
  const v = (raw ?? "").trim();
  if (f.kind === "bool" || f.kind === "readonly" || (f.kind === "custom" && !f.json)) return "";
  if (!v) return f.required ? "required" : f.optional || !NEEDS_VALUE.has(f.kind) ? "" : "required";
  switch (f.kind) {
    case "int":
    case "size":
    case "duration":
      if (!/^\d+$/.test(v)) return "whole";
      return range(f, Number(v));
    case "float":
      if (!/^\d+(\.\d+)?$/.test(v)) return "number";
      return range(f, Number(v));
    case "url":
      return isHttpUrl(v) ? "" : "url";
    case "path":
      return v.startsWith("/") || isHttpUrl(v) ? "" : "path";
    case "urls": {
      // Blank lines are dropped on save.
      const parts = v
        .split(",")
        .map((p) => p.trim())
        .filter(Boolean);
      return parts.length > 0 && parts.every(isHttpUrl) ? "" : "urls";
    }
    case "email":
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? "" : "email";
    case "color":
      return /^#(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(v) ? "" : "color";
    case "cron":
      return CRON.test(v) ? "" : "cron";
    case "select":
      return !f.options || f.options.includes(v) ? "" : "choice";
    default:
      return f.json ? jsonProblem(f.json, v) : "";
  }
}

const NEEDS_VALUE = new Set(["int", "float", "size", "duration", "select", "cron", "color"]);

// robfig/cron: "@every <duration>", the named schedules, or five (or six, with seconds) fields.
const CRON = /^(@every\s+(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+|@(yearly|annually|monthly|weekly|daily|midnight|hourly)|(\S+\s+){4,5}\S+)$/;

function range(f: FieldSpec, n: number): string {
  if (f.min !== undefined && n < f.min) return "min";
  if (f.max !== undefined && n > f.max) return "max";
  return "";
}

export function isHttpUrl(v: string): boolean {
  if (!URL.canParse(v)) return false;
  const u = new URL(v);
  return (u.protocol === "http:" || u.protocol === "https:") && Boolean(u.host);
}

function jsonProblem(kind: "object" | "array" | "stringMap", v: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(v);
  } catch {
    return "json";
  }
  if (kind === "array") return Array.isArray(parsed) ? "" : "jsonArray";
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return "jsonObject";
  if (kind === "stringMap" && Object.values(parsed).some((x) => typeof x !== "string")) return "stringMap";
  return "";
}

/** Problems of every shown field: key → problem. */
export function formProblems(fields: FieldSpec[], values: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fields) {
    if (f.when && !f.when(values)) continue;
    if (!(f.key in values)) continue;
    const p = fieldProblem(f, values[f.key]) || (f.check?.(values[f.key] ?? "", values) ?? "");
    if (p) out[f.key] = p;
  }
  return out;
}

/** The keys whose value differs from what the server has: the only ones a save sends. */
export function changedKeys(initial: Record<string, string>, values: Record<string, string>): string[] {
  return Object.keys(values).filter((k) => initial[k] !== values[k]);
}
