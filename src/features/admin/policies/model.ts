import type { AdminPolicy, AdminPolicyType } from "../../../api/queries/admin";
import { fieldsFor, type PolicyField } from "./fields";

/** The policy form: every field as text or a switch, read from and written back into the policy. */
export type PolicyForm = Record<string, string | boolean>;

const get = (p: AdminPolicy, key: string): unknown =>
  key.startsWith("settings.") ? (p.settings as Record<string, unknown> | undefined)?.[key.slice(9)] : (p as Record<string, unknown>)[key];

export function formOf(p: AdminPolicy, type: AdminPolicyType): PolicyForm {
  const out: PolicyForm = { name: p.name ?? "" };
  for (const f of fieldsFor(type)) {
    const v = get(p, f.key);
    if (f.kind === "bool") out[f.key] = Boolean(v);
    else if (f.kind === "list") out[f.key] = Array.isArray(v) ? v.join(", ") : "";
    else if (f.kind === "size" || f.kind === "int" || f.kind === "float" || f.kind === "node") out[f.key] = v === undefined || v === null ? "0" : String(v);
    else out[f.key] = typeof v === "string" ? v : "";
  }
  return out;
}

/** A new policy of a type, with the defaults a fresh install's default policy has. */
export function blankPolicy(type: AdminPolicyType): AdminPolicy {
  return {
    name: "",
    type,
    file_name_rule: "{uid}_{randomkey8}_{originname}",
    dir_name_rule: type === "local" ? "uploads/{uid}/{path}" : "uploads/{year}/{month}/{day}",
    settings: {
      token: "",
      file_type: null,
      s3_path_style: false,
      native_media_processing: false,
      chunk_size: 25 * 1024 * 1024,
      ...(type === "local" ? { pre_allocate: true } : {}),
    },
  };
}

const WHOLE = /^\d+$/;

export function fieldProblem(f: PolicyField, value: string | boolean, type: AdminPolicyType): string {
  if (typeof value === "boolean") return "";
  const v = value.trim();
  const required = f.required?.includes(type);
  if (f.kind === "node") return required && (!v || v === "0") ? "node" : "";
  if (!v) return required ? "required" : "";
  if (f.kind === "size" || f.kind === "int") return WHOLE.test(v) ? "" : "whole";
  if (f.kind === "float") return /^\d+(\.\d+)?$/.test(v) ? "" : "number";
  if (f.kind === "url") return URL.canParse(v) && /^https?:$/.test(new URL(v).protocol) ? "" : "url";
  return "";
}

export function formProblems(form: PolicyForm, type: AdminPolicyType): Record<string, string> {
  const out: Record<string, string> = {};
  if (!String(form.name).trim()) out.name = "required";
  for (const f of fieldsFor(type)) {
    const p = fieldProblem(f, form[f.key] ?? "", type);
    if (p) out[f.key] = p;
  }
  return out;
}

/** The whole policy for the server (it overwrites every field), fields this form does not show kept. */
export function policyOf(form: PolicyForm, base: AdminPolicy, type: AdminPolicyType): AdminPolicy {
  const out: Record<string, unknown> = { ...base, name: String(form.name).trim(), type };
  const settings: Record<string, unknown> = { ...(base.settings ?? {}) };
  delete out.edges;
  delete out.entities_count;
  delete out.entities_size;
  for (const f of fieldsFor(type)) {
    const raw = form[f.key];
    let v: unknown;
    if (f.kind === "bool") v = Boolean(raw);
    else if (f.kind === "list")
      v = String(raw)
        .split(/[\s,]+/)
        .map((x) => x.replace(/^\./, "").trim().toLowerCase())
        .filter(Boolean);
    else if (f.kind === "size" || f.kind === "int" || f.kind === "node" || f.kind === "float") v = Number(String(raw).trim() || 0);
    else v = String(raw).trim();
    if (f.key.startsWith("settings.")) settings[f.key.slice(9)] = v;
    else out[f.key] = v;
  }
  out.settings = settings;
  return out as AdminPolicy;
}

export const sameForm = (a: PolicyForm, b: PolicyForm) => JSON.stringify(a) === JSON.stringify(b);
