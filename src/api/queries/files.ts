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
 * Explicit listing parameters. `null` means "let the server apply the folder's saved view" —
 * the request then omits page_size/order_by/order_direction (contract §8.1.1).
 */
export interface ListParams {
  pageSize: number;
  orderBy: OrderBy;
  direction: OrderDirection;
}

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
  list: (uri: string, params: ListParams | null, page: number) => ["files", "list", uri, params, page] as const,
  info: (uri: string, extended: boolean, summary: boolean) => ["files", "info", uri, { extended, summary }] as const,
  infos: () => ["files", "info"] as const,
  thumb: (uri: string) => ["files", "thumb", uri] as const,
};

export async function fetchList(uri: string, params: ListParams | null, pageParam: ListPageParam, signal?: AbortSignal): Promise<ListResponse> {
  return unwrap(
    api.GET("/file", {
      params: {
        query: {
          uri,
          ...(pageParam.page > 0 ? { page: pageParam.page } : {}),
          ...(pageParam.token ? { next_page_token: pageParam.token } : {}),
          ...(params ? { page_size: params.pageSize, order_by: params.orderBy, order_direction: params.direction } : {}),
        },
      },
      signal,
    }),
  );
}

/** Thumbnails: a signed URL valid until `expires`; cached that long (minus a safety margin). */
const THUMB_MARGIN_MS = 30_000;

export const fileQueries = {
  /**
   * One folder listing. In cursor mode the pages chain through `next_token`; in offset mode the
   * query holds exactly one page (`page` is part of the key, the pager moves between keys).
   */
  list: (uri: string, params: ListParams | null, page: number) =>
    infiniteQueryOptions({
      queryKey: fileKeys.list(uri, params, page),
      queryFn: ({ pageParam, signal }) => fetchList(uri, params, pageParam, signal),
      initialPageParam: { page } as ListPageParam,
      getNextPageParam: (last: ListResponse): ListPageParam | undefined =>
        last.pagination.next_token ? { token: last.pagination.next_token, page: 0 } : undefined,
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
