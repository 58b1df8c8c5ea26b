import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { api, unwrap } from "../client";
import type { components } from "../schema";

export type Task = components["schemas"]["TaskResponse"];
export type TaskStatus = components["schemas"]["TaskStatus"];
export type TaskPage = components["schemas"]["ListTaskResponse"];
export type TaskProgress = components["schemas"]["TaskProgress"];
export type Progress = components["schemas"]["Progress"];
export type DownloadStatus = components["schemas"]["DownloadStatus"];
export type DownloadFileStatus = components["schemas"]["DownloadFileStatus"];
export type ArchiveRequest = components["schemas"]["ArchiveWorkflowRequest"];
export type ExtractRequest = components["schemas"]["ExtractWorkflowRequest"];
export type RemoteDownloadRequest = components["schemas"]["RemoteDownloadRequest"];

/** `general`: archive, extract, import, relocate; the other two split remote downloads by state. */
export type TaskCategory = "general" | "downloading" | "downloaded";

export const workflowKeys = {
  all: ["workflow"] as const,
  lists: () => ["workflow", "list"] as const,
  list: (category: TaskCategory) => ["workflow", "list", category] as const,
  progress: (id: string) => ["workflow", "progress", id] as const,
};

/** The server takes 10 to 100 per page ("downloading" ignores it and answers everything). */
export const TASK_PAGE_SIZE = 25;

/** One page of the caller's tasks of a category, newest first. */
export const fetchTaskPage = (category: TaskCategory, token?: string, signal?: AbortSignal) =>
  unwrap(api.GET("/workflow", { params: { query: { category, page_size: TASK_PAGE_SIZE, ...(token ? { next_page_token: token } : {}) } }, signal }));

export const workflowQueries = {
  /** The caller's tasks of one category, newest first, page by page. */
  list: (category: TaskCategory) =>
    infiniteQueryOptions({
      queryKey: workflowKeys.list(category),
      queryFn: ({ pageParam, signal }) => fetchTaskPage(category, pageParam, signal),
      initialPageParam: "",
      getNextPageParam: (last: TaskPage) => last.pagination.next_token || undefined,
    }),
  /** Counters of a running task; `{}` once it has ended or when it runs on another server process. */
  progress: (id: string) =>
    queryOptions({
      queryKey: workflowKeys.progress(id),
      queryFn: ({ signal }) => unwrap(api.GET("/workflow/progress/{id}", { params: { path: { id } }, signal })),
    }),
};

export const createArchiveTask = (body: ArchiveRequest) => unwrap(api.POST("/workflow/archive", { body }));
export const createExtractTask = (body: ExtractRequest) => unwrap(api.POST("/workflow/extract", { body }));
/** One task per source; when any source is refused the whole request fails (40081). */
export const createRemoteDownloads = (body: RemoteDownloadRequest) => unwrap(api.POST("/workflow/download", { body }));
export const selectDownloadFiles = (id: string, files: { index: number; download: boolean }[]) =>
  unwrap(api.PATCH("/workflow/download/{id}", { params: { path: { id } }, body: { files } }));
export const cancelDownload = (id: string) => unwrap(api.DELETE("/workflow/download/{id}", { params: { path: { id } } }));
