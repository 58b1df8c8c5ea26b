// Further tracks of a folder whose listing has more pages than the explorer loaded: the player asks
// for the following pages itself, through the app's listing code (fetchList, with its correction of
// the server's cursor that skips files), so the playlist grows after the viewer closed too.
import { fetchList, type FileResponse, type ListPageParam, type ListParams } from "../../../api/queries/files";

export interface MoreTracks {
  /** The next page of the folder, or null when the folder has no more. */
  load: () => Promise<FileResponse[]>;
  hasMore: () => boolean;
}

export function listingPages(uri: string, params: ListParams, first: ListPageParam | null): MoreTracks {
  let next = first;
  return {
    hasMore: () => next !== null,
    async load() {
      if (!next) return [];
      const at = next;
      const res = await fetchList(uri, params, at);
      const p = res.pagination;
      if (p?.next_token) next = { token: p.next_token, page: 0 };
      else if (
        !p?.is_cursor &&
        p?.total_items !== undefined &&
        (at.page + 1) * Math.max(1, p.page_size || params.pageSize) < p.total_items &&
        res.files.length > 0
      )
        next = { page: at.page + 1 };
      else next = null;
      return res.files;
    },
  };
}
