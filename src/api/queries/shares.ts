import { infiniteQueryOptions, queryOptions, type QueryClient } from "@tanstack/react-query";
import { api, unwrap } from "../client";
import { fetchFileText } from "../content";
import { isApiError } from "../errors";
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
  unwrap(api.GET("/share/info/{id}", { params: { path: { id }, query: { ...(password ? { password } : {}), ...(countViews ? { count_views: true } : {}) } }, signal }));
const nextToken = (last: ShareListResponse) => last.pagination.next_token || undefined;

export const shareQueries = {
  /** The caller's share links; the server's cursor follows creation order, other orders sort within pages. */
  mine: (order: ShareOrder, direction: "asc" | "desc") =>
    infiniteQueryOptions({
      queryKey: shareKeys.mine(order, direction),
      queryFn: ({ pageParam, signal }) =>
        unwrap(
          api.GET("/share", {
            params: { query: { page_size: PAGE_SIZE, order_direction: direction, ...(order !== "created" ? { order_by: order } : {}), ...(pageParam ? { next_page_token: pageParam } : {}) } },
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
      queryFn: ({ signal }) => unwrap(api.GET("/share/info/{id}", { params: { path: { id }, query: { owner_extended: true, ...(password ? { password } : {}) } }, signal })),
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

/** A shared folder's README: Markdown is rendered, plain text shown as it is. */
export interface ShareReadme {
  name: string;
  kind: "markdown" | "text";
  text: string;
}

/** The names looked for, in this order (the first one found is shown). */
export const README_NAMES: readonly { name: string; kind: ShareReadme["kind"] }[] = [
  { name: "README.md", kind: "markdown" },
  { name: "README.txt", kind: "text" },
];

/** The file's text when it exists in the folder, null when it does not. */
async function readIfPresent(uri: string, signal: AbortSignal): Promise<string | null> {
  try {
    await unwrap(api.GET("/file/info", { params: { query: { uri } }, signal }));
  } catch (e) {
    if (isApiError(e) && (e.code === 404 || e.code === 40016)) return null;
    throw e;
  }
  const { urls } = await unwrap(api.POST("/file/url", { body: { uris: [uri] }, signal }));
  const url = urls[0]?.url;
  return url ? fetchFileText(url, signal) : null;
}

/**
 * The README of a shared folder (`folderUri` is the folder's share URI), or null when it has none.
 * Each candidate name is asked for in turn; the server has no "find a file by names" call.
 */
export const shareReadmeQuery = (folderUri: string) =>
  queryOptions({
    queryKey: shareKeys.readme(folderUri),
    queryFn: async ({ signal }): Promise<ShareReadme | null> => {
      for (const { name, kind } of README_NAMES) {
        const text = await readIfPresent(`${folderUri.replace(/\/$/, "")}/${encodeURIComponent(name)}`, signal);
        if (text !== null) return { name, kind, text };
      }
      return null;
    },
    retry: false,
    staleTime: 60_000,
  });

export interface SaveShareInput {
  share: Pick<Share, "id" | "password" | "source_type" | "owner">;
  /** The share URI the shortcut points at (`cloudreve://<id>[:<pwd>]@share`). */
  target: string;
  /** Where the shortcut is created: the chosen folder's URI joined with its name. */
  uri: string;
}

/**
 * Saves a share in one's files as a shortcut (contract §9.7): a file shortcut for a share of one
 * file, a folder shortcut for a shared folder, so it opens like what it stands for. The server
 * then also lists it under Shared with me.
 */
export const saveShareShortcut = ({ share, target, uri }: SaveShareInput) =>
  unwrap(
    api.POST("/file/create", {
      body: {
        type: share.source_type === 0 ? "file" : "folder",
        uri,
        metadata: { "sys:shared_redirect": target, "sys:shared_owner": share.owner.id },
        err_on_conflict: true,
      },
    }),
  );

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
