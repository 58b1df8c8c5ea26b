import { useEffect, useMemo } from "react";
import { useInfiniteQuery } from "@tanstack/react-query";
import { fileQueries, type FileResponse, type ListParams } from "../../../api/queries/files";

/** Name order with a large page: folders come first in a listing, so one page usually holds them all. */
export const SUBFOLDER_PARAMS: ListParams = { pageSize: 200, orderBy: "name", direction: "asc" };

export interface Subfolders {
  folders: FileResponse[];
  isPending: boolean;
  /** Every folder is loaded (the pages left hold only files). */
  loaded: boolean;
  error: Error | null;
}

/**
 * The folders inside `uri` (share shortcuts left out: they lead elsewhere), through the one folder
 * listing query. The server lists folders before files, so pages are loaded only while every item
 * of the last page is a folder: a page holding a file means there are no folders after it.
 */
export function useSubfolders(uri: string, maxPageSize: number, enabled = true): Subfolders {
  const q = useInfiniteQuery({ ...fileQueries.list(uri, { ...SUBFOLDER_PARAMS, pageSize: Math.min(SUBFOLDER_PARAMS.pageSize, maxPageSize) }, 0), enabled });
  const pages = q.data?.pages;
  const folders = useMemo(() => (pages ?? []).flatMap((p) => p.files).filter((f) => f.type === 1 && !f.metadata?.["sys:shared_redirect"]), [pages]);
  const lastPage = pages?.at(-1);
  const more = Boolean(q.hasNextPage && lastPage && lastPage.files.every((f) => f.type === 1));
  const { fetchNextPage, isFetchingNextPage } = q;
  useEffect(() => {
    if (more && !isFetchingNextPage) void fetchNextPage();
  }, [more, isFetchingNextPage, fetchNextPage]);
  return { folders, isPending: enabled && q.isPending, loaded: q.data !== undefined && !more, error: q.error };
}
