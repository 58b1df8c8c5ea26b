// The admin's viewer catalogue (`file_viewers` of the explorer site config) turned into what the app
// asks of it: which viewers may open an extension here, and a viewer by id. Pure, unit-tested.
import { hasGroupPerm } from "../../lib/capabilities";

export type ViewerType = "builtin" | "wopi" | "custom";
export type ViewerPlatform = "pc" | "mobile" | "all";

export interface ViewerDef {
  id: string;
  type: ViewerType;
  /** A plain name or one of the official frontend's i18n keys (`fileManager.pdfViewer`). */
  displayName: string;
  /** Lower-case, without the dot. */
  exts: string[];
  url?: string;
  icon?: string;
  props: Record<string, string>;
  /** Bytes above which the viewer warns before opening (0 = no limit). */
  maxSize: number;
  platform: ViewerPlatform;
  requiredGroupPermission: number[];
  templates: { ext: string; displayName: string }[];
}

export interface Catalogue {
  /** Every usable viewer, in the admin's order. */
  viewers: ViewerDef[];
  byId: ReadonlyMap<string, ViewerDef>;
  byExt: ReadonlyMap<string, ViewerDef[]>;
  /** The admin's default viewer per extension (newer servers only). */
  defaults: Readonly<Record<string, string>>;
}

export interface CatalogueEnv {
  /** The caller's group permission boolset (the anonymous group for visitors). */
  groupPermission: string | undefined;
  /** A phone-sized screen: viewers for `pc` only are left out, and the other way round. */
  mobile: boolean;
}

export const EMPTY_CATALOGUE: Catalogue = { viewers: [], byId: new Map(), byExt: new Map(), defaults: {} };

/** See parseCatalogue: the zip listing (archive/ArchiveViewer). */
const APP_VIEWERS: readonly ViewerDef[] = [
  {
    id: "archive",
    type: "builtin",
    displayName: "fileManager.archivePreview",
    exts: ["zip"],
    props: {},
    maxSize: 0,
    platform: "all",
    requiredGroupPermission: [],
    templates: [],
  },
];

const TYPES = new Set<string>(["builtin", "wopi", "custom"]);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === "string" ? v : undefined);

/** One catalogue entry, or undefined when it is malformed: a bad entry must not hide the good ones. */
export function parseViewer(raw: unknown): ViewerDef | undefined {
  if (!isRecord(raw)) return undefined;
  const id = str(raw.id);
  const type = str(raw.type);
  if (!id || !type || !TYPES.has(type) || !Array.isArray(raw.exts)) return undefined;
  const exts = [...new Set(raw.exts.filter((e): e is string => typeof e === "string" && e !== "").map((e) => e.replace(/^\./, "").toLowerCase()))];
  // Props are text; flags an admin wrote as JSON booleans (`openInNew: true`) are kept as "true".
  const props = isRecord(raw.props)
    ? Object.fromEntries(Object.entries(raw.props).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : typeof v === "boolean" ? [[k, String(v)]] : [])))
    : {};
  const platform = raw.platform === "pc" || raw.platform === "mobile" ? raw.platform : "all";
  const templates = Array.isArray(raw.templates)
    ? raw.templates.flatMap((t) => (isRecord(t) && str(t.ext) ? [{ ext: str(t.ext)!, displayName: str(t.display_name) ?? str(t.ext)! }] : []))
    : [];
  return {
    id,
    type: type as ViewerType,
    displayName: str(raw.display_name) || id,
    exts,
    ...(str(raw.url) ? { url: str(raw.url) } : {}),
    ...(str(raw.icon) ? { icon: str(raw.icon) } : {}),
    props,
    maxSize: typeof raw.max_size === "number" && raw.max_size > 0 ? raw.max_size : 0,
    platform,
    requiredGroupPermission: Array.isArray(raw.required_group_permission)
      ? raw.required_group_permission.filter((n): n is number => Number.isInteger(n) && n >= 0)
      : [],
    templates,
  };
}

/** Whether this caller on this screen may use the viewer (the official frontend's rules). */
export function usable(v: ViewerDef, env: CatalogueEnv, disabled = false): boolean {
  if (disabled) return false;
  if (v.platform !== "all" && v.platform !== (env.mobile ? "mobile" : "pc")) return false;
  return v.requiredGroupPermission.every((bit) => hasGroupPerm(env.groupPermission, bit as Parameters<typeof hasGroupPerm>[1]));
}

/**
 * Builds the catalogue from the explorer section of the site config. Read defensively: the admin
 * edits it as JSON, and newer servers add fields (`platform`, `required_group_permission`,
 * `default_viewer_mapping`) a 4.0 server does not send.
 */
export function parseCatalogue(config: { file_viewers?: unknown; default_viewer_mapping?: unknown } | undefined, env: CatalogueEnv): Catalogue {
  const groups: unknown[] = Array.isArray(config?.file_viewers) ? config.file_viewers : [];
  const viewers: ViewerDef[] = [];
  const byId = new Map<string, ViewerDef>();
  const byExt = new Map<string, ViewerDef[]>();
  for (const group of groups) {
    const list: unknown[] = isRecord(group) && Array.isArray(group.viewers) ? group.viewers : [];
    for (const raw of list) {
      const v = parseViewer(raw);
      // The first of two entries with one id wins, as the server's session lookup does.
      if (!v || byId.has(v.id) || !usable(v, env, isRecord(raw) && raw.disabled === true)) continue;
      viewers.push(v);
      byId.set(v.id, v);
      for (const ext of v.exts) byExt.set(ext, [...(byExt.get(ext) ?? []), v]);
    }
  }
  // Viewers of this app's own for kinds the admin's catalogue leaves without one (the server has
  // no archive viewer entry). Reachable by id and extension, not listed among the admin's viewers.
  for (const v of APP_VIEWERS) {
    if (byId.has(v.id) || v.exts.some((e) => byExt.has(e))) continue;
    byId.set(v.id, v);
    for (const ext of v.exts) byExt.set(ext, [v]);
  }
  const mapping = config?.default_viewer_mapping;
  const defaults = isRecord(mapping)
    ? Object.fromEntries(
        Object.entries(mapping)
          .filter((e): e is [string, string] => typeof e[1] === "string")
          .map(([k, v]) => [k.toLowerCase(), v]),
      )
    : {};
  return { viewers, byId, byExt, defaults };
}
