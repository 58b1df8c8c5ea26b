// What the Tags dialog shows and sends for a selection: each tag with how many of the files carry
// it, and the patches that turn the edited list into metadata (`tag:<name>` = colour or "").
import type { FileResponse } from "../../../api/queries/files";
import type { MetaPatch } from "./metadata";

export interface TagRow {
  name: string;
  color: string;
  /** How many of the files carry it now. */
  count: number;
  /** "keep": left as it is on each file; "all": set on every file; "remove": taken off every file. */
  edit: "keep" | "all" | "remove";
}

const tagEntries = (f: FileResponse) => Object.entries(f.metadata ?? {}).filter(([k]) => k.startsWith("tag:") && k.length > 4);

export function tagRows(files: readonly FileResponse[]): TagRow[] {
  const rows = new Map<string, TagRow>();
  for (const f of files)
    for (const [k, v] of tagEntries(f)) {
      const name = k.slice(4);
      const row = rows.get(name) ?? { name, color: v, count: 0, edit: "keep" as const };
      row.count++;
      row.color ||= v;
      rows.set(name, row);
    }
  return [...rows.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** A tag added in the dialog (or a partial one made whole): set on every file with its colour. */
export function addTag(rows: readonly TagRow[], name: string, color: string): TagRow[] {
  const existing = rows.find((r) => r.name === name);
  if (existing) return rows.map((r) => (r === existing ? { ...r, color: color || r.color, edit: "all" } : r));
  return [...rows, { name, color, count: 0, edit: "all" }];
}

/** The patches for one file: only what changes on it. */
export function tagPatches(rows: readonly TagRow[], file: FileResponse): MetaPatch[] {
  const has = new Map(tagEntries(file));
  const out: MetaPatch[] = [];
  for (const r of rows) {
    const key = `tag:${r.name}`;
    if (r.edit === "remove" && has.has(key)) out.push({ key, remove: true });
    if (r.edit === "all" && has.get(key) !== r.color) out.push({ key, value: r.color });
  }
  return out;
}

/** A tag name the server takes: not empty, no longer than a metadata name may reasonably be. */
export const cleanTagName = (raw: string) => raw.trim().slice(0, 64);
