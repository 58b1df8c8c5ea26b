// Per-folder view settings (docs/server-behaviour.md, "Folder views"): what the server saved, what the user changed locally,
// and the limits the listing's `props` impose. Pure, so the rules are unit-tested.
import {
  DEFAULT_LIST_PARAMS,
  type ExplorerView,
  type ExplorerViewInput,
  type ListParams,
  type ListViewColumn,
  type OrderBy,
  type OrderDirection,
} from "../../../api/queries/files";
import type { FsType } from "../../../lib/uri";
import { NavCap, hasNavCap } from "../../../lib/capabilities";

export type Layout = "list" | "grid" | "gallery";

export interface EffectiveView {
  layout: Layout;
  pageSize: number;
  orderBy: OrderBy;
  direction: OrderDirection;
  thumbnail: boolean;
  galleryWidth: number;
  columns: ListViewColumn[];
}

/** What a user changed for one folder; absent fields come from the server's view. */
export type ViewOverride = Partial<EffectiveView>;

export interface ListProps {
  max_page_size: number;
  order_by_options?: string[] | null;
  order_direction_options?: string[] | null;
}

/** The server rejects smaller page sizes when saving a view. */
export const MIN_PAGE_SIZE = 50;
export const GALLERY_MIN = 50;
export const GALLERY_MAX = 500;
export const GALLERY_DEFAULT = 220;

/** Column type numbers of cloudreve/frontend (docs/server-behaviour.md, "Folder views"): stored in views, so they must match. */
export const Col = {
  Name: 0,
  Modified: 1,
  Size: 2,
  Metadata: 3,
  Created: 4,
  Parent: 6,
  RestoreParent: 7,
  TrashExpiry: 8,
} as const;

/** Columns 9–25 of the official frontend show one metadata value each. */
export const METADATA_COLUMNS: Readonly<Record<number, string>> = {
  9: "exif:f",
  10: "exif:exposure_time",
  11: "exif:iso",
  12: "exif:camera_make",
  13: "exif:camera_model",
  14: "exif:lens_make",
  15: "exif:lens_model",
  16: "exif:focal_length",
  17: "exif:exposure_bias",
  18: "exif:flash",
  19: "exif:software",
  20: "exif:taken_at",
  22: "music:title",
  23: "music:artist",
  24: "music:album",
  25: "stream:duration",
};

export const DEFAULT_COLUMNS: ListViewColumn[] = [{ type: Col.Name }, { type: Col.Size }, { type: Col.Modified }];
const ORDERS: OrderBy[] = ["name", "size", "updated_at", "created_at"];
const LAYOUTS: Layout[] = ["list", "grid", "gallery"];

export const DEFAULT_VIEW: EffectiveView = {
  layout: "grid",
  pageSize: DEFAULT_LIST_PARAMS.pageSize,
  orderBy: DEFAULT_LIST_PARAMS.orderBy,
  direction: DEFAULT_LIST_PARAMS.direction,
  thumbnail: true,
  galleryWidth: GALLERY_DEFAULT,
  columns: DEFAULT_COLUMNS,
};

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

/** Page-size range the controls offer: 50 (or less when the site caps lower) to max_page_size. */
export function pageSizeRange(props: ListProps | undefined): [number, number] {
  const max = Math.max(1, props?.max_page_size || 2000);
  return [Math.min(MIN_PAGE_SIZE, max), max];
}

export function orderOptions(props: ListProps | undefined): OrderBy[] {
  const allowed = props?.order_by_options;
  if (allowed === undefined) return ORDERS;
  return ORDERS.filter((o) => allowed?.includes(o));
}

export function directionOptions(props: ListProps | undefined): OrderDirection[] {
  const allowed = props?.order_direction_options;
  if (allowed === undefined) return ["asc", "desc"];
  return (["asc", "desc"] as const).filter((d) => allowed?.includes(d));
}

/** Merges server view, local override and defaults, then keeps everything inside `props`. */
export function resolveView(
  server: ExplorerView | undefined,
  local: ViewOverride | undefined,
  props: ListProps | undefined,
  fallback: EffectiveView = DEFAULT_VIEW,
): EffectiveView {
  const fromServer: ViewOverride = {};
  if (server) {
    if (server.view && LAYOUTS.includes(server.view)) fromServer.layout = server.view;
    if (server.page_size) fromServer.pageSize = server.page_size;
    if (server.order && (ORDERS as string[]).includes(server.order)) fromServer.orderBy = server.order as OrderBy;
    if (server.order_direction === "asc" || server.order_direction === "desc") fromServer.direction = server.order_direction;
    // `thumbnail` is omitempty: a saved view without it means "off", a missing view means default.
    fromServer.thumbnail = Boolean(server.thumbnail);
    if (server.gallery_width) fromServer.galleryWidth = server.gallery_width;
    if (server.columns?.length) fromServer.columns = server.columns;
  }
  const merged: EffectiveView = { ...fallback, ...fromServer, ...stripUndefined(local ?? {}) };
  return constrainView(merged, props);
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function constrainView(v: EffectiveView, props: ListProps | undefined): EffectiveView {
  const [lo, hi] = pageSizeRange(props);
  const orders = orderOptions(props);
  const dirs = directionOptions(props);
  return {
    ...v,
    pageSize: clamp(Math.round(v.pageSize), lo, hi),
    // While searching the server offers no (or one) order: keep what it supports.
    orderBy: orders.length === 0 || orders.includes(v.orderBy) ? v.orderBy : orders[0]!,
    direction: dirs.length === 0 || dirs.includes(v.direction) ? v.direction : dirs[0]!,
    galleryWidth: clamp(Math.round(v.galleryWidth), GALLERY_MIN, GALLERY_MAX),
    columns: v.columns.length ? v.columns : DEFAULT_COLUMNS,
  };
}

/** Whether a local override sets the order or page size (and so decides the listing's parameters). */
export const hasSortOverride = (local: ViewOverride | undefined) =>
  Boolean(local && (local.pageSize !== undefined || local.orderBy !== undefined || local.direction !== undefined));

/** The sort part of a view the server saved for the folder itself (`extended_info.view`). */
export function savedSort(server: ExplorerView | null | undefined): ViewOverride {
  const out: ViewOverride = {};
  if (!server) return out;
  if (server.page_size) out.pageSize = server.page_size;
  if (server.order && (ORDERS as string[]).includes(server.order)) out.orderBy = server.order as OrderBy;
  if (server.order_direction === "asc" || server.order_direction === "desc") out.direction = server.order_direction;
  return out;
}

/**
 * The listing's parameters, always explicit: the local override, else the sort the server saved
 * for the folder, else the defaults; the page size within what the server allows.
 */
export function listParamsFrom(local: ViewOverride | undefined, saved: ViewOverride | undefined, maxPageSize?: number): ListParams {
  const pick = <K extends "pageSize" | "orderBy" | "direction">(k: K) => local?.[k] ?? saved?.[k] ?? DEFAULT_VIEW[k];
  const [lo, hi] = pageSizeRange(maxPageSize ? { max_page_size: maxPageSize } : undefined);
  return { pageSize: clamp(Math.round(pick("pageSize")), lo, hi), orderBy: pick("orderBy"), direction: pick("direction") };
}

/** The body of PATCH /file/view, inside the server's validation limits. */
export function toViewInput(v: EffectiveView): ExplorerViewInput {
  return {
    page_size: Math.max(MIN_PAGE_SIZE, v.pageSize),
    order: v.orderBy,
    order_direction: v.direction,
    view: v.layout,
    thumbnail: v.thumbnail,
    gallery_width: clamp(v.galleryWidth, GALLERY_MIN, GALLERY_MAX),
    columns: v.columns,
  };
}

export interface SyncContext {
  fs: FsType;
  isRoot: boolean;
  isSearch: boolean;
  loggedIn: boolean;
  disableViewSync: boolean;
  parentOwned: boolean;
  folderCapability: string | undefined;
}

/**
 * Whether view changes may be saved on the server (§8.19): the roots of trash and shared-with-me
 * live in the user's settings; other folders need ownership and capabilities 24 + 15. Search
 * results are not a folder, so their view stays local.
 */
export function canSyncView(c: SyncContext): boolean {
  if (!c.loggedIn || c.disableViewSync || c.isSearch) return false;
  if (c.fs === "trash" || c.fs === "shared_with_me") return c.isRoot;
  return c.parentOwned && hasNavCap(c.folderCapability, NavCap.ModifyProps) && hasNavCap(c.folderCapability, NavCap.LockFile);
}
