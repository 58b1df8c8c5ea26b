// "New document" kinds: the catalogue's templates (each viewer's `templates`: extension and display
// name), one entry per extension, the first viewer naming it owning it. A new document is an empty
// file of that extension, which its viewer then opens (as the official frontend does; the
// community server keeps no template contents). Pure, unit-tested.
import type { Catalogue, ViewerDef } from "../catalogue";

export interface DocTemplate {
  /** The viewer that opens documents made from it. */
  viewerId: string;
  /** Lower-case, without the dot. */
  ext: string;
  /** The catalogue's display name (a plain name or an official frontend key). */
  displayName: string;
}

/** Templates of the viewers `usable` says this app can open (a new file nobody can open helps no one). */
export function templatesOf(cat: Catalogue, usable: (v: ViewerDef) => boolean = () => true): DocTemplate[] {
  const seen = new Set<string>();
  const out: DocTemplate[] = [];
  for (const v of cat.viewers.filter(usable))
    for (const t of v.templates) {
      const ext = t.ext.replace(/^\./, "").toLowerCase();
      if (!ext || seen.has(ext)) continue;
      seen.add(ext);
      out.push({ viewerId: v.id, ext, displayName: t.displayName });
    }
  return out;
}

/** "Untitled.drawio", or "Untitled (2).drawio" when that name is taken in the folder. */
export function freeName(stem: string, ext: string, taken: ReadonlySet<string>): string {
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${stem}.${ext}` : `${stem} (${n}).${ext}`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/** The name as typed, with the template's extension added when it has another or none. */
export function withExt(typed: string, ext: string): string {
  const name = typed.trim();
  return name.toLowerCase().endsWith(`.${ext}`) ? name : `${name}.${ext}`;
}
