import { encodeBits } from "../core/boolset.ts";
import { encodeId, IdType } from "../core/ids.ts";
import type { State } from "../state/state.ts";
import type { User } from "../state/types.ts";
import { goTime } from "./paging.ts";

/**
 * Background tasks ("workflows") the way the real server's queue runs them (`pkg/queue`):
 * a task is created `queued`, a worker turns it `processing` and runs one iteration (`Do`), which
 * ends `completed`, `error`, or `suspending` (a phase change or a retry), after which the task is
 * queued again until its resume time. Failed iterations are retried up to five times with a
 * doubling delay (200 ms, 400 ms, …) unless the error is marked non-retryable; a Go panic inside an
 * iteration ends the task at once with "panic error: …". Progress is only known while the task
 * sits in the in-process registry, i.e. until it ends.
 *
 * Test mode can pause the runner and step tasks one transition at a time (see testRoutes.ts).
 */

export type TaskStatus = "queued" | "processing" | "suspending" | "error" | "canceled" | "completed";
export type TaskType = "create_archive" | "extract_archive" | "remote_download" | "import";

export interface Progress {
  total: number;
  current: number;
  identifier: string;
}

/** An error the queue does not retry (`queue.CriticalErr`); the message already names it. */
export class CriticalTaskError extends Error {}
/** A Go runtime panic inside an iteration: no retry, the task errors with "panic error: <msg>". */
export class TaskPanic extends Error {}

export const critical = (msg: string) => new CriticalTaskError(`${msg} (non-retryable error)`);

export interface Summary {
  nodeId: number;
  phase: string;
  props: Record<string, unknown>;
}

export interface TaskKind {
  /** One iteration; returns the status the task moves to. Throws to fail (see the error classes). */
  run(task: Task, runner: TaskRunner): Promise<TaskStatus>;
  /** Summary of a private state as last saved. */
  summarize(saved: Record<string, unknown>, server: State): Summary;
  /** Runs once the task has ended (temp files). */
  cleanup?(task: Task, server: State): void;
}

export interface Task {
  id: number;
  type: TaskType;
  owner: User;
  status: TaskStatus;
  createdAt: Date;
  updatedAt: Date;
  /** Working private state, changed by iterations. */
  state: Record<string, unknown>;
  /** Private state as saved at the end of the last iteration: what responses summarise. */
  saved: string;
  error: string;
  errorHistory: string[];
  executedMs: number;
  /** Unix seconds; 0 = never set. */
  resumeTime: number;
  retryCount: number;
  progress: Record<string, Progress>;
  /** In the in-process registry (progress, cancel and file selection find it there). */
  registered: boolean;
  kind: TaskKind;
  /** Serialises transitions of one task. */
  busy?: Promise<void>;
  /** A runner loop is moving this task along. */
  driving?: boolean;
}

const TERMINAL = new Set<TaskStatus>(["completed", "error", "canceled"]);

export class TaskRunner {
  readonly tasks = new Map<number, Task>();
  private nextId = 1;
  paused = false;
  /** Pause before each transition when running on its own, so a client can watch the states. */
  stepDelayMs = 50;
  maxRetry = 5;

  constructor(readonly state: State) {}

  /** `QueueTask` of a new task: it gets an id, becomes `queued` and enters the registry. */
  submit(type: TaskType, owner: User, kind: TaskKind, state: Record<string, unknown>): Task {
    const now = new Date();
    const task: Task = {
      id: this.nextId++,
      type,
      owner,
      status: "queued",
      createdAt: now,
      updatedAt: now,
      state,
      saved: JSON.stringify(state),
      error: "",
      errorHistory: [],
      executedMs: 0,
      resumeTime: 0,
      retryCount: 0,
      progress: {},
      registered: true,
      kind,
    };
    this.tasks.set(task.id, task);
    void this.drive(task);
    return task;
  }

  /** Sets the next resume time (`ResumeAfter`). */
  resumeAfter(task: Task, ms: number): void {
    task.resumeTime = Math.floor((Date.now() + ms) / 1000);
  }

  /** Lets tasks run on their own again (after a pause). */
  resume(): void {
    this.paused = false;
    for (const t of this.tasks.values()) if (!TERMINAL.has(t.status)) void this.drive(t);
  }

  private async drive(task: Task): Promise<void> {
    if (task.driving) return;
    task.driving = true;
    try {
      await this.loop(task);
    } finally {
      task.driving = false;
    }
  }

  private async loop(task: Task): Promise<void> {
    while (!this.paused && !TERMINAL.has(task.status)) {
      await sleep(this.stepDelayMs);
      if (task.status === "queued" || task.status === "suspending") {
        const wait = task.resumeTime * 1000 - Date.now();
        if (wait > 0) await sleep(Math.min(wait + 1, 1000));
        if (task.resumeTime * 1000 > Date.now()) continue;
      }
      if (this.paused) return;
      await this.step(task);
    }
  }

  /**
   * One visible transition: a waiting task is picked up (`processing`), a processing task runs one
   * iteration and moves on. Used by the runner and by the test hook that advances a paused task.
   */
  async step(task: Task): Promise<void> {
    const prev = task.busy ?? Promise.resolve();
    let done!: () => void;
    task.busy = new Promise((r) => (done = r));
    await prev;
    try {
      if (TERMINAL.has(task.status)) return;
      if (task.status !== "processing") return this.transit(task, "processing");
      await this.iterate(task);
    } finally {
      done();
    }
  }

  private async iterate(task: Task): Promise<void> {
    const started = Date.now();
    let next: TaskStatus;
    try {
      next = await task.kind.run(task, this);
    } catch (e) {
      const err = e instanceof Error ? e : new Error(String(e));
      task.saved = JSON.stringify(task.state);
      if (err instanceof TaskPanic) return this.fail(task, `panic error: ${err.message}`, started);
      if (!(err instanceof CriticalTaskError) && this.maxRetry - task.retryCount > 0) {
        task.errorHistory.push(err.message);
        task.retryCount++;
        // jpillora/backoff with the queue's factor 2 and the default 100 ms minimum.
        this.resumeAfter(task, 100 * 2 ** task.retryCount);
        task.executedMs += Date.now() - started;
        return this.transit(task, "suspending");
      }
      return this.fail(task, err.message, started);
    }
    // Panics skip this: the state of a panicking iteration is never saved.
    task.saved = JSON.stringify(task.state);
    task.executedMs += Date.now() - started;
    this.transit(task, next);
  }

  private fail(task: Task, message: string, started: number): void {
    task.error = message;
    task.executedMs += Date.now() - started;
    this.transit(task, "error");
  }

  private transit(task: Task, to: TaskStatus): void {
    task.status = to;
    task.updatedAt = new Date();
    if (TERMINAL.has(to)) {
      task.registered = false;
      task.kind.cleanup?.(task, this.state);
    }
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms).unref?.());

const runners = new WeakMap<State, TaskRunner>();

export function runnerOf(state: State): TaskRunner {
  let r = runners.get(state);
  if (!r) runners.set(state, (r = new TaskRunner(state)));
  return r;
}

/** The master node every community install has (`migrateMasterNode`). */
export function masterNodeJson(): Record<string, unknown> {
  // Capabilities: create archive (1), extract archive (2), remote download (3).
  return { id: encodeId(IdType.node, 1), name: "Master", type: "master", capabilities: encodeBits([1, 2, 3]) };
}

/** TaskResponse (docs/server-behaviour.md, "Background tasks"). `withNode`: listings name the node a task's saved state points at. */
export function taskJson(state: State, task: Task, withNode: boolean): Record<string, unknown> {
  let summary: Summary | undefined;
  try {
    summary = task.kind.summarize(JSON.parse(task.saved) as Record<string, unknown>, state);
  } catch {
    summary = undefined;
  }
  const out: Record<string, unknown> = {
    created_at: goTime(task.createdAt),
    updated_at: goTime(task.updatedAt),
    id: encodeId(IdType.task, task.id),
    status: task.status,
    type: task.type,
  };
  if (withNode && summary && summary.nodeId === 1) out.node = masterNodeJson();
  if (summary) {
    const s: Record<string, unknown> = {};
    if (summary.phase) s.phase = summary.phase;
    s.props = summary.props;
    out.summary = s;
  }
  if (task.error) out.error = redact(task.error);
  if (task.errorHistory.length) out.error_history = task.errorHistory.map(redact);
  if (task.executedMs > 0) out.duration = task.executedMs;
  if (task.resumeTime > 0) out.resume_time = task.resumeTime;
  if (task.retryCount > 0) out.retry_count = task.retryCount;
  return out;
}

/** Signed URLs in error texts lose their signature, as `auth.RedactSensitiveValues` does. */
function redact(s: string): string {
  return s.replace(/([?&]sign=)[^&\s"]*/g, "$1REDACTED");
}
