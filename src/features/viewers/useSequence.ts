import { useCallback, useMemo, useState } from "react";
import { useQueryClient, type InfiniteData } from "@tanstack/react-query";
import { fileKeys, fileQueries, type FileResponse, type ListResponse } from "../../api/queries/files";
import type { FileSequence, ListingSource } from "./types";

/**
 * The folder's files as a viewer pages through them. Cursor listings grow the explorer's own query
 * (the view shows the same pages afterwards); in offset mode, which holds one page per query, the
 * following pages are fetched through the same query factory and appended here.
 */
export function useSequence(uri: string, listing: ListingSource): FileSequence {
  const qc = useQueryClient();
  const base = `${uri}|${listing.page}|${JSON.stringify(listing.params)}`;
  const [extra, setExtra] = useState<{ base: string; files: FileResponse[]; pages: number }>({ base, files: [], pages: 0 });
  const mine = extra.base === base ? extra : { base, files: [], pages: 0 };
  const offset = listing.mode === "offset";
  const nextPage = listing.page + 1 + mine.pages;
  const hasMore = offset ? nextPage < listing.pageCount : listing.hasNextPage;
  const { fetchNextPage, params } = listing;
  const loadMore = useCallback(async () => {
    if (!offset) {
      await fetchNextPage();
      return;
    }
    const data = await qc.fetchInfiniteQuery(fileQueries.list(uri, params, nextPage));
    const files = data.pages.flatMap((pg) => pg.files);
    setExtra((prev) => {
      const cur = prev.base === base ? prev : { base, files: [], pages: 0 };
      return { base, files: [...cur.files, ...files], pages: cur.pages + 1 };
    });
  }, [offset, fetchNextPage, qc, uri, params, nextPage, base]);
  const files = useMemo(() => (mine.files.length ? [...listing.files, ...mine.files] : listing.files), [listing.files, mine.files]);
  const listingPage = listing.page;
  const continuation = useCallback(() => {
    if (offset) return hasMore ? { uri, params, next: { page: nextPage } } : null;
    const data = qc.getQueryData<InfiniteData<ListResponse>>(fileKeys.list(uri, params, listingPage));
    const token = data?.pages.at(-1)?.pagination?.next_token;
    return token ? { uri, params, next: { token, page: 0 } } : null;
  }, [offset, hasMore, uri, params, nextPage, qc, listingPage]);
  return { files, hasMore, loadMore, continuation };
}
