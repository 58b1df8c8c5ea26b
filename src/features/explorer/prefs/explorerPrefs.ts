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
