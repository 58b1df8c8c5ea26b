import { useSyncExternalStore } from "react";
import { uploads, type Snapshot } from "../engine/manager";

export function useUploads(): Snapshot {
  return useSyncExternalStore(uploads.subscribe, uploads.getSnapshot);
}
