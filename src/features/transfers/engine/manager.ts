// The upload manager: owns the queue, runs the drivers, persists resume records and publishes a
// snapshot for the panel. Scheduling rules and state moves come from queue.ts (pure, unit-tested);
// everything here is the I/O around them.
import { ApiError, isApiError } from "../../../api/errors";
import { sessionStore } from "../../../api/session";
import { UriError, validateName, type CrUri } from "../../../lib/uri";
import type { UploadEntry } from "../entries";
import { publishSummary } from "../summary";
import { backoffDelay, isAbortError, sleep } from "./backoff";
import { chunkLength, planChunks, storedPrefix, type Chunk } from "./chunkPlan";
import { chunkConcurrency, driverFor } from "./drivers";
import type { DriverContext } from "./drivers/types";
import { currentUid } from "./auth";
import { fingerprint, sameFile } from "./fingerprint";
import { TransferError } from "./http";
import { numberedName, pathSegments, renamed, targetUri } from "./names";
import {
  BUSY_STATES,
  clampConcurrency,
  DEFAULT_CHUNK_CONCURRENCY,
  DEFAULT_FILE_CONCURRENCY,
  isActive,
  isTerminal,
  pickToStart,
  totals,
  transition,
  type Totals,
  type UploadEvent,
} from "./queue";
import { resumeStore, sessionAlive, type ResumeRecord } from "./resumeStore";
import { createSession, deleteSession, folderPolicy, remainingQuota, storedSize } from "./serverApi";
import { eta, SpeedMeter } from "./speed";
import { sentBytes, type Batch, type ConflictChoice, type Task, type TaskError, type TaskView } from "./task";
import { allocateQuota, checkAgainstPolicy } from "./validate";

export interface Snapshot {
  tasks: readonly TaskView[];
  totals: Totals;
  speed: number;
  eta: number | null;
  /** Uploads whose name exists, waiting for an answer (first one is asked). */
  conflicts: readonly TaskView[];
  concurrency: number;
}

const SETTING_KEY = "concurrent_limit";
const PROGRESS_EMIT_MS = 250;
const MAX_RENAMES = 100;
const COMPLETE_ATTEMPTS = 4;

/** Codes meaning "this session is gone": start a new one instead of failing (contract §8.20.2). */
const SESSION_GONE = new Set([40011]);

let seq = 0;
const newId = () => `u${++seq}`;

export class UploadManager {
  private tasks = new Map<string, Task>();
  private batches = 0;
  private listeners = new Set<() => void>();
  private snapshot: Snapshot;
  private emitQueued = false;
  private progressTimer: ReturnType<typeof setTimeout> | undefined;
  private meter = new SpeedMeter();
  /** Last view of each task: unchanged tasks keep theirs, so their rows skip re-rendering. */
  private views = new Map<string, TaskView>();
  /** Folders changed before the host was there to refresh them (a quick upload can finish first). */
  private unseenChanges = new Set<string>();
  private onFilesChanged: (folder: string) => void = (folder) => this.unseenChanges.add(folder);

  constructor() {
    this.snapshot = this.buildSnapshot();
  }

  // ---- subscription -------------------------------------------------------------------------

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): Snapshot => this.snapshot;

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
    this.changed();
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
      const task = this.newTask(batch, entry.path, requested ?? undefined, entry.file.size, entry.file.lastModified);
      task.file = entry.file;
      if (!requested || !pathSegments(entry.path).every((s) => validateName(s) === null)) {
        task.state = "rejected";
        task.error = { kind: "invalidName" };
      }
      fresh.push(task);
    }
    for (const t of fresh) this.tasks.set(t.id, t);
    this.changed();
    // Check the whole batch against the policy and quota before anything is sent.
    void this.ensureBatch(batch).catch(() => {});
    this.pump();
  }

  /** Lists uploads left unfinished by an earlier page load, waiting for their files. */
  restore(): void {
    const uid = currentUid();
    const batches = new Map<string, Batch>();
    for (const rec of resumeStore.list(uid)) {
      if ([...this.tasks.values()].some((t) => t.requested.toString() === rec.requested)) continue;
      let batch = batches.get(rec.folder);
      if (!batch) batches.set(rec.folder, (batch = { id: ++this.batches, folder: rec.folder, policy: rec.session.storage_policy }));
      const requested = safeTarget(rec.folder, rec.relativePath);
      if (!requested) continue;
      const task = this.newTask(batch, rec.relativePath, requested, rec.file.size, rec.file.lastModified);
      task.state = "resumable";
      task.session = rec.session;
      task.uri = safeParse(rec.uri) ?? requested;
      task.entityType = rec.entityType;
      task.fingerprint = rec.file;
      task.etags = rec.etags;
      task.checked = true;
      const chunks = planChunks(rec.file.size, rec.session.chunk_size);
      for (const i of rec.done) if (chunks[i]) task.done.add(i);
      if (driverFor(rec.session.storage_policy).ordered) keepStoredPrefix(task, chunks);
      else task.acked = [...task.done].reduce((sum, i) => sum + chunkLength(chunks[i]!), 0);
      this.tasks.set(task.id, task);
    }
    this.emit();
  }

  private newTask(batch: Batch, relativePath: string, requested: CrUri | undefined, size: number, lastModified: number): Task {
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
      this.changed();
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
    this.dropInflight(task);
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
    this.dropInflight(task);
    this.forget(task);
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
    this.changed();
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
    for (const id of pickToStart(this.tasks.values(), this.concurrency)) {
      const task = this.tasks.get(id)!;
      void this.run(task);
    }
  }

  /** Fetches the folder's policy and the quota once per batch and refuses what cannot be sent. */
  private ensureBatch(batch: Batch): Promise<void> {
    batch.ready ??= (async () => {
      const [policy, quota] = await Promise.all([folderPolicy(batch.folder), remainingQuota().catch(() => Infinity)]);
      batch.policy = policy;
      const pending = [...this.tasks.values()].filter((t) => t.batch === batch && !t.checked && (t.state === "queued" || t.state === "preparing"));
      const allowed: Task[] = [];
      for (const t of pending) {
        t.checked = true;
        const rejection = checkAgainstPolicy(policy, t.uri.name, t.size);
        if (!policy) this.rejectTask(t, { kind: "notUploadable" });
        else if (rejection) this.rejectTask(t, { kind: "rejected", rejection });
        else allowed.push(t);
      }
      // Quota is spent only on files the policy lets through.
      const verdicts = allocateQuota(
        allowed.map((t) => t.size),
        quota,
      );
      allowed.forEach((t, i) => {
        const rejection = verdicts[i];
        if (rejection) this.rejectTask(t, { kind: "rejected", rejection });
      });
      this.changed();
    })().catch((e) => {
      batch.ready = undefined;
      throw e;
    });
    return batch.ready;
  }

  private rejectTask(task: Task, error: TaskError): void {
    if (this.move(task, "reject")) task.error = error;
  }

  private async run(task: Task): Promise<void> {
    if (!this.move(task, "start")) return;
    const controller = new AbortController();
    task.controller = controller;
    try {
      await this.ensureBatch(task.batch);
      if (task.state !== "preparing") return;
      if (!task.checked) {
        // Paused or added after its batch was checked: check it on its own (quota was spent already).
        task.checked = true;
        const rejection = checkAgainstPolicy(task.batch.policy, task.uri.name, task.size);
        if (rejection) return this.rejectTask(task, { kind: "rejected", rejection });
      }
      if (!task.file) throw new TransferError("The file is no longer available", { retryable: false });
      if (task.session && !sessionAlive(task.session)) this.resetSession(task);
      if (!task.session) {
        const ok = await this.openSession(task, controller.signal);
        if (!ok) return;
      }
      if (!this.move(task, "sessionReady")) return;
      await this.transfer(task, task.file, controller.signal);
      if (!this.move(task, "complete")) return;
      this.forget(task);
      task.session = undefined;
      this.onFilesChanged(task.batch.folder);
    } catch (e) {
      if (isAbortError(e) || controller.signal.aborted) return;
      if (errorCode(e) !== undefined && SESSION_GONE.has(errorCode(e)!) && !task.restarted) {
        // The server lost the session (expired, restarted): start over cleanly, once, without asking.
        task.restarted = true;
        this.resetSession(task);
        if (this.move(task, "fail") && this.move(task, "retry")) return;
      }
      this.fail(task, e);
    } finally {
      if (task.controller === controller) task.controller = undefined;
      this.dropInflight(task);
      this.changed();
      this.pump();
    }
  }

  /** Creates the session; handles name conflicts. False when the task left "preparing". */
  private async openSession(task: Task, signal: AbortSignal): Promise<boolean> {
    const policy = task.batch.policy!;
    for (;;) {
      try {
        // Not abortable on purpose: once sent, the server may create the session; we need its id
        // to delete it if the user cancelled meanwhile.
        const session = await createSession({
          uri: task.uri.toString(),
          size: task.size,
          last_modified: task.lastModified,
          mime_type: task.file?.type || undefined,
          policy_id: policy.id,
          entity_type: task.entityType,
        });
        if (signal.aborted) {
          if (task.state === "canceled") await deleteSession(session.session_id, session.uri).catch(() => {});
          else task.session = session;
          return false;
        }
        task.session = session;
        task.done.clear();
        task.etags = [];
        task.acked = 0;
        this.persist(task);
        // The placeholder is in the folder now: show it.
        this.onFilesChanged(task.batch.folder);
        return true;
      } catch (e) {
        if (signal.aborted) return false;
        const code = errorCode(e);
        if (code === 40004) {
          if (task.renaming && task.renameCount < MAX_RENAMES) {
            task.renameCount++;
            task.uri = renamed(task.requested, numberedName(task.requested.name, task.renameCount));
            continue;
          }
          const choice = task.batch.conflictChoice;
          if (choice && !task.renaming && task.entityType === "") {
            this.move(task, "conflict");
            this.applyChoice(task, choice);
            // Back in the queue (or skipped): the next run retries with the answer.
            return false;
          }
          this.move(task, "conflict");
          return false;
        }
        if (code === 40049) {
          this.rejectTask(task, { kind: "rejected", rejection: { reason: "tooLarge", limit: policy.max_size ?? 0 } });
          return false;
        }
        if (code === 40051) {
          this.rejectTask(task, { kind: "rejected", rejection: { reason: "quota", remaining: 0 } });
          return false;
        }
        throw e;
      }
    }
  }

  private async transfer(task: Task, file: File, signal: AbortSignal): Promise<void> {
    const session = task.session!;
    const policy = session.storage_policy ?? task.batch.policy;
    const driver = driverFor(policy);
    const chunks = planChunks(task.size, session.chunk_size);
    if (driver.ordered) keepStoredPrefix(task, chunks);
    task.resumedFrom = task.done.size;
    const ctx: DriverContext = {
      file,
      session,
      chunks,
      done: task.done,
      etags: task.etags,
      concurrency: chunkConcurrency(driver, policy, DEFAULT_CHUNK_CONCURRENCY),
      ordered: driver.ordered,
      signal,
      onProgress: (index, loaded) => {
        task.inflight.set(index, loaded);
        this.progressed(task);
      },
      onChunkDone: (index, etag) => {
        task.inflight.delete(index);
        task.acked += chunkLength(chunks[index]!);
        if (etag !== undefined) task.etags[index] = etag;
        if (driver.resumable) this.persist(task);
        this.progressed(task);
      },
    };
    await driver.upload(ctx);
    if (!this.move(task, "finish")) return;
    for (let attempt = 1; ; attempt++) {
      try {
        await driver.complete(ctx);
        break;
      } catch (e) {
        if (isAbortError(e) || !(e instanceof TransferError && e.retryable) || attempt >= COMPLETE_ATTEMPTS) throw e;
        await sleep(backoffDelay(attempt), signal);
      }
    }
    await this.verifyStored(task, driver.ordered, signal);
  }

  /**
   * "Complete" only says the last chunk arrived; what the server stored is what counts. A size
   * other than the local file's means lost or overwritten chunks.
   */
  private async verifyStored(task: Task, ordered: boolean, signal: AbortSignal): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        const stored = await storedSize(task.uri.toString(), signal);
        if (stored !== task.size) throw new SizeMismatch(stored, task.size);
        return;
      } catch (e) {
        // A provider that reports completion through a callback may not be done yet: ask again.
        // Ordered uploads are complete the moment the last chunk is stored, so a wrong size is final.
        const final = isAbortError(e) || isApiError(e) || (e instanceof SizeMismatch && ordered);
        if (final || attempt >= COMPLETE_ATTEMPTS) throw e;
        await sleep(backoffDelay(attempt), signal);
      }
    }
  }

  private fail(task: Task, e: unknown): void {
    if (!this.move(task, "fail")) return;
    task.error = toTaskError(e);
  }

  /** Forgets the server session locally (it expired or is gone) so the next run starts clean. */
  private resetSession(task: Task): void {
    this.forget(task);
    task.session = undefined;
    task.done.clear();
    task.etags = [];
    task.acked = 0;
  }

  private persist(task: Task): void {
    if (!task.session || !task.file) return;
    const save = (print: NonNullable<Task["fingerprint"]>) =>
      resumeStore.save({
        uid: currentUid(),
        folder: task.batch.folder,
        relativePath: task.relativePath,
        requested: task.requested.toString(),
        uri: task.uri.toString(),
        file: print,
        session: task.session!,
        entityType: task.entityType,
        done: [...task.done],
        etags: task.etags.map((e) => e ?? null),
      });
    if (task.fingerprint) return save(task.fingerprint);
    // The fingerprint reads 128 KiB; compute it once, after the session exists.
    void fingerprint(task.file).then((print) => {
      task.fingerprint = print;
      if (task.session && !isTerminal(task.state)) save(print);
    });
  }

  private forget(task: Task): void {
    resumeStore.remove(currentUid(), task.requested.toString(), task.size, task.lastModified);
  }

  private dropInflight(task: Task): void {
    task.inflight.clear();
    task.meter.reset();
  }

  // ---- state and snapshots ------------------------------------------------------------------

  private move(task: Task, event: UploadEvent): boolean {
    const next = transition(task.state, event);
    if (!next) return false;
    task.state = next;
    this.changed();
    return true;
  }

  private progressed(task: Task): void {
    const now = performance.now();
    task.meter.add(now, sentBytes(task));
    this.progressTimer ??= setTimeout(() => {
      this.progressTimer = undefined;
      this.emit();
    }, PROGRESS_EMIT_MS);
  }

  private changed(): void {
    if (this.emitQueued) return;
    this.emitQueued = true;
    queueMicrotask(() => {
      this.emitQueued = false;
      this.emit();
    });
  }

  private emit(): void {
    this.snapshot = this.buildSnapshot();
    const t = this.snapshot.totals;
    publishSummary({
      active: t.active + t.waiting,
      percent: t.bytes > 0 ? Math.floor((t.sent / t.bytes) * 100) : t.count > 0 && t.done === t.count ? 100 : 0,
      visible: this.tasks.size > 0,
    });
    this.listeners.forEach((l) => l());
  }

  private buildSnapshot(): Snapshot {
    const now = performance.now();
    const views: TaskView[] = [];
    const previous = this.views;
    this.views = new Map();
    for (const t of this.tasks.values()) {
      const sent = t.state === "done" ? t.size : sentBytes(t);
      const speed = isActive(t.state) ? t.meter.rate() : 0;
      const last = previous.get(t.id);
      const place = placeOf(t.uri);
      const name = t.uri.name || t.relativePath;
      const same =
        last &&
        last.sent === sent &&
        last.state === t.state &&
        last.speed === speed &&
        last.error === t.error &&
        last.resumedFrom === t.resumedFrom &&
        last.folderUri === place.folderUri &&
        last.name === name;
      const view: TaskView = same
        ? last
        : {
            id: t.id,
            name,
            location: place.location,
            folderUri: place.folderUri,
            size: t.size,
            sent,
            state: t.state,
            speed,
            eta: isActive(t.state) ? eta(t.size - sent, speed) : null,
            error: t.error,
            resumedFrom: t.resumedFrom,
          };
      this.views.set(t.id, view);
      views.push(view);
    }
    const tot = totals(views);
    this.meter.add(now, tot.sent);
    const speed = tot.active > 0 ? this.meter.rate() : 0;
    if (tot.active === 0) this.meter.reset();
    return {
      tasks: views,
      totals: tot,
      speed,
      eta: tot.active > 0 ? eta(tot.bytes - tot.sent, speed) : null,
      conflicts: views.filter((v) => v.state === "conflict"),
      concurrency: this.concurrency,
    };
  }
}

/** Where a target URI sits, worked out once per URI: snapshots are rebuilt on every state change. */
const places = new WeakMap<CrUri, { location: string; folderUri: string }>();
function placeOf(uri: CrUri): { location: string; folderUri: string } {
  let place = places.get(uri);
  if (!place) {
    const folder = uri.parent();
    place = { location: "/" + folder.segments.join("/"), folderUri: folder.toString() };
    places.set(uri, place);
  }
  return place;
}

function safeTarget(folder: string, relativePath: string): CrUri | null {
  try {
    return targetUri(folder, relativePath);
  } catch (e) {
    if (e instanceof UriError) return null;
    throw e;
  }
}

function safeParse(uri: string): CrUri | null {
  return safeTarget(uri, "");
}

/** Ordered uploads continue at the first chunk the server does not have; later ones are sent again. */
function keepStoredPrefix(task: Task, chunks: readonly Chunk[]): void {
  const prefix = storedPrefix(chunks.length, task.done);
  task.done = new Set(prefix);
  task.acked = prefix.reduce((sum, i) => sum + chunkLength(chunks[i]!), 0);
}

/** The server's copy does not have the local file's size. */
class SizeMismatch extends Error {
  constructor(
    readonly stored: number,
    readonly expected: number,
  ) {
    super(`The server stored ${stored} bytes instead of ${expected}`);
  }
}

function errorCode(e: unknown): number | undefined {
  if (isApiError(e)) return e.code;
  if (e instanceof TransferError) return e.code;
  return undefined;
}

function toTaskError(e: unknown): TaskError {
  if (e instanceof SizeMismatch) return { kind: "sizeMismatch", stored: e.stored, expected: e.expected };
  if (e instanceof ApiError) return { kind: "api", code: e.code, message: e.message };
  if (e instanceof TransferError && e.code !== undefined) return { kind: "api", code: e.code, message: e.opts.serverMessage ?? e.message };
  if (e instanceof TransferError) return { kind: "transfer", message: e.message, status: e.status };
  return { kind: "transfer", message: e instanceof Error ? e.message : String(e) };
}

export type { ResumeRecord };

/** The one manager of this page. */
export const uploads = new UploadManager();
