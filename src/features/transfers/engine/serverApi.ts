// The few API calls around an upload, through the shared typed client (bearer, refresh, envelope).
import { api, unwrap } from "../../../api/client";
import { DEFAULT_LIST_PARAMS, fetchList } from "../../../api/queries/files";
import type { UploadSession } from "./types";
import type { UploadPolicy } from "./validate";

export interface SessionRequest {
  uri: string;
  size: number;
  last_modified: number;
  mime_type?: string;
  policy_id: string;
  entity_type?: "" | "version";
}

export async function createSession(body: SessionRequest): Promise<UploadSession> {
  return (await unwrap(api.PUT("/file/upload", { body }))) as UploadSession;
}

/** Removes the placeholder (or pending version) and tells the provider to abort. */
export async function deleteSession(id: string, uri: string): Promise<void> {
  await unwrap(api.DELETE("/file/upload", { body: { id, uri } }));
}

/**
 * The storage policy uploads into `folder` will use: only a listing says (ListResponse.storage_policy).
 * A normal first page, never a tiny one: the server keeps the page size of listings without
 * parameters in a shared default (docs/server-behaviour.md, "Listing").
 */
export async function folderPolicy(folder: string): Promise<UploadPolicy | undefined> {
  const list = await fetchList(folder, DEFAULT_LIST_PARAMS, { page: 0 });
  return list.storage_policy as UploadPolicy | undefined;
}

/** The size of the file the server holds at `uri` (what an upload actually stored). */
export async function storedSize(uri: string, signal?: AbortSignal): Promise<number> {
  const info = await unwrap(api.GET("/file/info", { params: { query: { uri } }, signal }));
  return info.size;
}

/** Bytes the user may still store; Infinity when the group has no limit reported. */
export async function remainingQuota(): Promise<number> {
  const cap = await unwrap(api.GET("/user/capacity"));
  if (!cap || !(cap.total > 0)) return Infinity;
  return Math.max(0, cap.total - cap.used);
}
