import type { ReactNode } from "react";
import type { ListState } from "./useListState";

export interface Column<T> {
  id: string;
  label: string;
  /** The server's `order_by` value, when the column can be sorted. */
  sortKey?: string;
  render: (row: T) => ReactNode;
  align?: "left" | "right";
  /** Left out of the phone cards (the title already says it). */
  phoneHidden?: boolean;
}

export interface RowAction {
  label: string;
  icon: ReactNode;
  run: () => void;
  disabled?: boolean;
  danger?: boolean;
}

export interface DataTableProps<T> {
  label: string;
  rows: T[] | undefined;
  columns: Column<T>[];
  rowId: (row: T) => number;
  /** The row's name, for checkbox and menu labels. */
  rowName: (row: T) => string;
  /** The first column's content on phone cards. */
  title: (row: T) => ReactNode;
  actions?: (row: T) => RowAction[];
  selected?: Set<number>;
  onSelect?: (ids: Set<number>) => void;
  state: ListState;
  total: number;
  loading: boolean;
  fetching: boolean;
  error?: string;
  onRetry?: () => void;
  empty: string;
  onSort: (key: string) => void;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
}

/** The page's checked rows, as both layouts show them. */
export interface TableSelection {
  enabled: boolean;
  chosen: Set<number>;
  allOn: boolean;
  someOn: boolean;
  toggle: (id: number) => void;
  toggleAll: () => void;
}

/** What both layouts place around the rows: the progress bar, placeholders, the empty text, the pager. */
export interface TableChrome {
  busy: ReactNode;
  placeholders: ReactNode;
  empty: ReactNode;
  pager: ReactNode;
}

export interface LayoutProps<T> {
  p: DataTableProps<T>;
  rows: T[];
  sel: TableSelection;
  chrome: TableChrome;
}
