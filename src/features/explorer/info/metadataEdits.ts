// Rules of the Details panel's metadata section, apart from its fields.
export interface MetadataPatch {
  key: string;
  value?: string;
  remove?: boolean;
}

/** What the server's media extractors wrote and custom properties: shown in their own sections, not again as raw keys. */
const MEDIA_KEY = /^(exif|music|stream|props):/;

/** Keys users may set: tags and `customize:*` (other categories are the server's; docs/server-behaviour.md, "File objects and metadata"). */
const EDITABLE = /^(tag|customize):./;

export const isEditableKey = (key: string) => EDITABLE.test(key);

/** The entries listed as plain metadata: not tags, system keys or what other sections show. */
export function plainMetadata(metadata: Record<string, string> | null | undefined): [string, string][] {
  return Object.entries(metadata ?? {}).filter(([k]) => !k.startsWith("tag:") && !k.startsWith("sys:") && k !== "thumb:disabled" && !MEDIA_KEY.test(k));
}

/** The key a user's own property is stored under: `customize:` is added unless typed. */
export function customKey(typed: string): string {
  const k = typed.trim();
  return k.startsWith("customize:") ? k : `customize:${k}`;
}

/** The metadata after the patches, as the server applies them. */
export function applyPatches(metadata: Record<string, string> | null | undefined, patches: readonly MetadataPatch[]): Record<string, string> {
  const next = { ...(metadata ?? {}) };
  for (const p of patches) {
    if (p.remove) delete next[p.key];
    else next[p.key] = p.value ?? "";
  }
  return next;
}
