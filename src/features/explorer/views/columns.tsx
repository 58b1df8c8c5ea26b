// List-view columns, by the column type numbers cloudreve/frontend stores in ExplorerView.columns
// (contract §8.19), so a view saved by either frontend shows the same columns in the other.
import type { ReactNode } from "react";
import type { TFunction } from "i18next";
import type { ListViewColumn, OrderBy } from "../../../api/queries/files";
import { formatBytes, formatDate } from "../../../lib/format";
import { tryParseUri } from "../../../lib/uri";
import { Col, METADATA_COLUMNS } from "../listing/viewSettings";
import { extOf, parentPathOf, restoreUriOf, trashExpiryOf, type FileResponse } from "../model/files";
import { kindOf } from "./fileKind";

export interface ColumnDef {
  type: number;
  id: string;
  label: string;
  /** px; the name column takes the rest. */
  width: number;
  sortBy?: OrderBy;
  align?: "left" | "right";
  /** Hidden on phones, where the name cell shows a second line instead. */
  wide?: boolean;
  value: (f: FileResponse) => ReactNode;
}

/** Column types the "Columns" dialog offers. */
export const AVAILABLE_COLUMNS: number[] = [Col.Name, Col.Size, Col.Modified, Col.Created, 100, Col.Parent, Col.RestoreParent, Col.TrashExpiry, 9, 10, 11, 12, 13, 16, 20, 22, 23, 24, 25, Col.Metadata];

/**
 * "Type" has no number in cloudreve/frontend; 100 is outside its range (0–32) and the server
 * treats column types as opaque non-negative numbers, so the official frontend just skips it.
 */
export const TYPE_COLUMN = 100;

export function columnDef(col: ListViewColumn, t: TFunction, lang: string): ColumnDef | null {
  const w = (d: number) => (col.width && col.width >= 60 && col.width <= 800 ? col.width : d);
  switch (col.type) {
    case Col.Name:
      return { type: col.type, id: "name", label: t("columns.name"), width: 0, sortBy: "name", value: () => null };
    case Col.Size:
      return { type: col.type, id: "size", label: t("columns.size"), width: w(110), sortBy: "size", align: "right", wide: true, value: (f) => (f.type === 1 ? "" : formatBytes(f.size, lang)) };
    case Col.Modified:
      return { type: col.type, id: "modified", label: t("columns.modified"), width: w(180), sortBy: "updated_at", wide: true, value: (f) => formatDate(f.updated_at, lang) };
    case Col.Created:
      return { type: col.type, id: "created", label: t("columns.created"), width: w(180), sortBy: "created_at", wide: true, value: (f) => formatDate(f.created_at, lang) };
    case Col.Parent:
      return { type: col.type, id: "parent", label: t("columns.parent"), width: w(220), wide: true, value: (f) => <bdi>{parentPathOf(f)}</bdi> };
    case Col.RestoreParent:
      return {
        type: col.type,
        id: "restore",
        label: t("columns.restoreParent"),
        width: w(240),
        wide: true,
        value: (f) => {
          const u = tryParseUri(restoreUriOf(f) ?? "");
          return u ? <bdi>{"/" + u.parent().segments.join("/")}</bdi> : "";
        },
      };
    case Col.TrashExpiry:
      return { type: col.type, id: "expiry", label: t("columns.trashExpiry"), width: w(170), wide: true, value: (f) => formatDate(trashExpiryOf(f)?.toISOString() ?? "", lang) };
    case Col.Metadata: {
      const key = col.props?.metadata_key;
      if (!key) return null;
      return { type: col.type, id: `meta:${key}`, label: key, width: w(160), wide: true, value: (f) => <bdi>{f.metadata?.[key] ?? ""}</bdi> };
    }
    case TYPE_COLUMN:
      return { type: col.type, id: "type", label: t("columns.type"), width: w(130), wide: true, value: (f) => (f.type === 1 ? t("kinds.folder") : t(`kinds.${kindOf(extOf(f.name))}`)) };
    default: {
      const key = METADATA_COLUMNS[col.type];
      if (!key) return null;
      return { type: col.type, id: `c${col.type}`, label: t(`columns.c${col.type}`), width: w(140), wide: true, value: (f) => <bdi>{f.metadata?.[key] ?? ""}</bdi> };
    }
  }
}

/** The columns to show: always a name column first; search results also show where each item is. */
export function visibleColumns(columns: ListViewColumn[], isSearch: boolean, t: TFunction, lang: string): ColumnDef[] {
  const list = columns.filter((c) => c.type !== Col.Name);
  if (isSearch && !list.some((c) => c.type === Col.Parent)) list.splice(0, 0, { type: Col.Parent });
  return [{ type: Col.Name }, ...list].map((c) => columnDef(c, t, lang)).filter((c): c is ColumnDef => c !== null);
}
