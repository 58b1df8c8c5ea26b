// List-view columns, by the column type numbers cloudreve/frontend stores in ExplorerView.columns
// (docs/server-behaviour.md, "Folder views"), so a view saved by either frontend shows the same columns in the other.
import type { ReactNode } from "react";
import type { TFunction } from "i18next";
import type { ListViewColumn, OrderBy } from "../../../api/queries/files";
import { formatBytes, formatDate } from "../../../lib/format";
import { displayPath, tryParseUri } from "../../../lib/uri";
import { Col, METADATA_COLUMNS } from "../listing/viewSettings";
import { extOf, parentUriOf, restoreUriOf, trashExpiryOf, type FileResponse } from "../model/files";
import { kindOf } from "./fileKind";

export interface ColumnDef {
  type: number;
  id: string;
  label: string;
  /** px (the saved width, else the default); the name column takes the rest. */
  width: number;
  sortBy?: OrderBy;
  align?: "left" | "right";
  /** Hidden on phones, where the name cell shows a second line instead. */
  wide?: boolean;
  value: (f: FileResponse) => ReactNode;
}

/** Column types the "Columns" dialog offers. */
export const AVAILABLE_COLUMNS: number[] = [
  Col.Name,
  Col.Size,
  Col.Modified,
  Col.Created,
  100,
  Col.Parent,
  Col.RestoreParent,
  Col.TrashExpiry,
  9,
  10,
  11,
  12,
  13,
  16,
  20,
  22,
  23,
  24,
  25,
  Col.Metadata,
];

/**
 * "Type" has no number in cloudreve/frontend; 100 is outside its range (0–32) and the server
 * treats column types as opaque non-negative numbers, so the official frontend just skips it.
 */
export const TYPE_COLUMN = 100;

/** Widths a column may be given by dragging its edge or with the arrow keys. */
export const COLUMN_MIN = 60;
export const COLUMN_MAX = 800;
/** The name column shrinks to this before the list scrolls sideways. */
export const NAME_MIN = 160;

/** Clamps a wanted column width to what may be saved. */
export const clampColumnWidth = (px: number) => Math.round(Math.min(COLUMN_MAX, Math.max(COLUMN_MIN, px)));

/**
 * The view's columns with one column's width changed (saved in `ListViewColumn.width`). A column
 * the view does not list (the location column search results add) joins it where it is shown,
 * right after the name.
 */
export function withColumnWidth(columns: ListViewColumn[], type: number, metadataKey: string | undefined, width: number): ListViewColumn[] {
  const px = clampColumnWidth(width);
  const same = (c: ListViewColumn) => c.type === type && (type !== Col.Metadata || c.props?.metadata_key === metadataKey);
  if (columns.some(same)) return columns.map((c) => (same(c) ? { ...c, width: px } : c));
  const at = columns.findIndex((c) => c.type === Col.Name) + 1;
  return [...columns.slice(0, at), { type, width: px }, ...columns.slice(at)];
}

// Default widths fit their header and a long value ("Sep 30, 2026, 11:50 PM", "Deleted for good
// on") in the default font, so nothing is cut at 1280 px until the user narrows a column.
export function columnDef(col: ListViewColumn, t: TFunction, lang: string, rootName = t("roots.my")): ColumnDef | null {
  const w = (d: number) => (col.width && col.width >= COLUMN_MIN && col.width <= COLUMN_MAX ? col.width : d);
  switch (col.type) {
    case Col.Name:
      return { type: col.type, id: "name", label: t("columns.name"), width: 0, sortBy: "name", value: () => null };
    case Col.Size:
      return {
        type: col.type,
        id: "size",
        label: t("columns.size"),
        width: w(100),
        sortBy: "size",
        align: "right",
        wide: true,
        value: (f) => (f.type === 1 ? "" : formatBytes(f.size, lang)),
      };
    case Col.Modified:
      return {
        type: col.type,
        id: "modified",
        label: t("columns.modified"),
        width: w(200),
        sortBy: "updated_at",
        wide: true,
        value: (f) => formatDate(f.updated_at, lang),
      };
    case Col.Created:
      return {
        type: col.type,
        id: "created",
        label: t("columns.created"),
        width: w(200),
        sortBy: "created_at",
        wide: true,
        value: (f) => formatDate(f.created_at, lang),
      };
    case Col.Parent:
      return { type: col.type, id: "parent", label: t("columns.parent"), width: w(240), wide: true, value: (f) => <bdi>{folderOf(f, rootName)}</bdi> };
    case Col.RestoreParent:
      return {
        type: col.type,
        id: "restore",
        label: t("columns.restoreParent"),
        width: w(260),
        wide: true,
        value: (f) => <bdi>{originalFolderOf(f, t)}</bdi>,
      };
    case Col.TrashExpiry:
      return {
        type: col.type,
        id: "expiry",
        label: t("columns.trashExpiry"),
        width: w(210),
        wide: true,
        value: (f) => formatDate(trashExpiryOf(f)?.toISOString() ?? "", lang),
      };
    case Col.Metadata: {
      const key = col.props?.metadata_key;
      if (!key) return null;
      return { type: col.type, id: `meta:${key}`, label: key, width: w(160), wide: true, value: (f) => <bdi>{f.metadata?.[key] ?? ""}</bdi> };
    }
    case TYPE_COLUMN:
      return {
        type: col.type,
        id: "type",
        label: t("columns.type"),
        width: w(130),
        wide: true,
        value: (f) => (f.type === 1 ? t("kinds.folder") : t(`kinds.${kindOf(extOf(f.name))}`)),
      };
    default: {
      const key = METADATA_COLUMNS[col.type];
      if (!key) return null;
      return {
        type: col.type,
        id: `c${col.type}`,
        label: t(`columns.c${col.type}`),
        width: w(140),
        wide: true,
        value: (f) => <bdi>{f.metadata?.[key] ?? ""}</bdi>,
      };
    }
  }
}

/** The columns to show: always a name column first; search results also show where each item is. */
export function visibleColumns(columns: ListViewColumn[], isSearch: boolean, t: TFunction, lang: string, rootName?: string): ColumnDef[] {
  const list = columns.filter((c) => c.type !== Col.Name);
  if (isSearch && !list.some((c) => c.type === Col.Parent)) list.splice(0, 0, { type: Col.Parent });
  return [{ type: Col.Name }, ...list].map((c) => columnDef(c, t, lang, rootName)).filter((c): c is ColumnDef => c !== null);
}

/** The folder an item is in, as "My files/Photos"; "" when unknown. */
export function folderOf(f: FileResponse, rootName: string): string {
  const u = parentUriOf(f);
  return u ? displayPath(u, rootName) : "";
}

/** Where a trashed item came from, as "My files/Documents"; "" when the server did not say. */
export function originalFolderOf(f: FileResponse, t: TFunction): string {
  const u = tryParseUri(restoreUriOf(f) ?? "");
  return u ? displayPath(u.parent(), t(`roots.${u.fs}`)) : "";
}
