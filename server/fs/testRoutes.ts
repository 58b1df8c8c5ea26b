import { AppError } from "../core/envelope.ts";
import { encodeId, IdType } from "../core/ids.ts";
import type { Router } from "../core/router.ts";
import type { State } from "../state/state.ts";
import type { User } from "../state/types.ts";
import { body, optInt, optStr, optStrMap, reqStr } from "./http.ts";
import { ownerUri } from "./nav.ts";
import { createChain } from "./ops.ts";
import { writeEntity } from "./entities.ts";
import { fsOf } from "./store.ts";
import { registerTaskTestRoutes } from "./testRoutesTasks.ts";
import { registerUploadTestRoutes, testOwner } from "./testRoutesUploads.ts";
import type { FileNode } from "./types.ts";
import { parseUri } from "./uri.ts";
import { defaultViewsOf, resetDefaultViews, viewJson } from "./views.ts";
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
  const ownerOf = (email: string) => testOwner(state, email);

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

  registerUploadTestRoutes(router, state);
  registerTaskTestRoutes(router, state);
}
