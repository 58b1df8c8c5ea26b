// The file operations as plain async functions over the typed client. Batches larger than the
// site's `max_batch_size` are split, because the server refuses them whole (40074).
import { api, unwrap } from "../../../api/client";
import { ApiError, ErrorCode, HttpError } from "../../../api/errors";

/** Splits `uris` into server-sized batches and merges 40081 failures into one error. */
async function batched(uris: string[], size: number, call: (chunk: string[]) => Promise<unknown>): Promise<void> {
  const n = Math.max(1, size);
  const failures: Record<string, { code: number; msg: string }> = {};
  let other: unknown;
  for (let i = 0; i < uris.length; i += n) {
    try {
      await call(uris.slice(i, i + n));
    } catch (e) {
      if (e instanceof ApiError && e.code === ErrorCode.BatchNotFullyCompleted && e.aggregated) Object.assign(failures, e.aggregated);
      else if (i === 0 || !other) {
        other = e;
        // Abort on whole-request errors (lock conflicts, name clashes): later chunks would fail alike.
        break;
      }
    }
  }
  if (other) throw other;
  if (Object.keys(failures).length) {
    const only = Object.values(failures);
    throw new ApiError(ErrorCode.BatchNotFullyCompleted, only.length === 1 ? only[0]!.msg : "One or more operation failed", { aggregated: failures });
  }
}

/**
 * Creates a file or folder. The server sometimes crashes answering this (an empty HTTP 500) after
 * it created the item (docs/server-behaviour.md, "Envelope"): then the item's details say whether
 * it exists, and only when it does not is the error the answer.
 */
async function create(uri: string, type: "file" | "folder") {
  try {
    return await unwrap(api.POST("/file/create", { body: { uri, type, err_on_conflict: true } }));
  } catch (e) {
    if (!(e instanceof HttpError && e.status >= 500)) throw e;
    const made = await unwrap(api.GET("/file/info", { params: { query: { uri } } })).catch(() => undefined);
    if (made && made.type === (type === "folder" ? 1 : 0)) return made;
    throw e;
  }
}

export const fileApi = {
  create,
  rename: (uri: string, newName: string) => unwrap(api.POST("/file/rename", { body: { uri, new_name: newName } })),
  move: (uris: string[], dst: string, copy: boolean, batch: number) =>
    batched(uris, batch, (chunk) => unwrap(api.POST("/file/move", { body: { uris: chunk, dst, copy } }))),
  remove: (uris: string[], opts: { skipSoftDelete?: boolean; unlink?: boolean }, batch: number) =>
    batched(uris, batch, (chunk) =>
      unwrap(
        api.DELETE("/file", { body: { uris: chunk, ...(opts.skipSoftDelete ? { skip_soft_delete: true } : {}), ...(opts.unlink ? { unlink: true } : {}) } }),
      ),
    ),
  restore: (uris: string[], batch: number) => batched(uris, batch, (chunk) => unwrap(api.POST("/file/restore", { body: { uris: chunk } }))),
  unlock: (tokens: string[]) => unwrap(api.DELETE("/file/lock", { body: { tokens } })),
  setCurrentVersion: (uri: string, version: string) => unwrap(api.POST("/file/version/current", { body: { uri, version } })),
  deleteVersion: (uri: string, version: string) => unwrap(api.DELETE("/file/version", { body: { uri, version } })),
  pin: (uri: string, name: string) => unwrap(api.PUT("/file/pin", { body: { uri, name } })),
  unpin: (uri: string) => unwrap(api.DELETE("/file/pin", { body: { uri } })),
  directLinks: (uris: string[]) => unwrap(api.PUT("/file/source", { body: { uris } })),
  patchMetadata: (uris: string[], patches: { key: string; value?: string; remove?: boolean }[]) =>
    unwrap(api.PATCH("/file/metadata", { body: { uris, patches } })),
};
