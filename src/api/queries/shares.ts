import { infiniteQueryOptions, queryOptions, type QueryClient } from "@tanstack/react-query";
import { api, unwrap } from "../client";
import type { components } from "../schema";

export type Share = components["schemas"]["Share"];
export type ShareRequest = components["schemas"]["ShareRequest"];
export type ShareListResponse = components["schemas"]["ListShareResponse"];
export type ShareOrder = "created" | "views" | "downloads" | "remain_downloads";

export const shareKeys = {
  all: ["shares"] as const,
  mine: (order: ShareOrder, direction: "asc" | "desc") => ["shares", "mine", order, direction] as const,
  mineAll: () => ["shares", "mine"] as const,
  info: (id: string, password: string | undefined) => ["shares", "info", id, password ?? ""] as const,
  ownerInfo: (id: string) => ["shares", "owner", id] as const,
  readme: (folderUri: string) => ["shares", "readme", folderUri] as const,
  ofUser: (userId: string) => ["shares", "user", userId] as const,
  userInfo: (userId: string) => ["user", "info", userId] as const,
};

const PAGE_SIZE = 50;

/** A share as a visitor sees it; `countViews` counts this request as a visit. */
const fetchShareInfo = (id: string, password: string | undefined, countViews: boolean, signal?: AbortSignal) =>
  unwrap(
    api.GET("/share/info/{id}", {
      params: { path: { id }, query: { ...(password ? { password } : {}), ...(countViews ? { count_views: true } : {}) } },
      signal,
    }),
  );
const nextToken = (last: ShareListResponse) => last.pagination.next_token || undefined;

export const shareQueries = {
  /** The caller's share links; the server's cursor follows creation order, other orders sort within pages. */
  mine: (order: ShareOrder, direction: "asc" | "desc") =>
    infiniteQueryOptions({
      queryKey: shareKeys.mine(order, direction),
      queryFn: ({ pageParam, signal }) =>
        unwrap(
          api.GET("/share", {
            params: {
              query: {
                page_size: PAGE_SIZE,
                order_direction: direction,
                ...(order !== "created" ? { order_by: order } : {}),
                ...(pageParam ? { next_page_token: pageParam } : {}),
              },
            },
            signal,
          }),
        ),
      initialPageParam: "",
      getNextPageParam: nextToken,
    }),
  /** What a visitor (or the owner) sees of a share; views are counted once per visit, not per refetch. */
  info: (id: string, password: string | undefined, countViews: boolean) =>
    queryOptions({
      queryKey: shareKeys.info(id, password),
      queryFn: ({ signal }) => fetchShareInfo(id, password, countViews, signal),
      retry: false,
      staleTime: Infinity,
    }),
  /**
   * The owner's view of a share, with its source. A password share asks its owner for the password
   * too (docs/server-behaviour.md, "Shares"); the owner's share list carries it.
   */
  ownerInfo: (id: string, password: string | undefined) =>
    queryOptions({
      queryKey: shareKeys.ownerInfo(id),
      queryFn: ({ signal }) =>
        unwrap(api.GET("/share/info/{id}", { params: { path: { id }, query: { owner_extended: true, ...(password ? { password } : {}) } }, signal })),
    }),
  ofUser: (userId: string) =>
    infiniteQueryOptions({
      queryKey: shareKeys.ofUser(userId),
      queryFn: ({ pageParam, signal }) =>
        unwrap(
          api.GET("/user/shares/{id}", {
            params: { path: { id: userId }, query: { page_size: PAGE_SIZE, order_direction: "desc", ...(pageParam ? { next_page_token: pageParam } : {}) } },
            signal,
          }),
        ),
      initialPageParam: "",
      getNextPageParam: nextToken,
    }),
  userInfo: (userId: string) =>
    queryOptions({
      queryKey: shareKeys.userInfo(userId),
      queryFn: ({ signal }) => unwrap(api.GET("/user/info/{id}", { params: { path: { id: userId } }, signal })),
      retry: false,
    }),
};

export const createShare = (body: ShareRequest) => unwrap(api.PUT("/share", { body }));
export const editShare = (id: string, body: ShareRequest) => unwrap(api.POST("/share/{id}", { params: { path: { id } }, body }));
export const deleteShare = (id: string) => unwrap(api.DELETE("/share/{id}", { params: { path: { id } } }));

/**
 * After a single-file share was downloaded (the server counts it when it hands out the URL):
 * re-reads the share without counting another view. When that download used the share up, the
 * server no longer shows it; the landing then counts the download itself and stays on screen
 * instead of vanishing under the visitor.
 */
export async function refreshAfterDownload(qc: QueryClient, id: string, password: string | undefined): Promise<void> {
  const fresh = await fetchShareInfo(id, password, false).catch(() => undefined);
  qc.setQueryData<Share>(shareKeys.info(id, password), (old) => {
    if (fresh?.unlocked) return fresh;
    if (!old) return old;
    const remaining = old.remain_downloads === undefined ? {} : { remain_downloads: Math.max(0, old.remain_downloads - 1) };
    return { ...old, ...remaining, downloaded: (old.downloaded ?? 0) + 1 };
  });
}
