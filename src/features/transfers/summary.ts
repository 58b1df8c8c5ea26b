// A tiny store the lazily loaded engine writes and the eager app-bar button reads, so the button can
// show progress without pulling the engine into first-load JS.
import { useSyncExternalStore } from "react";

export interface UploadSummary {
  /** Uploads running or waiting. */
  active: number;
  /** Overall progress 0–100 of the rows in the queue. */
  percent: number;
  /** The queue has rows (the panel can be shown). */
  visible: boolean;
}

let summary: UploadSummary = { active: 0, percent: 0, visible: false };
const listeners = new Set<() => void>();

export function publishSummary(next: UploadSummary): void {
  if (next.active === summary.active && next.percent === summary.percent && next.visible === summary.visible) return;
  summary = next;
  listeners.forEach((l) => l());
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export function useUploadSummary(): UploadSummary {
  return useSyncExternalStore(subscribe, () => summary);
}

/** Panel open/closed, shared by the app-bar button and the panel. */
let panelOpen = false;
const panelListeners = new Set<() => void>();

export function setPanelOpen(open: boolean): void {
  if (panelOpen === open) return;
  panelOpen = open;
  panelListeners.forEach((l) => l());
}

export function usePanelOpen(): boolean {
  return useSyncExternalStore(
    (l) => {
      panelListeners.add(l);
      return () => panelListeners.delete(l);
    },
    () => panelOpen,
  );
}
