// The viewer lives in the URL (`/home?path=…&open=<file id or name>&viewer=<id>&version=<entity>`),
// the same parameters as the official frontend's links, so a link opens the file, a reload keeps it
// open and Back closes it.
export interface ViewerTarget {
  /** File id, or its name within the listed folder. */
  open: string;
  viewer?: string | undefined;
  version?: string | undefined;
}

const KEYS = ["open", "viewer", "version", "size"] as const;

export function targetOf(params: URLSearchParams): ViewerTarget | null {
  const open = params.get("open");
  if (!open) return null;
  return { open, viewer: params.get("viewer") || undefined, version: params.get("version") || undefined };
}

/** The query string with the viewer parameters set (or removed with null), everything else kept. */
export function searchWith(search: string | URLSearchParams, target: ViewerTarget | null): string {
  const params = new URLSearchParams(search);
  for (const k of KEYS) params.delete(k);
  if (target) {
    params.set("open", target.open);
    if (target.viewer) params.set("viewer", target.viewer);
    if (target.version) params.set("version", target.version);
  }
  return `?${params.toString()}`;
}

export const sameTarget = (a: ViewerTarget | null, b: ViewerTarget | null) =>
  a === b || (a !== null && b !== null && a.open === b.open && (a.viewer ?? "") === (b.viewer ?? "") && (a.version ?? "") === (b.version ?? ""));

/** Marks the history entries the app pushed to open a viewer: closing one goes Back. */
export const PUSHED = "viewerPushed";
