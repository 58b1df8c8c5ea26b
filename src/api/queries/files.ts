import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { api, unwrap } from "../client";
import type { components } from "../schema";

export type FileResponse = components["schemas"]["FileResponse"];
export type ListResponse = components["schemas"]["ListResponse"];
export type ExplorerView = components["schemas"]["ExplorerView"];
export type ExplorerViewInput = components["schemas"]["ExplorerViewInput"];
export type ListViewColumn = components["schemas"]["ListViewColumn"];
export type OrderBy = "name" | "size" | "updated_at" | "created_at";
export type OrderDirection = "asc" | "desc";

/**
 * Listing parameters, sent with every listing. A request without them makes the server read and
 * then overwrite one process-wide default view, which leaks one client's page size and order into
 * every other listing on that server (docs/server-behaviour.md, "Listing").
 */
export interface ListParams {
  pageSize: number;
  orderBy: OrderBy;
  direction: OrderDirection;
}

/** Where a folder has no view of its own: name order, folders first (they always come first). */
export const DEFAULT_LIST_PARAMS: ListParams = { pageSize: 100, orderBy: "name", direction: "asc" };

/** Page parameter of one listing request: a cursor token, or a 0-based page in offset mode. */
export interface ListPageParam {
  token?: string;
  page: number;
}

export const fileKeys = {
  all: ["files"] as const,
  /** Everything about one folder URI (every page, every parameter set): invalidate after a change. */
  folder: (uri: string) => ["files", "list", uri] as const,
  lists: () => ["files", "list"] as const,
  list: (uri: string, params: ListParams, page: number) => ["files", "list", uri, params, page] as const,
  info: (uri: string, extended: boolean, summary: boolean) => ["files", "info", uri, { extended, summary }] as const,
  infos: () => ["files", "info"] as const,
  infoById: (id: string) => ["files", "info", { id }] as const,
  thumb: (uri: string) => ["files", "thumb", uri] as const,
};

function getList(uri: string, params: ListParams, pageParam: ListPageParam, signal?: AbortSignal): Promise<ListResponse> {
  return unwrap(
    api.GET("/file", {
      params: {
        query: {
          uri,
          ...(pageParam.page > 0 ? { page: pageParam.page } : {}),
          ...(pageParam.token ? { next_page_token: pageParam.token } : {}),
          page_size: params.pageSize,
          order_by: params.orderBy,
          order_direction: params.direction,
        },
      },
      signal,
    }),
  );
}

/**
 * Whether the next cursor would skip files. When a page ends exactly on the last folder, the
 * server's token says "files from here on" but carries that folder's sort key, so every file that
 * sorts before the folder is never listed (docs/server-behaviour.md, "Cursor pages that skip files").
 * The token is opaque in general; reading its `start_with_file` flag is the one way to tell.
 */
export function endsOnLastFolder(res: Pick<ListResponse, "files" | "pagination" | "mixed_type">): boolean {
  const token = res.pagination?.next_token;
  if (!token || res.mixed_type || res.files.at(-1)?.type !== 1) return false;
  try {
    return (JSON.parse(atob(token)) as { start_with_file?: unknown }).start_with_file === true;
  } catch {
    return false; // not the server's token format: nothing we know how to correct
  }
}

/**
 * One page of a listing. A page that would lead to skipped files is asked again from the same
 * place with one item more, which ends it on the first file and so yields a file cursor; at the
 * server's maximum page size it is asked with one item fewer, which ends it before the last folder.
 */
export async function fetchList(uri: string, params: ListParams, pageParam: ListPageParam, signal?: AbortSignal): Promise<ListResponse> {
  const res = await getList(uri, params, pageParam, signal);
  if (!endsOnLastFolder(res)) return res;
  const n = res.files.length;
  const size = n < (res.props.max_page_size || Infinity) ? n + 1 : n - 1;
  if (size < 1) return res;
  return getList(uri, { ...params, pageSize: size }, pageParam, signal);
}

/**
 * Every item of a folder (or search), page by page, with the largest page the server allows —
 * for "select all" beyond the loaded pages, undo, folder downloads. `limit` stops the walk early.
 */
export async function walkFolder(uri: string, opts: { maxPageSize: number; limit?: number; onProgress?: (n: number) => void }): Promise<FileResponse[]> {
  const params: ListParams = { pageSize: Math.max(1, opts.maxPageSize), orderBy: "created_at", direction: "asc" };
  const limit = opts.limit ?? Infinity;
  const out: FileResponse[] = [];
  let pageParam: ListPageParam = { page: 0 };
  while (out.length < limit) {
    const res = await fetchList(uri, params, pageParam);
    out.push(...res.files);
    opts.onProgress?.(out.length);
    const { next_token: token, is_cursor: cursor, total_items: total } = res.pagination ?? {};
    if (token) pageParam = { token, page: 0 };
    else if (!cursor && total !== undefined && out.length < total && res.files.length > 0) pageParam = { page: pageParam.page + 1 };
    else break;
  }
  return out.slice(0, limit);
}

/** Thumbnails: a signed URL valid until `expires`; cached that long (minus a safety margin). */
const THUMB_MARGIN_MS = 30_000;

export const fileQueries = {
  /**
   * One folder listing. In cursor mode the pages chain through `next_token`; in offset mode the
   * query holds exactly one page (`page` is part of the key, the pager moves between keys).
   */
  list: (uri: string, params: ListParams, page: number) =>
    infiniteQueryOptions({
      queryKey: fileKeys.list(uri, params, page),
      queryFn: ({ pageParam, signal }) => fetchList(uri, params, pageParam, signal),
      initialPageParam: { page } as ListPageParam,
      getNextPageParam: (last: ListResponse): ListPageParam | undefined =>
        last.pagination?.next_token ? { token: last.pagination.next_token, page: 0 } : undefined,
      staleTime: 10_000,
    }),
  info: (uri: string, opts: { extended?: boolean; summary?: boolean } = {}) =>
    queryOptions({
      queryKey: fileKeys.info(uri, Boolean(opts.extended), Boolean(opts.summary)),
      queryFn: ({ signal }) =>
        unwrap(
          api.GET("/file/info", {
            params: { query: { uri, ...(opts.extended ? { extended: true } : {}), ...(opts.summary ? { folder_summary: true } : {}) } },
            signal,
          }),
        ),
    }),
  /** A file by its id: the server answers its owner only, with its path. */
  infoById: (id: string) =>
    queryOptions({
      queryKey: fileKeys.infoById(id),
      queryFn: ({ signal }) => unwrap(api.GET("/file/info", { params: { query: { id } }, signal })),
    }),
  thumb: (uri: string, contextHint: string | undefined) =>
    queryOptions({
      queryKey: fileKeys.thumb(uri),
      queryFn: ({ signal }) =>
        unwrap(
          api.GET("/file/thumb", {
            params: { query: { uri }, header: contextHint ? { "X-Cr-Context-Hint": contextHint } : {} },
            signal,
          }),
        ),
      // The URL is signed: reuse it until shortly before it expires, then ask again.
      staleTime: (q) => {
        const expires = q.state.data?.expires;
        return expires ? Math.max(0, Date.parse(expires) - Date.now() - THUMB_MARGIN_MS) : 60 * 60_000;
      },
      gcTime: 10 * 60_000,
      retry: false,
    }),
};
