// The life cycle of one upload and the file-level scheduling, as pure functions: the manager
// (manager.ts) does the I/O and asks these which moves are legal and what to start next.

export type UploadState =
  /** Waiting for a free slot. */
  | "queued"
  /** Checking the name, creating (or re-using) the upload session. */
  | "preparing"
  /** Sending chunks. */
  | "uploading"
  /** Completing with the storage provider / calling back the server. */
  | "finishing"
  /** Stopped by the user; the session and the acknowledged chunks are kept. */
  | "paused"
  /** The name exists; waiting for the user's choice. */
  | "conflict"
  /** Left unfinished before a reload; continues when the user selects the same file again. */
  | "resumable"
  | "done"
  | "failed"
  | "canceled"
  | "skipped"
  /** Refused before any request (size, type, name, quota). */
  | "rejected";

export type UploadEvent =
  | "start"
  | "sessionReady"
  | "finish"
  | "complete"
  | "fail"
  | "pause"
  | "resume"
  | "cancel"
  | "retry"
  | "conflict"
  | "resolve"
  | "skip"
  | "reject"
  | "reselect";

const TABLE: Record<UploadState, Partial<Record<UploadEvent, UploadState>>> = {
  queued: { start: "preparing", pause: "paused", cancel: "canceled", reject: "rejected" },
  preparing: { sessionReady: "uploading", conflict: "conflict", fail: "failed", pause: "paused", cancel: "canceled", reject: "rejected" },
  uploading: { finish: "finishing", complete: "done", fail: "failed", pause: "paused", cancel: "canceled" },
  // Completion is one short request that cannot be paused half-way; it can still be abandoned.
  finishing: { complete: "done", fail: "failed", cancel: "canceled" },
  paused: { resume: "queued", cancel: "canceled" },
  conflict: { resolve: "queued", skip: "skipped", cancel: "canceled" },
  resumable: { reselect: "queued", cancel: "canceled" },
  failed: { retry: "queued", cancel: "canceled" },
  done: {},
  canceled: {},
  skipped: {},
  rejected: {},
};

/** The state after `event`, or null when the event is not allowed in `state`. */
export function transition(state: UploadState, event: UploadEvent): UploadState | null {
  return TABLE[state][event] ?? null;
}

export const can = (state: UploadState, event: UploadEvent) => transition(state, event) !== null;

/** States that hold one of the file-concurrency slots. */
export const ACTIVE_STATES: ReadonlySet<UploadState> = new Set(["preparing", "uploading", "finishing"]);
/** Nothing more will happen without the user clearing the row. */
export const TERMINAL_STATES: ReadonlySet<UploadState> = new Set(["done", "canceled", "skipped", "rejected"]);
/** States in which closing the page loses work that is on its way. */
export const BUSY_STATES: ReadonlySet<UploadState> = new Set(["queued", "preparing", "uploading", "finishing"]);

export const isActive = (s: UploadState) => ACTIVE_STATES.has(s);
export const isTerminal = (s: UploadState) => TERMINAL_STATES.has(s);

export interface Schedulable {
  id: string;
  state: UploadState;
}

/** Ids of queued tasks to start now, in queue order, so that at most `limit` are active. */
export function pickToStart(tasks: Iterable<Schedulable>, limit: number): string[] {
  const list = [...tasks];
  let free = clampConcurrency(limit) - list.filter((t) => isActive(t.state)).length;
  const out: string[] = [];
  for (const t of list) {
    if (free <= 0) break;
    if (t.state === "queued") {
      out.push(t.id);
      free--;
    }
  }
  return out;
}

export const MIN_CONCURRENCY = 1;
export const MAX_CONCURRENCY = 20;
export const DEFAULT_FILE_CONCURRENCY = 3;
export const DEFAULT_CHUNK_CONCURRENCY = 3;

/** A whole number in the range the settings menu offers; anything else falls back to the default. */
export function clampConcurrency(n: unknown, fallback = DEFAULT_FILE_CONCURRENCY): number {
  const v = typeof n === "number" ? n : Number(n);
  if (!Number.isFinite(v)) return fallback;
  return Math.min(MAX_CONCURRENCY, Math.max(MIN_CONCURRENCY, Math.floor(v)));
}

export interface Totals {
  bytes: number;
  sent: number;
  active: number;
  waiting: number;
  done: number;
  failed: number;
  count: number;
}

/** Aggregate figures for the panel header and the app-bar button; cancelled/skipped/rejected rows do not count. */
export function totals(tasks: Iterable<{ state: UploadState; size: number; sent: number }>): Totals {
  const t: Totals = { bytes: 0, sent: 0, active: 0, waiting: 0, done: 0, failed: 0, count: 0 };
  for (const task of tasks) {
    if (task.state === "canceled" || task.state === "skipped" || task.state === "rejected") continue;
    t.count++;
    t.bytes += task.size;
    t.sent += task.state === "done" ? task.size : Math.min(task.sent, task.size);
    if (isActive(task.state)) t.active++;
    else if (task.state === "queued") t.waiting++;
    else if (task.state === "done") t.done++;
    else if (task.state === "failed") t.failed++;
  }
  return t;
}
