// Which viewer opens a file (the official frontend's order, so a user's remembered choices carry
// over): the user's remembered choice for the extension → the only viewer → the admin's default
// mapping → ask. Pure, unit-tested.
import type { Catalogue, ViewerDef } from "./catalogue";

export type Choice = { kind: "open"; viewer: ViewerDef; reason: "remembered" | "only" | "default" } | { kind: "ask"; options: ViewerDef[] } | { kind: "none" };

/** The user setting holding the remembered viewer of an extension (same key as the official frontend). */
export const prefKey = (ext: string) => `open_with_${ext}`;

/** Lower-case extension without the dot; "" for none (a leading dot alone, as in ".env", is no extension). */
export function extOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 && dot < name.length - 1 ? name.slice(dot + 1).toLowerCase() : "";
}

/**
 * Viewers of an extension in the order to offer them (stable within each kind): the app's own
 * viewers, then other apps it can show (custom pages, WOPI offices, which may be out of reach),
 * then those it cannot show at all.
 */
export function viewersFor(cat: Catalogue, ext: string, implemented: (v: ViewerDef) => boolean = () => false): ViewerDef[] {
  const list = cat.byExt.get(ext) ?? [];
  const rank = (v: ViewerDef) => (!implemented(v) ? 2 : v.type === "builtin" ? 0 : 1);
  return [0, 1, 2].flatMap((r) => list.filter((v) => rank(v) === r));
}

export function chooseViewer(
  cat: Catalogue,
  fileName: string,
  settings: Readonly<Record<string, unknown>>,
  opts: { ask?: boolean; implemented?: (v: ViewerDef) => boolean } = {},
): Choice {
  const ext = extOf(fileName);
  const options = viewersFor(cat, ext, opts.implemented);
  if (options.length === 0) return { kind: "none" };
  if (opts.ask) return { kind: "ask", options };
  const remembered = settings[prefKey(ext)];
  const mine = typeof remembered === "string" ? options.find((v) => v.id === remembered) : undefined;
  if (mine) return { kind: "open", viewer: mine, reason: "remembered" };
  if (options.length === 1) return { kind: "open", viewer: options[0]!, reason: "only" };
  const fallback = cat.defaults[ext];
  const admin = fallback ? cat.byId.get(fallback) : undefined;
  if (admin) return { kind: "open", viewer: admin, reason: "default" };
  return { kind: "ask", options };
}
