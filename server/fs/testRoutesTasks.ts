import { AppError } from "../core/envelope.ts";
import { decodeId, IdType } from "../core/ids.ts";
import type { Router } from "../core/router.ts";
import type { State } from "../state/state.ts";
import { body } from "./http.ts";
import { runnerOf, taskJson, type Task } from "./tasks.ts";

/** Test hooks of the background task runner (listed in testRoutes.ts): pause it to step tasks one transition at a time. */
export function registerTaskTestRoutes(router: Router, state: State): void {
  const runner = runnerOf(state);
  const runnerJson = () => ({ paused: runner.paused, stepDelayMs: runner.stepDelayMs, maxRetry: runner.maxRetry });
  router.patch("/api/__test/tasks", async (ctx) => {
    const b = await body(ctx);
    if (typeof b.stepDelayMs === "number" && b.stepDelayMs >= 0) runner.stepDelayMs = b.stepDelayMs;
    if (typeof b.maxRetry === "number" && b.maxRetry >= 0) runner.maxRetry = b.maxRetry;
    if (b.paused === true) runner.paused = true;
    if (b.paused === false) runner.resume();
    return runnerJson();
  });
  router.get("/api/__test/tasks", () => runnerJson());
  const testTask = (raw: string) => {
    const t = runner.tasks.get(decodeId(IdType.task, raw));
    if (!t) throw new AppError(404, "Task not found");
    return t;
  };
  const taskState = (t: Task) => ({ task: taskJson(state, t, true), progress: t.progress, registered: t.registered });
  router.get("/api/__test/tasks/:id", (ctx) => taskState(testTask(ctx.params.id ?? "")));
  router.post("/api/__test/tasks/:id/advance", async (ctx) => {
    const t = testTask(ctx.params.id ?? "");
    await runner.step(t);
    return taskState(t);
  });
}
