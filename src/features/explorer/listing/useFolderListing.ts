import { useMemo } from "react";
import { useInfiniteQuery } from "@tanstack/react-query";
import { fileQueries, type FileResponse, type ListParams, type ListResponse } from "../../../api/queries/files";

export interface FolderListing {
  /** All loaded items, in listing order. */
  files: FileResponse[];
  /** The first page (carries props, parent, view, context hint). */
  head: ListResponse | undefined;
  mode: "cursor" | "offset";
  /** Total items when the server says (offset mode) or when everything is loaded. */
  total: number | undefined;
  /** 0-based page in offset mode. */
  page: number;
  /** Index of the first loaded item in the whole folder (offset mode shows one page at a time). */
  offset: number;
  pageCount: number;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
  isPending: boolean;
  isFetching: boolean;
  error: unknown;
  refetch: () => Promise<unknown>;
}

/**
 * One folder listing through useInfiniteQuery. Cursor pages are appended as they load; in offset
 * mode `page` selects which single page the query holds.
 */
export function useFolderListing(uri: string, params: ListParams, page: number): FolderListing {
  const q = useInfiniteQuery(fileQueries.list(uri, params, page));
  const pages = q.data?.pages;
  const files = useMemo(() => (pages ? (pages.length === 1 ? pages[0]!.files : pages.flatMap((p) => p.files)) : []), [pages]);
  const head = pages?.[0];
  const pagination = head?.pagination;
  const offset = Boolean(pagination && !pagination.is_cursor && pagination.total_items !== undefined);
  const pageSize = pagination?.page_size || 0;
  const total = offset ? pagination!.total_items : q.hasNextPage ? undefined : files.length;
  const current = offset ? (pagination?.page ?? 0) : 0;
  return {
    files,
    head,
    mode: offset ? "offset" : "cursor",
    total,
    page: current,
    offset: current * pageSize,
    pageCount: offset && pageSize > 0 ? Math.max(1, Math.ceil((pagination!.total_items ?? 0) / pageSize)) : 1,
    hasNextPage: q.hasNextPage,
    isFetchingNextPage: q.isFetchingNextPage,
    fetchNextPage: q.fetchNextPage,
    isPending: q.isPending,
    isFetching: q.isFetching,
    error: q.error,
    refetch: q.refetch,
  };
}
