import { useTranslation } from "react-i18next";
import { Box, IconButton, TableSortLabel, Tooltip } from "@mui/material";
import ColumnsIcon from "@mui/icons-material/ViewColumnOutlined";
import { useFolder } from "../ExplorerContext";
import { dialogs } from "../dialogs";
import { ColumnResizeHandle } from "./ColumnResizeHandle";
import { NAME_MIN, type ColumnDef } from "./columns";

/** Height of the list's header row, which stays at the top while the rows scroll under it. */
export const HEADER = 40;

interface Props {
  cols: ColumnDef[];
  minWidth: number;
  phone: boolean;
  onResize: (c: ColumnDef, width: number) => void;
  onResized: (c: ColumnDef, width: number) => void;
}

/** The list's column headers: sort by a column, resize it by its edge, choose the columns. */
export function ListHeader({ cols, minWidth, phone, onResize, onResized }: Props) {
  const { t } = useTranslation("explorer");
  const folderCtx = useFolder();
  const { view, listing } = folderCtx;
  const sortBy = (c: ColumnDef) => {
    if (!c.sortBy) return;
    const same = view.orderBy === c.sortBy;
    folderCtx.setView({ orderBy: c.sortBy, direction: same && view.direction === "asc" ? "desc" : "asc" });
  };
  const sortable = (c: ColumnDef) => Boolean(c.sortBy && (listing.head?.props.order_by_options ?? []).includes(c.sortBy));
  return (
    <Box role="rowgroup" sx={{ position: "sticky", top: 0, zIndex: 3, bgcolor: "background.paper", borderBottom: 1, borderColor: "divider", minWidth }}>
      <Box role="row" aria-rowindex={1} sx={{ display: "flex", alignItems: "center", height: HEADER, px: 1 }}>
        {cols.map((c) => {
          const active = view.orderBy === c.sortBy;
          const label = (
            <Box component="span" sx={{ overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }} title={c.label}>
              {c.label}
            </Box>
          );
          return (
            <Box
              key={c.id}
              role="columnheader"
              // Named by the label alone: the resize handle inside must not add to it.
              aria-label={c.label}
              aria-sort={active && c.sortBy ? (view.direction === "asc" ? "ascending" : "descending") : undefined}
              sx={{
                ...(c.width
                  ? { width: c.width, flexShrink: 0, display: { xs: c.wide ? "none" : "flex", sm: "flex" } }
                  : { flex: 1, minWidth: NAME_MIN, display: "flex", pl: 6 }),
                position: "relative",
                alignSelf: "stretch",
                alignItems: "center",
                justifyContent: c.align === "right" ? "flex-end" : "flex-start",
                px: 1,
                typography: "body2",
                fontWeight: 600,
                color: "text.secondary",
                whiteSpace: "nowrap",
              }}
            >
              {sortable(c) ? (
                <TableSortLabel active={active} direction={active ? view.direction : "asc"} onClick={() => sortBy(c)} sx={{ minWidth: 0 }}>
                  {label}
                </TableSortLabel>
              ) : (
                label
              )}
              {c.width > 0 && !phone && (
                <ColumnResizeHandle
                  column={c}
                  label={t("columns.resize", { name: c.label })}
                  onLive={(width) => onResize(c, width)}
                  onCommit={(width) => onResized(c, width)}
                />
              )}
            </Box>
          );
        })}
        <Box role="columnheader" sx={{ width: 40, flexShrink: 0 }} aria-label={t("columns.choose")}>
          <Tooltip title={t("columns.choose")}>
            <IconButton
              size="small"
              aria-label={t("columns.choose")}
              onClick={async () => {
                const next = await dialogs.columns({ columns: view.columns, fs: folderCtx.uri.fs });
                if (next) folderCtx.setView({ columns: next });
              }}
            >
              <ColumnsIcon fontSize="small" />
            </IconButton>
          </Tooltip>
        </Box>
      </Box>
    </Box>
  );
}
