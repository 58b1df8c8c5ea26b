// Kept apart from model.ts: the explorer's first load watches tasks it starts and needs only this.
import type { TaskStatus } from "../../api/queries/workflow";

const ACTIVE: ReadonlySet<string> = new Set<TaskStatus>(["queued", "processing", "suspending"]);

/** Still waiting or running: worth watching. */
export const isActive = (status: string) => ACTIVE.has(status);
