import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFolder } from "../ExplorerContext";
import { NAME_MIN, visibleColumns, withColumnWidth, type ColumnDef } from "./columns";

/**
 * The list's columns as shown: the folder's saved ones, with the width of the column being resized
 * shown live and saved with the folder's view when the drag or key press ends.
 */
export function useListColumns(phone: boolean) {
  const { t, i18n } = useTranslation("explorer");
  const { view, uri, rootName, setView } = useFolder();
  const [resizing, setResizing] = useState<{ id: string; width: number } | null>(null);
  const saved = useMemo(() => visibleColumns(view.columns, uri.isSearch, t, i18n.language, rootName), [view.columns, uri.isSearch, t, i18n.language, rootName]);
  const cols = useMemo(() => (resizing ? saved.map((c) => (c.id === resizing.id ? { ...c, width: resizing.width } : c)) : saved), [saved, resizing]);
  // Below this the list scrolls sideways instead of squeezing the names (phones show no fixed columns).
  const minWidth = 16 + NAME_MIN + 40 + (phone ? 0 : cols.reduce((sum, c) => sum + c.width, 0));
  const resize = (c: ColumnDef, width: number) => setResizing({ id: c.id, width });
  const commitWidth = (c: ColumnDef, width: number) => {
    setResizing(null);
    if (saved.find((x) => x.id === c.id)?.width === width) return;
    setView({ columns: withColumnWidth(view.columns, c.type, c.id.startsWith("meta:") ? c.id.slice(5) : undefined, width) });
  };
  return { cols, minWidth, resize, commitWidth };
}
