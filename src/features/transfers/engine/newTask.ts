// Making task records: a new upload from a picked file, and target URIs that tolerate names the
// URI rules refuse (such a row is shown as refused instead of breaking the batch).
import { UriError, type CrUri } from "../../../lib/uri";
import { targetUri } from "./names";
import { SpeedMeter } from "./speed";
import type { Batch, Task } from "./task";

let seq = 0;
const newId = () => `u${++seq}`;

export function newTask(batch: Batch, relativePath: string, requested: CrUri | undefined, size: number, lastModified: number): Task {
  const fallback = requested ?? safeTarget(batch.folder, "") ?? undefined;
  return {
    id: newId(),
    batch,
    relativePath,
    requested: (requested ?? fallback)!,
    uri: (requested ?? fallback)!,
    size,
    lastModified,
    state: "queued",
    entityType: "",
    renaming: false,
    renameCount: 0,
    done: new Set(),
    etags: [],
    acked: 0,
    inflight: new Map(),
    meter: new SpeedMeter(),
    restarted: false,
    resumedFrom: 0,
    checked: false,
  };
}

/** `<folder>/<relativePath>`, or null when a name cannot be written in a URI. */
export function safeTarget(folder: string, relativePath: string): CrUri | null {
  try {
    return targetUri(folder, relativePath);
  } catch (e) {
    if (e instanceof UriError) return null;
    throw e;
  }
}

export function safeParse(uri: string): CrUri | null {
  return safeTarget(uri, "");
}
