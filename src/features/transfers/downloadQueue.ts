// Progress of a one-by-one multi-file download (when the group may not download zip archives):
// which files were handed to the browser, which are waiting, which failed. The queue panel shows it.
import { useSyncExternalStore } from "react";

export type DownloadItemState = "waiting" | "started" | "failed";

export interface DownloadItem {
  id: string;
  name: string;
  state: DownloadItemState;
  /** Localised reason when failed. */
  error?: string;
}

let items: readonly DownloadItem[] = [];
const listeners = new Set<() => void>();

function set(next: readonly DownloadItem[]): void {
  items = next;
  listeners.forEach((l) => l());
}

export const downloadQueue = {
  add(names: { id: string; name: string }[]): void {
    set([...items.filter((i) => i.state === "waiting"), ...names.map((n) => ({ ...n, state: "waiting" as const }))]);
  },
  update(id: string, patch: Partial<DownloadItem>): void {
    set(items.map((i) => (i.id === id ? { ...i, ...patch } : i)));
  },
  clear(): void {
    set(items.filter((i) => i.state === "waiting"));
  },
  snapshot: () => items,
  subscribe(l: () => void): () => void {
    listeners.add(l);
    return () => listeners.delete(l);
  },
};

export function useDownloadItems(): readonly DownloadItem[] {
  return useSyncExternalStore(downloadQueue.subscribe, downloadQueue.snapshot);
}
