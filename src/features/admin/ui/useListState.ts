import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import type { AdminListParams } from "../../../api/queries/admin";

/**
 * A list's page, page size, order and filters live in the URL, so a reload, a bookmark or the back
 * button shows the same list. Changing anything but the page starts again at page 1.
 */
export const PAGE_SIZES = [10, 25, 50, 100] as const;

export interface ListDefaults {
  pageSize?: number;
  sort?: string;
  desc?: boolean;
  /** URL parameter names of the page's filters. */
  filters: readonly string[];
}

export interface ListState {
  page: number;
  pageSize: number;
  sort: string;
  desc: boolean;
  filters: Record<string, string>;
}

const positive = (raw: string | null, fallback: number) => {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 ? n : fallback;
};

export function useListState(defaults: ListDefaults) {
  const [params, setParams] = useSearchParams();
  const filterKey = defaults.filters.join(",");
  const state: ListState = useMemo(() => {
    const size = positive(params.get("size"), defaults.pageSize ?? 25);
    return {
      page: positive(params.get("page"), 1),
      pageSize: PAGE_SIZES.includes(size as (typeof PAGE_SIZES)[number]) ? size : (defaults.pageSize ?? 25),
      sort: params.get("sort") ?? defaults.sort ?? "id",
      desc: (params.get("dir") ?? (defaults.desc === false ? "asc" : "desc")) === "desc",
      filters: Object.fromEntries(
        filterKey
          .split(",")
          .filter(Boolean)
          .map((k) => [k, params.get(k) ?? ""]),
      ),
    };
  }, [params, defaults.pageSize, defaults.sort, defaults.desc, filterKey]);

  const write = useCallback(
    (patch: Record<string, string | undefined>, opts: { resetPage?: boolean; replace?: boolean } = {}) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(patch)) {
            if (v === undefined || v === "") next.delete(k);
            else next.set(k, v);
          }
          if (opts.resetPage) next.delete("page");
          return next;
        },
        { replace: opts.replace },
      );
    },
    [setParams],
  );

  const setPage = useCallback((page: number) => write({ page: page > 1 ? String(page) : undefined }), [write]);
  const setPageSize = useCallback((size: number) => write({ size: String(size) }, { resetPage: true }), [write]);
  // The same column again flips the direction; another column starts descending.
  const setSort = useCallback(
    (sort: string) => write({ sort, dir: state.sort === sort && state.desc ? "asc" : "desc" }, { resetPage: true }),
    [write, state.sort, state.desc],
  );
  const setFilter = useCallback((key: string, value: string) => write({ [key]: value }, { resetPage: true }), [write]);
  return { state, setPage, setPageSize, setSort, setFilter };
}

/** The list request for the server, with this page's filters turned into its condition names. */
export function listParams(state: ListState, conditions: Record<string, string>): AdminListParams {
  return { page: state.page, pageSize: state.pageSize, orderBy: state.sort, desc: state.desc, conditions };
}
