// Reading locale files and source texts for the locale tests (Node only, never bundled).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = "public/locales";

export type Texts = Map<string, string>;

/** Every text of a namespace as "a.b.c" → text. */
export function loadTexts(lng: string, ns: string): Texts {
  const out: Texts = new Map();
  const walk = (node: unknown, prefix: string) => {
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
      if (v && typeof v === "object") walk(v, `${prefix}${k}.`);
      else out.set(prefix + k, String(v));
    }
  };
  walk(JSON.parse(readFileSync(join(ROOT, lng, `${ns}.json`), "utf8")), "");
  return out;
}

export const languages = () => readdirSync(ROOT).sort();
export const namespaces = (lng: string) =>
  readdirSync(join(ROOT, lng))
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.slice(0, -5))
    .sort();

export const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

/** Keys as the code names them: plural variants (`_one`, `_other`) collapse to their base. */
export const baseKeys = (texts: Texts) => new Set([...texts.keys()].map((k) => k.replace(/_(zero|one|two|few|many|other)$/, "")));

/** The concatenated source of the given folders, tests excluded. */
export function sourceOf(...dirs: string[]): string {
  let all = "";
  for (const dir of dirs)
    for (const e of readdirSync(dir, { withFileTypes: true, recursive: true }))
      if (e.isFile() && /\.tsx?$/.test(e.name) && !e.name.includes(".test.")) all += readFileSync(join(e.parentPath, e.name), "utf8");
  return all;
}

/** Literal keys passed to `t("…")` (optionally prefixed with the namespace) that contain a dot. */
export const literalKeys = (code: string, ns: string) =>
  [...code.matchAll(new RegExp(`\\bt\\("(?:${ns}:)?([\\w.]+)"`, "g"))].map((m) => m[1]!).filter((k) => k.includes("."));
