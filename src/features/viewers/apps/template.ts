// A custom viewer's URL template (`{$src}`, `{$name}`…) filled in for one file — the variables the
// official frontend defines, so an admin's existing templates keep working. Pure, unit-tested.

export interface TemplateValues {
  /** The file's signed URL. */
  src: string;
  name: string;
  /** The version shown (entity id). */
  version: string;
  /** The file's id. */
  id: string;
  userId: string;
  userDisplayName: string;
  dark: boolean;
}

/** Base64 of the UTF-8 bytes (a plain `btoa` fails on non-Latin-1 text). */
function base64(text: string): string {
  let bin = "";
  for (const b of new TextEncoder().encode(text)) bin += String.fromCharCode(b);
  return btoa(bin);
}

export function fillTemplate(template: string, v: TemplateValues): string {
  const values: Record<string, string> = {
    src: encodeURIComponent(v.src),
    src_raw: v.src,
    src_raw_base64: base64(v.src),
    name: encodeURIComponent(v.name),
    version: encodeURIComponent(v.version),
    id: encodeURIComponent(v.id),
    user_id: encodeURIComponent(v.userId),
    user_display_name: encodeURIComponent(v.userDisplayName),
    theme: v.dark ? "dark" : "light",
    dark: v.dark ? "1" : "0",
  };
  // One pass, so a value that happens to contain "{$name}" is never substituted again.
  return template.replace(/\{\$([a-z_0-9]+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** How the filled URL opens: in a frame here, in a new tab, or handed to another app (`nplayer://`). */
export function openingOf(url: string, openInNew: boolean): "frame" | "tab" | "app" {
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
  if (scheme && scheme !== "http" && scheme !== "https") return "app";
  return openInNew ? "tab" : "frame";
}

/**
 * The sandbox of a frame showing a viewer's page. A page of another site keeps its own origin (it
 * needs its cookies and storage); a page of this site is given an opaque origin, so it can never
 * reach the app or the signed-in user's token.
 */
export function frameSandbox(url: string, here: string): string {
  const base = "allow-scripts allow-forms allow-popups allow-popups-to-escape-sandbox allow-downloads allow-modals";
  let sameOrigin = true;
  try {
    sameOrigin = new URL(url, here).origin === new URL(here).origin;
  } catch {
    // Unparsable: treat as ours, the stricter case.
  }
  return sameOrigin ? base : `${base} allow-same-origin`;
}
