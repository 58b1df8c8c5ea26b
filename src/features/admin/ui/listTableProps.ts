import type { UseQueryResult } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { describeError } from "../../../api/errors";
import type { useListState } from "./useListState";

/**
 * What a DataTable needs from a list page's URL state and its query: paging, order, the total,
 * loading and error with retry. `beforeChange` runs before the page, size or order changes (pages
 * with a selection clear it, as the rows it names are about to go).
 */
export function listTableProps(
  list: ReturnType<typeof useListState>,
  query: UseQueryResult<{ pagination: { total_items?: number } }>,
  t: TFunction,
  beforeChange: () => void = () => undefined,
) {
  return {
    state: list.state,
    total: query.data?.pagination.total_items ?? 0,
    loading: query.isPending,
    fetching: query.isFetching,
    error: query.isError ? describeError(query.error, t) : undefined,
    onRetry: () => void query.refetch(),
    onSort: (key: string) => {
      beforeChange();
      list.setSort(key);
    },
    onPage: (page: number) => {
      beforeChange();
      list.setPage(page);
    },
    onPageSize: (size: number) => {
      beforeChange();
      list.setPageSize(size);
    },
  };
}
