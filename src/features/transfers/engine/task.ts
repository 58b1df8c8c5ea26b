// One upload as the manager tracks it, and the read-only view the panel renders.
import type { CrUri } from "../../../lib/uri";
import type { Fingerprint } from "./fingerprint";
import type { UploadState } from "./queue";
import type { SpeedMeter } from "./speed";
import type { UploadSession } from "./types";
import type { Rejection, UploadPolicy } from "./validate";

export type ConflictChoice = "overwrite" | "rename" | "skip";

export type TaskError =
  | { kind: "rejected"; rejection: Rejection }
  /** An envelope error from our server (shown with the shared error texts). */
  | { kind: "api"; code: number; message: string }
  /** A transfer that failed after its retries (network, storage provider). */
  | { kind: "transfer"; message: string; status?: number }
  /** The re-selected file is not the one the unfinished upload started with. */
  | { kind: "differentFile" }
  /** The upload completed but the server's copy has another size (chunks lost on the way). */
  | { kind: "sizeMismatch"; stored: number; expected: number }
  /** The folder accepts no uploads (no storage policy in its listing). */
  | { kind: "notUploadable" }
  | { kind: "invalidName" };

/** Uploads added together (one pick, one drop): they share the folder, its policy and conflict answers. */
export interface Batch {
  id: number;
  folder: string;
  policy?: UploadPolicy;
  /** Policy and quota fetched and every task checked; memoised, cleared on failure so a retry refetches. */
  ready?: Promise<void>;
  /** "Apply to all" answer for name conflicts. */
  conflictChoice?: ConflictChoice;
}

export interface Task {
  id: string;
  batch: Batch;
  /** Missing for a row restored after a reload until the user selects the file again. */
  file?: File;
  /** Path below the folder as added, file name included. */
  relativePath: string;
  /** `<folder>/<relativePath>`: the key a re-selected file is matched by. */
  requested: CrUri;
  /** Where the file actually goes (differs after "keep both"). */
  uri: CrUri;
  size: number;
  lastModified: number;
  state: UploadState;
  error?: TaskError;
  session?: UploadSession;
  entityType: "" | "version";
  /** Keep trying "name (n)" on further conflicts without asking again. */
  renaming: boolean;
  renameCount: number;
  done: Set<number>;
  etags: (string | null)[];
  /** Bytes of acknowledged chunks. */
  acked: number;
  /** Bytes sent of chunks in flight, by index. */
  inflight: Map<number, number>;
  controller?: AbortController;
  meter: SpeedMeter;
  fingerprint?: Fingerprint;
  /** A lost session was already replaced once automatically. */
  restarted: boolean;
  /** Chunks that were already on the server when this run started (resume). */
  resumedFrom: number;
  /** Checked against the policy and quota. */
  checked: boolean;
}

export interface TaskView {
  id: string;
  name: string;
  /** Folder path shown under the name ("/Photos/2024"). */
  location: string;
  /** Where to navigate to show the file. */
  folderUri: string;
  size: number;
  sent: number;
  state: UploadState;
  /** Bytes per second, 0 when idle. */
  speed: number;
  /** Seconds, or null when unknown. */
  eta: number | null;
  error?: TaskError;
  resumedFrom: number;
}

export const sentBytes = (t: Task) => {
  let n = t.acked;
  for (const v of t.inflight.values()) n += v;
  return Math.min(n, t.size);
};
