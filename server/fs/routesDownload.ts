import { AppError } from "../core/envelope.ts";
import { NavCap } from "../core/boolset.ts";
import { decodeId, IdType } from "../core/ids.ts";
import type { Router } from "../core/router.ts";
import { requireUser } from "../core/tokens.ts";
import { GROUP_ADMIN, GROUP_USER } from "../state/seedUsers.ts";
import type { State } from "../state/state.ts";
import type { Group } from "../state/types.ts";
import { bindingError, body, optBool, optInt, optStr, reqStr } from "./http.ts";
import { mustLocate, openNav } from "./nav.ts";
import { runnerOf, taskJson, type Task } from "./tasks.ts";
import { parseUri } from "./uri.ts";
import { canRemoteDownload, invalidDst, parseDst, registeredTask } from "./workflows.ts";
import { downloadKind } from "./taskDownload.ts";
import { wrapError } from "./taskKit.ts";

/** `aria2_batch` of the install-default groups (admin 50, user 1, others unset). */
function aria2Batch(group: Group): number {
  return group.id === GROUP_ADMIN ? 50 : group.id === GROUP_USER ? 1 : 0;
}

/** `src` of a download request: optional, but a list of strings when present. */
function optSlice(b: Record<string, unknown>, k: string): string[] {
  const v = b[k];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) throw bindingError("JSON marshall error");
  return v as string[];
}

/** Remote downloads (docs/server-behaviour.md, "Background tasks"): with no downloader set up, every task fails on its first run. */
export function registerDownloadRoutes(router: Router, state: State): void {
  const runner = runnerOf(state);

  router.post("/api/v4/workflow/download", async (ctx) => {
    const user = requireUser(ctx.who);
    const b = await body(ctx);
    const src = optSlice(b, "src");
    const srcFile = optStr(b, "src_file");
    const dst = reqStr(b, "dst", "Dst");
    if (!canRemoteDownload(ctx.who)) throw new AppError(40007, "Group not allowed to download files");
    if (!srcFile && src.length === 0) throw new AppError(40001, "No source files");
    if (srcFile && src.length > 0) throw new AppError(40001, "Invalid source files");
    const dstUri = parseDst(dst);
    try {
      mustLocate(openNav(state, ctx.who, dstUri, [NavCap.CreateFile]));
    } catch (e) {
      throw invalidDst(e);
    }
    const limit = aria2Batch(ctx.who.group);
    if (limit > 0 && src.length > limit) throw new AppError(40015, "");
    if (srcFile) {
      let fileUri;
      try {
        fileUri = parseUri(srcFile);
      } catch {
        throw new AppError(40001, "Invalid source file uri");
      }
      try {
        mustLocate(openNav(state, ctx.who, fileUri, [NavCap.DownloadFile]));
      } catch (e) {
        throw wrapError(40001, "Invalid source file", e);
      }
    }
    const make = (srcUri: string, srcFileUri: string) => {
      const initial: Record<string, unknown> = {};
      if (srcUri) initial.src_uri = srcUri;
      if (srcFileUri) initial.src_file_uri = srcFileUri;
      initial.dst = dst;
      initial.node_id = 0;
      return runner.submit("remote_download", user, downloadKind, initial);
    };
    const tasks: Task[] = [];
    for (const s of src) if (s) tasks.push(make(s, ""));
    if (srcFile) tasks.push(make("", srcFile));
    return tasks.map((t) => taskJson(state, t, false));
  });

  router.patch("/api/v4/workflow/download/:id", async (ctx) => {
    const user = requireUser(ctx.who);
    const id = decodeId(IdType.task, ctx.params.id ?? "");
    const b = await body(ctx);
    const files = b.files;
    if (files === undefined || files === null) throw bindingError("Files cannot be empty");
    if (!Array.isArray(files)) throw bindingError("JSON marshall error");
    for (const f of files) {
      if (f === null) continue;
      if (typeof f !== "object" || Array.isArray(f)) throw bindingError("JSON marshall error");
      optInt(f as Record<string, unknown>, "index");
      optBool(f as Record<string, unknown>, "download");
    }
    const t = registeredTask(state, id);
    if (!t || t.owner.id !== user.id) throw new AppError(404, "Task not found");
    if (t.status !== "suspending" && t.status !== "processing") throw new AppError(404, "Task not in processing state");
    // Only a download watching its downloader (phase "monitor") takes a file selection; with no
    // downloader configured no task ever gets there.
    throw new AppError(404, "Task not in monitoring loop");
  });

  router.delete("/api/v4/workflow/download/:id", (ctx) => {
    const user = requireUser(ctx.who);
    const id = decodeId(IdType.task, ctx.params.id ?? "");
    const t = registeredTask(state, id);
    if (!t || t.owner.id !== user.id) throw new AppError(404, "Task not found");
    // A task whose download never started has nothing to cancel: success, and the task carries on.
    return undefined;
  });
}
