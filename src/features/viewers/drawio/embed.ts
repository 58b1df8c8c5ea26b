// The draw.io embed protocol (proto=json): the editor page posts {event: "init"} when it is ready,
// is sent {action: "load", xml}, and posts "autosave" (every change, when asked), "save" and
// "exit". Pure helpers, unit-tested; the viewer wires them to the frame.

export const DEFAULT_HOST = "https://embed.diagrams.net";

/** draw.io's own language codes for the app's languages. */
export function drawioLanguage(lng: string): string {
  const lower = lng.toLowerCase();
  if (lower === "zh-tw") return "zh-tw";
  if (lower === "pt-br") return "pt-br";
  return lower.split("-")[0]!;
}

/**
 * The editor's address: the admin's host (the viewer's `host` setting) in embed mode, the sketch
 * interface for whiteboards (.dwb), without menus and toolbars when the file is read-only.
 */
export function embedUrl(host: string | undefined, opts: { ext: string; readOnly: boolean; dark: boolean; language: string }): string {
  const base = host?.trim() || DEFAULT_HOST;
  // A host may be a path on this site (a self-hosted copy).
  const url = new URL(base, typeof window === "undefined" ? undefined : window.location.href);
  const q = url.searchParams;
  q.set("embed", "1");
  q.set("proto", "json");
  q.set("spin", "1");
  q.set("keepmodified", "1");
  q.set("saveAndExit", "0");
  q.set("lang", opts.language);
  q.set("dark", opts.dark ? "1" : "0");
  if (opts.ext === "dwb") q.set("ui", "sketch");
  if (opts.readOnly) q.set("chrome", "0");
  return url.toString();
}

export type EmbedEvent =
  | { event: "init" }
  | { event: "load" }
  | { event: "autosave"; xml: string }
  | { event: "save"; xml: string; exit: boolean }
  | { event: "exit"; modified: boolean };

/** A message from the editor frame, or undefined for anything else (other frames, other shapes). */
export function parseEmbedMessage(data: unknown): EmbedEvent | undefined {
  let m: unknown = data;
  if (typeof data === "string") {
    try {
      m = JSON.parse(data);
    } catch {
      return undefined;
    }
  }
  if (typeof m !== "object" || m === null) return undefined;
  const r = m as Record<string, unknown>;
  switch (r.event) {
    case "init":
    case "load":
      return { event: r.event };
    case "autosave":
      return typeof r.xml === "string" ? { event: "autosave", xml: r.xml } : undefined;
    case "save":
      return typeof r.xml === "string" ? { event: "save", xml: r.xml, exit: r.exit === true } : undefined;
    case "exit":
      return { event: "exit", modified: r.modified === true };
    default:
      return undefined;
  }
}
