// Where view changes live when they are not (or not yet) on the server.
//  - "persistent": folders whose view cannot be saved on the server (not owned, view sync off,
//    search results): kept per folder in the account's local settings, so a reload restores them.
//  - "session": folders whose view was saved with PATCH /file/view; kept in memory until reload so
//    the listing does not wait for the server round trip, after which the server's view rules.
import { useSyncExternalStore } from "react";
import { sessionStore } from "../../../api/session";
import type { ViewOverride } from "./viewSettings";

const SETTING_KEY = "explorer_views";
/** Bounded so local storage does not grow with every folder ever visited. */
const MAX_FOLDERS = 300;

const session = new Map<string, ViewOverride>();
const listeners = new Set<() => void>();
let version = 0;

function emit() {
  version++;
  listeners.forEach((l) => l());
}

function persisted(): Record<string, ViewOverride> {
  const raw = sessionStore.settings()[SETTING_KEY];
  return raw && typeof raw === "object" ? (raw as Record<string, ViewOverride>) : {};
}

export const localViews = {
  get(folderKey: string): ViewOverride | undefined {
    return session.get(folderKey) ?? persisted()[folderKey];
  },
  setPersistent(folderKey: string, patch: ViewOverride): void {
    const all = { ...persisted() };
    const next = { ...all[folderKey], ...patch };
    delete all[folderKey];
    all[folderKey] = next; // re-inserted last: the most recently used folders survive trimming
    const keys = Object.keys(all);
    for (const k of keys.slice(0, Math.max(0, keys.length - MAX_FOLDERS))) delete all[k];
    sessionStore.setSetting(SETTING_KEY, all);
    emit();
  },
  setSession(folderKey: string, patch: ViewOverride): void {
    session.set(folderKey, { ...session.get(folderKey), ...patch });
    emit();
  },
  /** Defaults for folders the user has never configured (like the official "new folder" defaults). */
  subscribe(l: () => void) {
    listeners.add(l);
    const unsub = sessionStore.subscribe(l);
    return () => {
      listeners.delete(l);
      unsub();
    };
  },
  version: () => version,
};

/** Re-renders when any local view changes and returns the override of `folderKey`. */
export function useLocalView(folderKey: string): ViewOverride | undefined {
  useSyncExternalStore(localViews.subscribe, localViews.version);
  useSyncExternalStore(sessionStore.subscribe, sessionStore.snapshot);
  return localViews.get(folderKey);
}
