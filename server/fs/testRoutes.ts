import { AppError } from "../core/envelope.ts";
import { decodeId, encodeId, IdType } from "../core/ids.ts";
import type { Router } from "../core/router.ts";
import type { State } from "../state/state.ts";
import type { User } from "../state/types.ts";
import { accountFaults, chunkLogOf, countersOf, faultsOf } from "./faults.ts";
import { setLimits } from "./policyLimits.ts";
import { body, optInt, optStr, optStrMap, reqStr } from "./http.ts";
import { ownerUri } from "./nav.ts";
import { createChain } from "./ops.ts";
import { writeEntity } from "./entities.ts";
import { fsOf } from "./store.ts";
import type { FileNode } from "./types.ts";
import { parseUri } from "./uri.ts";
import { expectedLength } from "./upload.ts";
import { defaultViewsOf, resetDefaultViews, viewJson } from "./views.ts";
import { runnerOf, taskJson, type Task } from "./tasks.ts";

/**
 * Test-only file-system hooks under /api/__test (registered only with --test-mode):
 *   PATCH  /api/__test/faults              {owner?, chunkFailRate?, chunkStallMs?, chunkStallRate?, createFail500?, createFail500After?,
 *                                           badSignedUrls?} → current faults of that account (or site-wide without owner):
 *                                          {chunkFailRate, chunkStallMs, chunkStallRate, createFail500, createFail500After, badSignedUrls}
 *                                          (with `owner` (e-mail) only that account's requests are affected)
 *                                          - createFail500: N → the next N `POST /api/v4/file/create` of the account answer HTTP 500
 *                                            with an empty body (real server: Go panic recovery); createFail500After: true → the
 *                                            file/folder is created before the 500
 *                                          - badSignedUrls: N → the next N signed URLs handed to the account (`POST /file/url`
 *                                            downloads and archives, `GET /file/thumb`) are signed wrongly, so fetching them
 *                                            answers HTTP 200 `{"code":40071,"msg":"invalid sign"}` instead of bytes
 *   PUT    /api/__test/policy-limits       {owner, max_size?, allowed_suffix?, denied_suffix?} → that account's policy limits
 *   GET    /api/__test/chunk-log/:session {arrivals: [chunk index of each request, in arrival order], max_concurrent}
 *   GET    /api/__test/counters            {chunkRequests:{<session>:n}, chunkFailures, partRequests, uploadSessions, completedUploads}
 *   DELETE /api/__test/counters            reset counters
 *   POST   /api/__test/files               {owner, uri, content?: base64, size?, type?: "file"|"folder", metadata?} → {id, uri, primary_entity, size}
 *   POST   /api/__test/files/bulk          {owner, uri: folder, count, prefix?, ext?} → {created}
 *   PATCH  /api/__test/fs-settings         {useCursorPagination?, maxPageSize?, chunkSize?, preAllocate?, policyType?, uploadSessionTtl?,
 *                                           maxBatchedFile?, maxRecursiveSearchedFolder?} → settings
 *                                          (preAllocate, default true like the install policy: new upload files start at full size,
 *                                          so only chunk 0's truncation makes later offsets refusable; false: they start empty)
 *   GET    /api/__test/default-views       {default: ExplorerView, trash: ExplorerView}: the two process-wide default views
 *                                          that listings of folders without a saved view read and overwrite
 *   DELETE /api/__test/default-views       put both back to their install values → same shape
 *   GET    /api/__test/tasks               {paused, stepDelayMs, maxRetry} of the background task runner
 *   PATCH  /api/__test/tasks               {paused?, stepDelayMs?, maxRetry?} → same shape. paused: true stops tasks from moving
 *                                          on their own (new tasks stay "queued"); false lets them all run again. stepDelayMs
 *                                          (default 50): pause before each transition. maxRetry (default 5, as the real queues):
 *                                          retries of a failing iteration before the task errors
 *   GET    /api/__test/tasks/:id           {task: TaskResponse (with node), progress: {<identifier>: {total, current, identifier}},
 *                                          registered: bool} — :id is the task's hashid
 *   POST   /api/__test/tasks/:id/advance   one transition of that task (queued/suspending → processing; processing → runs one
 *                                          iteration → suspending | completed | error) → same shape as GET
 *   POST   /api/__test/uploads/:id/expire  make an upload session expire now
 *   GET    /api/__test/uploads/:id         {received: [indexes written], expected: [lengths], policy} of a live session (an upload
 *                                          completes when its last index is written, so completed sessions answer 40011)
 * Account, mail, settings and site-URL hooks (`/api/__test/site-url`) are in routes/test.ts.
 */
export function registerFileTestRoutes(router: Router, state: State): void {
  const store = fsOf(state);

  const ownerOf = (email: string): User => {
    const u = state.findUserByEmail(email);
    if (!u) throw new AppError(40021, "User not found");
    return u;
  };

  const folderFor = (user: User, uri: string): { parent: FileNode; elements: string[]; depth: number; existing?: FileNode } => {
    const parsed = parseUri(uri);
    if (parsed.fs !== "my") throw new AppError(40001, "only cloudreve://my URIs");
    let cur = store.ensureRoot(user.id);
    let depth = 0;
    for (const el of parsed.elements) {
      const next = cur.children?.get(el);
      if (!next) break;
      cur = next;
      depth++;
    }
    return { parent: cur, elements: parsed.elements, depth, existing: depth === parsed.elements.length ? cur : undefined };
  };

  router.patch("/api/__test/faults", async (ctx) => {
    const b = await body(ctx);
    const owner = optStr(b, "owner");
    const f = owner ? accountFaults(state, ownerOf(owner).id) : faultsOf(state);
    const num = (k: "chunkFailRate" | "chunkStallMs" | "chunkStallRate" | "createFail500" | "badSignedUrls") => {
      const v = b[k];
      if (typeof v === "number" && v >= 0) f[k] = v;
    };
    num("chunkFailRate");
    num("chunkStallMs");
    num("chunkStallRate");
    num("createFail500");
    num("badSignedUrls");
    if (typeof b.createFail500After === "boolean") f.createFail500After = b.createFail500After;
    return { ...f };
  });

  router.put("/api/__test/policy-limits", async (ctx) => {
    const b = await body(ctx);
    const user = ownerOf(reqStr(b, "owner", "Owner"));
    const list = (k: string) => (Array.isArray(b[k]) ? (b[k] as unknown[]).filter((x): x is string => typeof x === "string").map((x) => x.toLowerCase()) : []);
    const limits = { maxSize: optInt(b, "max_size"), allowedSuffix: list("allowed_suffix"), deniedSuffix: list("denied_suffix") };
    setLimits(state, user.id, limits);
    return limits;
  });

  router.get("/api/__test/counters", () => {
    const c = countersOf(state);
    return {
      chunkRequests: Object.fromEntries(c.chunkRequests),
      chunkFailures: Object.fromEntries(c.chunkFailures),
      partRequests: Object.fromEntries(c.partRequests),
      uploadSessions: c.uploadSessions,
      completedUploads: c.completedUploads,
    };
  });

  router.delete("/api/__test/counters", () => {
    const c = countersOf(state);
    c.chunkRequests.clear();
    c.chunkFailures.clear();
    c.partRequests.clear();
    c.uploadSessions = 0;
    c.completedUploads = 0;
    return undefined;
  });

  router.post("/api/__test/files", async (ctx) => {
    const b = await body(ctx);
    const user = ownerOf(reqStr(b, "owner", "Owner"));
    const uri = reqStr(b, "uri", "Uri");
    const type = optStr(b, "type") === "folder" ? 1 : 0;
    const metadata = optStrMap(b, "metadata");
    const loc = folderFor(user, uri);
    if (loc.existing) throw new AppError(40004, "Object existed");
    const node = createChain(store, loc.parent, loc.elements, loc.depth, type, { metadata });
    if (type === 0) {
      const content = optStr(b, "content");
      const data = content ? Buffer.from(content, "base64") : Buffer.alloc(optInt(b, "size"), 0x61);
      if (data.length > 0) {
        const entity = await writeEntity(store, data, user.id);
        store.linkEntity(node, entity);
        store.setPrimary(node, entity);
      }
    }
    return { id: encodeId(IdType.file, node.id), uri: ownerUri(store, node), primary_entity: encodeId(IdType.entity, node.primaryEntity), size: node.size };
  });

  router.post("/api/__test/files/bulk", async (ctx) => {
    const b = await body(ctx);
    const user = ownerOf(reqStr(b, "owner", "Owner"));
    const loc = folderFor(user, reqStr(b, "uri", "Uri"));
    const folder = loc.existing ?? createChain(store, loc.parent, loc.elements, loc.depth, 1);
    const count = Math.min(optInt(b, "count"), 100000);
    const prefix = optStr(b, "prefix") || "file-";
    const ext = optStr(b, "ext") || "txt";
    const entity = await writeEntity(store, Buffer.from("bulk\n"), user.id);
    const width = String(count).length;
    let created = 0;
    for (let i = 1; i <= count; i++) {
      const name = `${prefix}${String(i).padStart(width, "0")}.${ext}`;
      if (folder.children!.has(name)) continue;
      const node = store.create(folder, name, 0);
      store.linkEntity(node, entity);
      store.setPrimary(node, entity);
      created++;
    }
    return { created, uri: ownerUri(store, folder) };
  });

  router.patch("/api/__test/fs-settings", async (ctx) => {
    const b = await body(ctx);
    const s = state.settings;
    if (typeof b.useCursorPagination === "boolean") s.useCursorPagination = b.useCursorPagination;
    if (typeof b.maxPageSize === "number") s.maxPageSize = b.maxPageSize;
    if (typeof b.chunkSize === "number") s.chunkSize = b.chunkSize;
    if (typeof b.preAllocate === "boolean") s.preAllocate = b.preAllocate;
    if (b.policyType === "local" || b.policyType === "s3") s.policyType = b.policyType;
    if (typeof b.uploadSessionTtl === "number") s.uploadSessionTtl = b.uploadSessionTtl;
    if (typeof b.maxBatchedFile === "number") s.maxBatchedFile = b.maxBatchedFile;
    if (typeof b.maxRecursiveSearchedFolder === "number") s.maxRecursiveSearchedFolder = b.maxRecursiveSearchedFolder;
    return {
      useCursorPagination: s.useCursorPagination,
      maxPageSize: s.maxPageSize,
      chunkSize: s.chunkSize,
      preAllocate: s.preAllocate,
      policyType: s.policyType,
      uploadSessionTtl: s.uploadSessionTtl,
      maxBatchedFile: s.maxBatchedFile,
      maxRecursiveSearchedFolder: s.maxRecursiveSearchedFolder,
    };
  });

  router.get("/api/__test/default-views", () => {
    const v = defaultViewsOf(state);
    return { default: viewJson(v.main), trash: viewJson(v.trash) };
  });

  router.delete("/api/__test/default-views", () => {
    const v = resetDefaultViews(state);
    return { default: viewJson(v.main), trash: viewJson(v.trash) };
  });

  // Background tasks: pause the runner to step tasks one transition at a time.
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

  router.post("/api/__test/uploads/:id/expire", (ctx) => {
    const s = store.uploads.get(ctx.params.id ?? "");
    if (!s) throw new AppError(40011, "Upload session expired or not exist");
    s.expires = Math.floor(Date.now() / 1000) - 1;
    return undefined;
  });

  router.get("/api/__test/chunk-log/:session", (ctx) => {
    const log = chunkLogOf(state, ctx.params.session ?? "");
    return { arrivals: log.arrivals, max_concurrent: log.maxConcurrent };
  });

  router.get("/api/__test/uploads/:id", (ctx) => {
    const s = store.uploads.get(ctx.params.id ?? "");
    if (!s) throw new AppError(40011, "Upload session expired or not exist");
    const n = s.chunkSize > 0 ? Math.max(1, Math.ceil(s.size / s.chunkSize)) : 1;
    return {
      received: [...s.received].sort((a, b) => a - b),
      expected: Array.from({ length: n }, (_, i) => expectedLength(s, i)),
      policy: s.policyType,
    };
  });
}
