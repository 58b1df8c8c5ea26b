// Explorer preferences kept with the account's local settings (beside the view settings of
// listing/localViews.ts), so they follow the account on this browser and not across devices.
import { useSyncExternalStore } from "react";
import { sessionStore } from "../../../api/session";

export interface ExplorerPrefs {
  /** A single click on a folder opens it (off: it selects, and a double click opens). */
  singleClickOpensFolders: boolean;
  /** The drawer's folder tree expands to show the folder being browsed. */
  treeAutoExpand: boolean;
}

/** Setting keys in the account's local settings; a key never set means the default. views/useViewEvents.ts reads the first by its key. */
const KEYS: Record<keyof ExplorerPrefs, string> = {
  singleClickOpensFolders: "explorer_single_click_open",
  treeAutoExpand: "explorer_tree_auto_expand",
};

const DEFAULTS: ExplorerPrefs = { singleClickOpensFolders: false, treeAutoExpand: true };

export function readExplorerPrefs(): ExplorerPrefs {
  const s = sessionStore.settings();
  const pick = (k: keyof ExplorerPrefs) => (typeof s[KEYS[k]] === "boolean" ? (s[KEYS[k]] as boolean) : DEFAULTS[k]);
  return { singleClickOpensFolders: pick("singleClickOpensFolders"), treeAutoExpand: pick("treeAutoExpand") };
}

export function setExplorerPref<K extends keyof ExplorerPrefs>(key: K, value: ExplorerPrefs[K]): void {
  sessionStore.setSetting(KEYS[key], value);
}

/** One preference, re-rendering when it changes (here or in another tab). */
export function useExplorerPref<K extends keyof ExplorerPrefs>(key: K): ExplorerPrefs[K] {
  return useSyncExternalStore(sessionStore.subscribe, () => readExplorerPrefs()[key]);
}

/**
 * Where Details loads map tiles from to show a photo's place: nowhere (the default — no third
 * party learns what the user looks at), OpenStreetMap's tile servers, or a tile URL template of
 * the user's choice. Kept beside the other preferences, as strings, so the hooks compare cheaply.
 */
export type MapTileSource = "off" | "osm" | "custom";
const MAP_SOURCE_KEY = "explorer_map_tiles";
const MAP_TEMPLATE_KEY = "explorer_map_tile_url";
export const OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

/** A tile URL template: an http(s) address or a path of this site, with {z}, {x} and {y}. */
export function isTileTemplate(v: string): boolean {
  const t = v.trim();
  if (!["{z}", "{x}", "{y}"].every((p) => t.includes(p))) return false;
  if (t.startsWith("/") && !t.startsWith("//")) return true;
  try {
    const u = new URL(t.replace(/[{}]/g, ""));
    return u.protocol === "https:" || u.protocol === "http:";
  } catch {
    return false;
  }
}

export function readMapTiles(): { source: MapTileSource; template: string } {
  const s = sessionStore.settings();
  const source = s[MAP_SOURCE_KEY];
  const template = typeof s[MAP_TEMPLATE_KEY] === "string" ? (s[MAP_TEMPLATE_KEY] as string) : "";
  return { source: source === "osm" || source === "custom" ? source : "off", template };
}

export function setMapTiles(source: MapTileSource, template?: string): void {
  sessionStore.setSetting(MAP_SOURCE_KEY, source);
  if (template !== undefined) sessionStore.setSetting(MAP_TEMPLATE_KEY, template.trim());
}

/** The tile URL template in use, or "" when maps are off (or the custom template is unusable). */
export function useMapTileUrl(): string {
  return useSyncExternalStore(sessionStore.subscribe, () => {
    const { source, template } = readMapTiles();
    if (source === "osm") return OSM_TILES;
    return source === "custom" && isTileTemplate(template) ? template.trim() : "";
  });
}

export function useMapTiles(): { source: MapTileSource; template: string } {
  const source = useSyncExternalStore(sessionStore.subscribe, () => readMapTiles().source);
  const template = useSyncExternalStore(sessionStore.subscribe, () => readMapTiles().template);
  return { source, template };
}
