// Checking a batch before anything is sent: the folder's storage policy (size, extensions, whether
// it takes uploads at all) and the remaining quota, each fetched once per batch.
import { folderPolicy, remainingQuota } from "./serverApi";
import type { Batch, Task, TaskError } from "./task";
import { allocateQuota, checkAgainstPolicy } from "./validate";

/**
 * Fetches the policy and the quota once per batch and refuses, through `reject`, what cannot be
 * sent. `unchecked` names the batch's tasks not checked yet, read once both answers are in.
 * Memoised on the batch; a failure clears the memo so a retry asks again.
 */
export function ensureBatch(batch: Batch, unchecked: () => Task[], reject: (task: Task, error: TaskError) => void): Promise<void> {
  batch.ready ??= (async () => {
    const [policy, quota] = await Promise.all([folderPolicy(batch.folder), remainingQuota().catch(() => Infinity)]);
    batch.policy = policy;
    const allowed: Task[] = [];
    for (const t of unchecked()) {
      t.checked = true;
      const rejection = checkAgainstPolicy(policy, t.uri.name, t.size);
      if (!policy) reject(t, { kind: "notUploadable" });
      else if (rejection) reject(t, { kind: "rejected", rejection });
      else allowed.push(t);
    }
    // Quota is spent only on files the policy lets through.
    const verdicts = allocateQuota(
      allowed.map((t) => t.size),
      quota,
    );
    allowed.forEach((t, i) => {
      const rejection = verdicts[i];
      if (rejection) reject(t, { kind: "rejected", rejection });
    });
  })().catch((e) => {
    batch.ready = undefined;
    throw e;
  });
  return batch.ready;
}
