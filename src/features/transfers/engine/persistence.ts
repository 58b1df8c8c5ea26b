// Resume records: what an unfinished upload needs to continue after a reload (its session, the
// chunks the server has, the file's fingerprint), saved as chunks land and removed when it ends.
import { chunkLength, planChunks, storedPrefix, type Chunk } from "./chunkPlan";
import { driverFor } from "./drivers";
import { currentUid } from "./auth";
import { fingerprint } from "./fingerprint";
import { isTerminal } from "./queue";
import { newTask, safeParse, safeTarget } from "./newTask";
import { resumeStore } from "./resumeStore";
import type { Batch, Task } from "./task";

export function persistTask(task: Task): void {
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

export function forgetTask(task: Task): void {
  resumeStore.remove(currentUid(), task.requested.toString(), task.size, task.lastModified);
}

/**
 * Rows for the uploads an earlier page load left unfinished, waiting for their files; `known`
 * are the targets already on the list (not listed twice).
 */
export function restoredTasks(known: ReadonlySet<string>, nextBatchId: () => number): Task[] {
  const batches = new Map<string, Batch>();
  const tasks: Task[] = [];
  const listed = new Set(known);
  for (const rec of resumeStore.list(currentUid())) {
    if (listed.has(rec.requested)) continue;
    let batch = batches.get(rec.folder);
    if (!batch) batches.set(rec.folder, (batch = { id: nextBatchId(), folder: rec.folder, policy: rec.session.storage_policy }));
    const requested = safeTarget(rec.folder, rec.relativePath);
    if (!requested) continue;
    const task = newTask(batch, rec.relativePath, requested, rec.file.size, rec.file.lastModified);
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
    tasks.push(task);
    listed.add(requested.toString());
  }
  return tasks;
}

/** Ordered uploads continue at the first chunk the server does not have; later ones are sent again. */
export function keepStoredPrefix(task: Task, chunks: readonly Chunk[]): void {
  const prefix = storedPrefix(chunks.length, task.done);
  task.done = new Set(prefix);
  task.acked = prefix.reduce((sum, i) => sum + chunkLength(chunks[i]!), 0);
}
