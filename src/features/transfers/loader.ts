// The single door to the lazily loaded upload engine: everything eager calls through here, so the
// engine, its drivers and the panel stay out of first-load JS until someone uploads.
import type { UploadManager } from "./engine/manager";
import type { UploadEntry } from "./entries";
import { setPanelOpen } from "./summary";

let engine: Promise<UploadManager> | undefined;
let loaded = false;
const listeners = new Set<() => void>();

export function loadEngine(): Promise<UploadManager> {
  engine ??= import("./engine/manager").then((m) => {
    m.uploads.restore();
    // Unfinished uploads from an earlier visit: show them, they wait for their files.
    if (m.uploads.getSnapshot().tasks.length > 0) setPanelOpen(true);
    loaded = true;
    listeners.forEach((l) => l());
    return m.uploads;
  });
  return engine;
}

export const engineLoaded = () => loaded;

export function onEngineLoaded(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** Queues files for upload below `folder` (a cloudreve:// folder URI) and shows the panel. */
export function enqueueUpload(folder: string, entries: readonly UploadEntry[]): Promise<void> {
  if (entries.length === 0) return Promise.resolve();
  setPanelOpen(true);
  return loadEngine().then((m) => m.enqueue(folder, entries));
}
