import { AppError } from "../core/envelope.ts";
import { GroupPerm, NavCap } from "../core/boolset.ts";
import { decodeId, encodeId, IdType, tryDecodeId } from "../core/ids.ts";
import type { Router } from "../core/router.ts";
import { requireUser } from "../core/tokens.ts";
import type { State } from "../state/state.ts";
import { bindingError, body, optBool, optInt, optStr, originOf, queryInt, reqStr } from "./http.ts";
import { mustLocate, openNav } from "./nav.ts";
import { capPageSize, decodeCursor } from "./paging.ts";
import { fsOf } from "./store.ts";
import { runnerOf, taskJson, type TaskStatus, type TaskType } from "./tasks.ts";
import { cancelSession, createUploadSession } from "./upload.ts";
import { canArchive, invalidDst, parseDst, registeredTask } from "./workflows.ts";
import { archiveKind } from "./taskArchive.ts";
import { extractKind } from "./taskExtract.ts";
import { importKind } from "./taskImport.ts";
import { registerDownloadRoutes } from "./routesDownload.ts";

const CATEGORY: Record<string, { types: TaskType[]; statuses?: TaskStatus[] }> = {
  // `relocate` exists only in the Pro edition; it would be listed here too.
  general: { types: ["create_archive", "extract_archive", "import"] },
  downloading: { types: ["remote_download"], statuses: ["suspending", "processing", "queued"] },
  downloaded: { types: ["remote_download"], statuses: ["canceled", "error", "completed"] },
};

/** `src`/`dst` of the archive services: `binding:"required"` on a slice only refuses null. */
function reqSlice(b: Record<string, unknown>, k: string, label: string): string[] {
  const v = b[k];
  if (v === undefined || v === null) throw bindingError(`${label} cannot be empty`);
  if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) throw bindingError("JSON marshall error");
  return v as string[];
}
/** Workflow routes (docs/server-behaviour.md, "Background tasks"): all need a signed-in user. */
export function registerWorkflowRoutes(router: Router, state: State): void {
  const runner = runnerOf(state);
  const store = fsOf(state);
  router.get("/api/v4/workflow", (ctx) => {
    const user = requireUser(ctx.who);
    const requested = queryInt(ctx, "page_size");
    if (!requested) throw bindingError("PageSize cannot be empty");
    if (requested < 10) throw bindingError("PageSize too short");
    if (requested > 100) throw bindingError("PageSize too long");
    const category = ctx.query.get("category") ?? "";
    if (!category) throw bindingError("Category cannot be empty");
    const cat = CATEGORY[category];
    if (!cat) throw bindingError("Invalid parameters.");
    // "downloading" is not paged: the page size becomes the largest the database allows.
    const pageSize = capPageSize(category === "downloading" ? Number.MAX_SAFE_INTEGER : requested, 1);
    let list = [...runner.tasks.values()]
      .filter((t) => t.owner.id === user.id && cat.types.includes(t.type) && (!cat.statuses || cat.statuses.includes(t.status)))
      .sort((a, b) => b.id - a.id);
    const token = ctx.query.get("next_page_token") ?? "";
    if (token) {
      let after: number;
      try {
        after = decodeCursor(token, IdType.task).id;
      } catch {
        throw new AppError(50001, "Failed to query tasks");
      }
      list = list.filter((t) => t.id < after);
    }
    const page = list.slice(0, pageSize + 1);
    const pagination: Record<string, unknown> = { page: 0, page_size: pageSize };
    if (page.length > pageSize) pagination.next_token = Buffer.from(JSON.stringify({ id: encodeId(IdType.task, page[pageSize - 1]!.id) })).toString("base64");
    pagination.is_cursor = true;
    return { tasks: page.slice(0, pageSize).map((t) => taskJson(state, t, true)), pagination };
  });

  router.get("/api/v4/workflow/progress/:id", (ctx) => {
    const user = requireUser(ctx.who);
    const id = decodeId(IdType.task, ctx.params.id ?? "");
    const t = registeredTask(state, id);
    // Someone else's task, or one that is not running here: an empty map, not an error.
    if (!t || (t.owner.id !== user.id && !ctx.who.group.permission.has(GroupPerm.IsAdmin))) return {};
    return t.progress;
  });

  router.post("/api/v4/workflow/archive", async (ctx) => {
    const user = requireUser(ctx.who);
    const b = await body(ctx);
    const src = reqSlice(b, "src", "Src");
    const dst = reqStr(b, "dst", "Dst");
    optStr(b, "encoding");
    if (!canArchive(ctx.who)) throw new AppError(40007, "Group not allowed to compress files");
    const dstUri = parseDst(dst);
    // The destination is checked by preparing (and at once cancelling) an empty upload there,
    // which creates missing parent folders for good.
    const nav = openNav(state, ctx.who, dstUri, [NavCap.UploadFile, NavCap.LockFile]);
    const session = await createUploadSession(state, store, {
      nav,
      user,
      size: 0,
      lastModified: 0,
      metadata: {},
      entityType: "",
      origin: originOf(state, ctx),
      count: false,
    });
    const s = store.uploads.get(session.session_id as string);
    if (s) cancelSession(store, s);
    const initial: Record<string, unknown> = {};
    if (src.length) initial.uris = src;
    initial.dst = dst;
    initial.node_id = 0;
    return taskJson(state, runner.submit("create_archive", user, archiveKind, initial), false);
  });

  router.post("/api/v4/workflow/extract", async (ctx) => {
    const user = requireUser(ctx.who);
    const b = await body(ctx);
    const src = reqSlice(b, "src", "Src");
    const dst = reqStr(b, "dst", "Dst");
    const encoding = optStr(b, "encoding");
    // `password` and `file_mask` (newer servers) are not part of this build's request: ignored.
    if (!canArchive(ctx.who)) throw new AppError(40007, "Group not allowed to compress files");
    const dstUri = parseDst(dst);
    if (src.length === 0) throw new AppError(40001, "No source files");
    try {
      mustLocate(openNav(state, ctx.who, dstUri, [NavCap.CreateFile]));
    } catch (e) {
      throw invalidDst(e);
    }
    // Only the first source is used, and it is not checked until the task runs.
    const initial: Record<string, unknown> = { uri: src[0] };
    if (encoding) initial.encoding = encoding;
    initial.dst = dst;
    initial.node_id = 0;
    return taskJson(state, runner.submit("extract_archive", user, extractKind, initial), false);
  });

  router.post("/api/v4/workflow/import", async (ctx) => {
    requireUser(ctx.who);
    if (!ctx.who.group.permission.has(GroupPerm.IsAdmin)) throw new AppError(403, "");
    const b = await body(ctx);
    const src = reqStr(b, "src", "Src");
    const dst = reqStr(b, "dst", "Dst");
    const extractMediaMeta = optBool(b, "extract_media_meta");
    const userId = reqStr(b, "user_id", "UserID");
    const recursive = optBool(b, "recursive");
    const policyId = optInt(b, "policy_id");
    if (!policyId) throw bindingError("PolicyID cannot be empty");
    const uid = tryDecodeId(IdType.user, userId);
    if (uid === undefined) throw new AppError(40001, "Invalid user id");
    const owner = state.users.get(uid);
    if (!owner) throw new AppError(50001, "Failed to get user");
    // The destination path is joined to the owner's root as one escaped element, as the server does.
    const target = `cloudreve://${userId}@my/${encodeURIComponent(dst).replaceAll("%40", "@").replaceAll("%3A", ":")}`;
    const initial = { policy_id: policyId, src, is_recursive: recursive, dst: target, phase: "", extract_media_meta: extractMediaMeta };
    return taskJson(state, runner.submit("import", owner, importKind, initial), false);
  });

  registerDownloadRoutes(router, state);
}
