import type { ComponentType } from "react";

/** The settings form's values: every key's text, as the server stores it. */
export type Values = Record<string, string>;

export type FieldKind =
  | "text"
  | "textarea"
  | "code"
  | "secret"
  | "url"
  | "path"
  | "email"
  | "bool"
  | "int"
  | "float"
  | "size"
  | "duration"
  | "select"
  | "list"
  | "urls"
  | "cron"
  | "color"
  | "json"
  | "custom"
  | "readonly";

export interface EditorProps {
  value: string;
  onChange: (v: string) => void;
  /** The whole form, for editors whose preview or choices depend on other settings. */
  values: Values;
  setOther: (key: string, v: string) => void;
  label: string;
  help: string;
  error?: string;
}

export interface FieldSpec {
  key: string;
  kind: FieldKind;
  min?: number;
  max?: number;
  /** Values of a select (labels under `settings.option.<key>.<value>`). */
  options?: readonly string[];
  /** What a JSON setting must hold. */
  json?: "object" | "array" | "stringMap";
  required?: boolean;
  /** Also allowed empty (URLs and paths that may be left blank). */
  optional?: boolean;
  editor?: ComponentType<EditorProps>;
  /** Shown only when this holds for the current values (captcha type, generator on). */
  when?: (v: Values) => boolean;
  /** Label and help under another key (settings that share a text, such as the queue settings). */
  textKey?: string;
  textVars?: Record<string, string>;
  /** A thumbnail or metadata generator whose executable this path names, for a "check" button. */
  generator?: "vips" | "ffmpeg" | "libreOffice" | "ffprobe";
  /** A check that needs the rest of the form: returns a problem key or "". */
  check?: (value: string, values: Values) => string;
}

export interface SectionSpec {
  id: string;
  fields: FieldSpec[];
  /** Actions and previews under the fields (test mail, captcha preview). */
  extra?: ComponentType<{ values: Values }>;
  /** Title and help under another id (the queue sections share one). */
  textKey?: string;
  textVars?: Record<string, string>;
  when?: (v: Values) => boolean;
}

export interface TabSpec {
  id: string;
  sections: SectionSpec[];
}

export const allKeys = (tab: TabSpec) => tab.sections.flatMap((s) => s.fields.map((f) => f.key));
export const isOn = (v: string | undefined) => v === "1" || v === "true";
