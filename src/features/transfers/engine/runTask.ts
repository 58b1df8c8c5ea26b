// One upload's run, from session to verified copy: open (or reuse) the upload session, answer
// name conflicts, let the policy's driver send the chunks, complete, and check what the server
// stored. The manager decides when a task runs; this decides what a run does.
import { isApiError } from "../../../api/errors";
import { backoffDelay, isAbortError, sleep } from "./backoff";
import { chunkLength, planChunks } from "./chunkPlan";
import { chunkConcurrency, driverFor } from "./drivers";
import type { DriverContext } from "./drivers/types";
import { TransferError } from "./http";
import { numberedName, renamed } from "./names";
import { forgetTask, keepStoredPrefix, persistTask } from "./persistence";
import { DEFAULT_CHUNK_CONCURRENCY, type UploadEvent } from "./queue";
import { sessionAlive } from "./resumeStore";
import { createSession, deleteSession, storedSize } from "./serverApi";
import type { Batch, ConflictChoice, Task, TaskError } from "./task";
import { errorCode, SizeMismatch, toTaskError } from "./taskErrors";
import { checkAgainstPolicy } from "./validate";

const MAX_RENAMES = 100;
const COMPLETE_ATTEMPTS = 4;

/** Codes meaning "this session is gone": start a new one instead of failing (docs/server-behaviour.md, "Storage policies and upload drivers"). */
const SESSION_GONE = new Set([40011]);

/** What a run needs from the manager that owns the task. */
export interface TaskHost {
  /** Moves the task by `event`; false when that move is not allowed from its state. */
  move(task: Task, event: UploadEvent): boolean;
  reject(task: Task, error: TaskError): void;
  applyChoice(task: Task, choice: ConflictChoice): void;
  ensureBatch(batch: Batch): Promise<void>;
  progressed(task: Task): void;
  changed(): void;
  /** Starts whatever may start now. */
  pump(): void;
  /** Uploads appeared, finished or went away in `folder`. */
  filesChanged(folder: string): void;
}

export async function runTask(task: Task, host: TaskHost): Promise<void> {
  if (!host.move(task, "start")) return;
  const controller = new AbortController();
  task.controller = controller;
  try {
    await host.ensureBatch(task.batch);
    if (task.state !== "preparing") return;
    if (!task.checked) {
      // Paused or added after its batch was checked: check it on its own (quota was spent already).
      task.checked = true;
      const rejection = checkAgainstPolicy(task.batch.policy, task.uri.name, task.size);
      if (rejection) return host.reject(task, { kind: "rejected", rejection });
    }
    if (!task.file) throw new TransferError("The file is no longer available", { retryable: false });
    if (task.session && !sessionAlive(task.session)) resetSession(task);
    if (!task.session) {
      const ok = await openSession(task, host, controller.signal);
      if (!ok) return;
    }
    if (!host.move(task, "sessionReady")) return;
    await transfer(task, task.file, host, controller.signal);
    if (!host.move(task, "complete")) return;
    forgetTask(task);
    task.session = undefined;
    host.filesChanged(task.batch.folder);
  } catch (e) {
    if (isAbortError(e) || controller.signal.aborted) return;
    if (errorCode(e) !== undefined && SESSION_GONE.has(errorCode(e)!) && !task.restarted) {
      // The server lost the session (expired, restarted): start over cleanly, once, without asking.
      task.restarted = true;
      resetSession(task);
      if (host.move(task, "fail") && host.move(task, "retry")) return;
    }
    if (host.move(task, "fail")) task.error = toTaskError(e);
  } finally {
    if (task.controller === controller) task.controller = undefined;
    stopProgress(task);
    host.changed();
    host.pump();
  }
}

/** Creates the session; handles name conflicts. False when the task left "preparing". */
async function openSession(task: Task, host: TaskHost, signal: AbortSignal): Promise<boolean> {
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
      persistTask(task);
      // The placeholder is in the folder now: show it.
      host.filesChanged(task.batch.folder);
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
        host.move(task, "conflict");
        // Answered for the whole batch already: back in the queue (or skipped) with that answer.
        if (choice && !task.renaming && task.entityType === "") host.applyChoice(task, choice);
        return false;
      }
      if (code === 40049) {
        host.reject(task, { kind: "rejected", rejection: { reason: "tooLarge", limit: policy.max_size ?? 0 } });
        return false;
      }
      if (code === 40051) {
        host.reject(task, { kind: "rejected", rejection: { reason: "quota", remaining: 0 } });
        return false;
      }
      throw e;
    }
  }
}

async function transfer(task: Task, file: File, host: TaskHost, signal: AbortSignal): Promise<void> {
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
      host.progressed(task);
    },
    onChunkDone: (index, etag) => {
      task.inflight.delete(index);
      task.acked += chunkLength(chunks[index]!);
      if (etag !== undefined) task.etags[index] = etag;
      if (driver.resumable) persistTask(task);
      host.progressed(task);
    },
  };
  await driver.upload(ctx);
  if (!host.move(task, "finish")) return;
  for (let attempt = 1; ; attempt++) {
    try {
      await driver.complete(ctx);
      break;
    } catch (e) {
      if (isAbortError(e) || !(e instanceof TransferError && e.retryable) || attempt >= COMPLETE_ATTEMPTS) throw e;
      await sleep(backoffDelay(attempt), signal);
    }
  }
  await verifyStored(task, driver.ordered, signal);
}

/**
 * "Complete" only says the last chunk arrived; what the server stored is what counts. A size
 * other than the local file's means lost or overwritten chunks.
 */
async function verifyStored(task: Task, ordered: boolean, signal: AbortSignal): Promise<void> {
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

/** Forgets the server session locally (it expired or is gone) so the next run starts clean. */
function resetSession(task: Task): void {
  forgetTask(task);
  task.session = undefined;
  task.done.clear();
  task.etags = [];
  task.acked = 0;
}

/** The task stopped sending: nothing in flight, no speed. */
export function stopProgress(task: Task): void {
  task.inflight.clear();
  task.meter.reset();
}
