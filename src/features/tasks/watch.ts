// Follows a task the user just started until it has ended, so the folder it writes into can be
// refreshed then. The list's first page is enough: the task is among the newest.
import { fetchTaskPage } from "../../api/queries/workflow";
import type { Task } from "../../api/queries/workflow";
import { isActive } from "./activeStatus";

const POLL_MS = 2000;
/** Longer tasks are left to the tasks page: a tab is not kept busy forever. */
const GIVE_UP_MS = 30 * 60_000;

export function whenTaskEnds(task: Pick<Task, "id">, onEnd: (task: Task) => void): () => void {
  let stopped = false;
  const started = Date.now();
  const tick = async () => {
    if (stopped || Date.now() - started > GIVE_UP_MS) return;
    try {
      const page = await fetchTaskPage("general");
      const found = page.tasks.find((t) => t.id === task.id);
      if (found && !isActive(found.status)) return onEnd(found);
    } catch {
      // A failed look is retried with the next one.
    }
    if (!stopped) setTimeout(() => void tick(), POLL_MS);
  };
  setTimeout(() => void tick(), POLL_MS);
  return () => {
    stopped = true;
  };
}
