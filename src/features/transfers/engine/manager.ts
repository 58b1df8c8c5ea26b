// The upload manager: owns the queue and answers the panel's actions. Scheduling rules and state
// moves come from queue.ts (pure, unit-tested); what one upload's run does is runTask.ts, the
// checks before sending batchCheck.ts, resume records persistence.ts, the panel's view snapshot.ts.
import { sessionStore } from "../../../api/session";
import { validateName, type CrUri } from "../../../lib/uri";
import type { UploadEntry } from "../entries";
import { ensureBatch } from "./batchCheck";
import { fingerprint, sameFile } from "./fingerprint";
import { pathSegments } from "./names";
import { newTask, safeTarget } from "./newTask";
import { forgetTask, restoredTasks } from "./persistence";
import { BUSY_STATES, clampConcurrency, DEFAULT_FILE_CONCURRENCY, isTerminal, pickToStart, transition, type UploadEvent } from "./queue";
import type { ResumeRecord } from "./resumeStore";
import { runTask, stopProgress, type TaskHost } from "./runTask";
import { deleteSession } from "./serverApi";
import { SnapshotPublisher, type Snapshot } from "./snapshot";
import type { Batch, ConflictChoice, Task, TaskError } from "./task";

const SETTING_KEY = "concurrent_limit";

export class UploadManager {
  private tasks = new Map<string, Task>();
  private batches = 0;
  private publisher = new SnapshotPublisher(this.tasks, () => this.concurrency);
  /** Folders changed before the host was there to refresh them (a quick upload can finish first). */
  private unseenChanges = new Set<string>();
  private onFilesChanged: (folder: string) => void = (folder) => this.unseenChanges.add(folder);
  private host: TaskHost = {
    move: (task, event) => this.move(task, event),
    reject: (task, error) => this.rejectTask(task, error),
    applyChoice: (task, choice) => this.applyChoice(task, choice),
    ensureBatch: (batch) => this.ensureBatch(batch),
    progressed: (task) => this.publisher.progressed(task),
    changed: () => this.publisher.changed(),
    pump: () => this.pump(),
    filesChanged: (folder) => this.onFilesChanged(folder),
  };

  // ---- subscription -------------------------------------------------------------------------

  subscribe = (listener: () => void): (() => void) => this.publisher.subscribe(listener);

  getSnapshot = (): Snapshot => this.publisher.getSnapshot();

  /** Called when uploads finish in a folder (the host invalidates listings and the quota). */
  setFilesChangedHandler(fn: (folder: string) => void): void {
    this.onFilesChanged = fn;
    for (const folder of this.unseenChanges) fn(folder);
    this.unseenChanges.clear();
  }

  get concurrency(): number {
    return clampConcurrency(sessionStore.settings()[SETTING_KEY], DEFAULT_FILE_CONCURRENCY);
  }

  setConcurrency(n: number): void {
    sessionStore.setSetting(SETTING_KEY, clampConcurrency(n));
    this.publisher.changed();
    this.pump();
  }

  // ---- adding -------------------------------------------------------------------------------

  /** Adds files below `folder`; a file matching an unfinished upload continues it. */
  enqueue(folder: string, entries: readonly UploadEntry[]): void {
    if (entries.length === 0) return;
    const batch: Batch = { id: ++this.batches, folder };
    const fresh: Task[] = [];
    for (const entry of entries) {
      const requested = safeTarget(folder, entry.path);
      const resumable = requested && this.findResumable(requested, entry.file);
      if (resumable) {
        void this.reselect(resumable.id, entry.file);
        continue;
      }
      const task = newTask(batch, entry.path, requested ?? undefined, entry.file.size, entry.file.lastModified);
      task.file = entry.file;
      if (!requested || !pathSegments(entry.path).every((s) => validateName(s) === null)) {
        task.state = "rejected";
        task.error = { kind: "invalidName" };
      }
      fresh.push(task);
    }
    for (const t of fresh) this.tasks.set(t.id, t);
    this.publisher.changed();
    // Check the whole batch against the policy and quota before anything is sent.
    void this.ensureBatch(batch).catch(() => {});
    this.pump();
  }

  /** Lists uploads left unfinished by an earlier page load, waiting for their files. */
  restore(): void {
    const known = new Set([...this.tasks.values()].map((t) => t.requested.toString()));
    for (const task of restoredTasks(known, () => ++this.batches)) this.tasks.set(task.id, task);
    this.publisher.emit();
  }

  private findResumable(requested: CrUri, file: File): Task | undefined {
    const key = requested.toString();
    return [...this.tasks.values()].find(
      (t) => t.state === "resumable" && t.requested.toString() === key && t.size === file.size && t.lastModified === file.lastModified,
    );
  }

  /** Gives a restored row its file back; a different file is refused (the row keeps waiting). */
  async reselect(id: string, file: File): Promise<boolean> {
    const task = this.tasks.get(id);
    if (!task || task.state !== "resumable") return false;
    const print = await fingerprint(file);
    if (!task.fingerprint || !sameFile(task.fingerprint, print)) {
      task.error = { kind: "differentFile" };
      this.publisher.changed();
      return false;
    }
    task.file = file;
    task.error = undefined;
    this.move(task, "reselect");
    this.pump();
    return true;
  }

  // ---- user actions -------------------------------------------------------------------------

  pause(id: string): void {
    const task = this.tasks.get(id);
    if (!task || !this.move(task, "pause")) return;
    task.controller?.abort();
    stopProgress(task);
    this.pump();
  }

  resume(id: string): void {
    const task = this.tasks.get(id);
    if (task && this.move(task, "resume")) this.pump();
  }

  /** Stops the upload and removes its placeholder from the server (DELETE /file/upload). */
  cancel(id: string): void {
    const task = this.tasks.get(id);
    if (!task || !this.move(task, "cancel")) return;
    task.controller?.abort();
    stopProgress(task);
    forgetTask(task);
    const session = task.session;
    task.session = undefined;
    if (session) {
      deleteSession(session.session_id, session.uri)
        .catch(() => {
          // Already gone (expired or completed): nothing left to clean.
        })
        .finally(() => this.onFilesChanged(task.batch.folder));
    }
    this.pump();
  }

  retry(id: string): void {
    const task = this.tasks.get(id);
    if (!task || !this.move(task, "retry")) return;
    task.error = undefined;
    task.restarted = false;
    this.pump();
  }

  retryAllFailed(): void {
    for (const t of this.tasks.values()) if (t.state === "failed") this.retry(t.id);
  }

  pauseAll(): void {
    for (const t of this.tasks.values()) if (t.state === "queued" || t.state === "uploading" || t.state === "preparing") this.pause(t.id);
  }

  resumeAll(): void {
    for (const t of this.tasks.values()) if (t.state === "paused") this.resume(t.id);
  }

  cancelAll(): void {
    for (const t of [...this.tasks.values()]) if (!isTerminal(t.state)) this.cancel(t.id);
  }

  /** Removes finished, cancelled, skipped and refused rows. */
  clearFinished(): void {
    for (const [id, t] of this.tasks) if (isTerminal(t.state)) this.tasks.delete(id);
    this.publisher.changed();
  }

  resolveConflict(id: string, choice: ConflictChoice, applyToAll: boolean): void {
    const task = this.tasks.get(id);
    if (!task || task.state !== "conflict") return;
    if (applyToAll) {
      task.batch.conflictChoice = choice;
      for (const t of this.tasks.values()) if (t.batch === task.batch && t.state === "conflict") this.applyChoice(t, choice);
    } else this.applyChoice(task, choice);
    this.pump();
  }

  private applyChoice(task: Task, choice: ConflictChoice): void {
    if (choice === "skip") {
      this.move(task, "skip");
      return;
    }
    if (choice === "overwrite") task.entityType = "version";
    else task.renaming = true;
    this.move(task, "resolve");
  }

  /** Whether closing the page now would lose uploads on their way. */
  get busy(): boolean {
    for (const t of this.tasks.values()) if (BUSY_STATES.has(t.state)) return true;
    return false;
  }

  // ---- running ------------------------------------------------------------------------------

  private pump(): void {
    for (const id of pickToStart(this.tasks.values(), this.concurrency)) void runTask(this.tasks.get(id)!, this.host);
  }

  private ensureBatch(batch: Batch): Promise<void> {
    const unchecked = () => [...this.tasks.values()].filter((t) => t.batch === batch && !t.checked && (t.state === "queued" || t.state === "preparing"));
    return ensureBatch(batch, unchecked, (task, error) => this.rejectTask(task, error));
  }

  private rejectTask(task: Task, error: TaskError): void {
    if (this.move(task, "reject")) task.error = error;
  }

  private move(task: Task, event: UploadEvent): boolean {
    const next = transition(task.state, event);
    if (!next) return false;
    task.state = next;
    this.publisher.changed();
    return true;
  }
}

export type { ResumeRecord, Snapshot };

/** The one manager of this page. */
export const uploads = new UploadManager();
