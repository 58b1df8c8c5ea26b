import { useLayoutEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Box, IconButton, Skeleton, TableSortLabel, Tooltip, useMediaQuery, useTheme } from "@mui/material";
import ColumnsIcon from "@mui/icons-material/ViewColumnOutlined";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useFolder, useItemUi, useSelectionState } from "../ExplorerContext";
import { fileKey } from "../model/files";
import { dialogs } from "../dialogs";
import { ColumnResizeHandle } from "./ColumnResizeHandle";
import { ListRow, type RowKind } from "./ListRow";
import { NAME_MIN, visibleColumns, withColumnWidth, type ColumnDef } from "./columns";
import { useViewEvents } from "./useViewEvents";
import { useRubberBand } from "./useRubberBand";
import { useFocusActive } from "./useFocusActive";
import { BandOverlay, CAPTION_ID, useLoadMore } from "./ViewShell";

const HEADER = 40;

/** The list view: an ARIA grid, one row per item, virtualized (only the rows in view are mounted). */
export function ListView({ label, pendingFocus }: { label: string; pendingFocus: { current: boolean } }) {
  const folderCtx = useFolder();
  const itemCtx = useItemUi();
  const selCtx = useSelectionState();
  const { t, i18n } = useTranslation("explorer");
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down("sm"), { noSsr: true });
  const { files, listing, view } = folderCtx;
  const { sel, focus } = selCtx;
  const kind: RowKind = folderCtx.uri.fs === "trash" ? "trash" : folderCtx.uri.isSearch ? "search" : "plain";
  // A phone's trash row has a third line: where the item came from and when it goes for good.
  const rowHeight = phone ? (kind === "trash" ? 76 : 60) : 44;
  const scrollRef = useRef<HTMLDivElement>(null);
  // The width of the column being resized, shown live and saved when the drag or key press ends.
  const [resizing, setResizing] = useState<{ id: string; width: number } | null>(null);
  const saved = useMemo(
    () => visibleColumns(view.columns, folderCtx.uri.isSearch, t, i18n.language, folderCtx.rootName),
    [view.columns, folderCtx.uri.isSearch, t, i18n.language, folderCtx.rootName],
  );
  const cols = useMemo(() => (resizing ? saved.map((c) => (c.id === resizing.id ? { ...c, width: resizing.width } : c)) : saved), [saved, resizing]);
  // Below this the list scrolls sideways instead of squeezing the names (phones show no fixed columns).
  const minWidth = 16 + NAME_MIN + 40 + (phone ? 0 : cols.reduce((sum, c) => sum + c.width, 0));
  const commitWidth = (c: ColumnDef, width: number) => {
    setResizing(null);
    if (saved.find((x) => x.id === c.id)?.width === width) return;
    folderCtx.setView({ columns: withColumnWidth(view.columns, c.type, c.id.startsWith("meta:") ? c.id.slice(5) : undefined, width) });
  };
  const skeletons = listing.hasNextPage ? 3 : 0;
  const count = files.length + skeletons;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 6,
    paddingStart: HEADER,
    scrollPaddingStart: HEADER,
    initialRect: { width: 1000, height: 900 },
  });
  // Row heights are estimated once; crossing the phone breakpoint changes them.
  useLayoutEffect(() => virtualizer.measure(), [virtualizer, rowHeight]);
  const items = virtualizer.getVirtualItems();
  const viewportRows = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 600) - HEADER) / rowHeight));
  itemCtx.layoutRef.current = { columns: 1, rowHeight, columnWidth: 0, top: HEADER, left: 0, count: files.length, viewportRows };
  useLoadMore(items.at(-1)?.index ?? 0, 20);
  useFocusActive(virtualizer, (i) => i, scrollRef.current, pendingFocus);
  const { handlers, dropKey } = useViewEvents();
  const band = useRubberBand(scrollRef);
  const offset = listing.offset;
  const activeMounted = items.some((v) => v.index === Math.max(0, focus.activeIndex));
  const dragEnabled = itemCtx.canDrag && !itemCtx.isTouch;
  const sortBy = (c: ColumnDef) => {
    if (!c.sortBy) return;
    const same = view.orderBy === c.sortBy;
    folderCtx.setView({ orderBy: c.sortBy, direction: same && view.direction === "asc" ? "desc" : "asc" });
  };
  const sortable = (c: ColumnDef) => Boolean(c.sortBy && (listing.head?.props.order_by_options ?? []).includes(c.sortBy));

  return (
    <Box
      ref={scrollRef}
      role="grid"
      aria-label={label}
      aria-multiselectable="true"
      aria-rowcount={listing.total === undefined ? -1 : listing.total + 1}
      aria-describedby={CAPTION_ID}
      data-explorer-view=""
      tabIndex={activeMounted ? -1 : 0}
      onFocus={(e) => {
        if (e.target === e.currentTarget && files.length) focus.setActive(Math.max(0, focus.activeIndex), { focus: true });
      }}
      {...handlers}
      onMouseDown={band.onMouseDown}
      onClickCapture={band.swallowClick}
      sx={{ flex: 1, minHeight: 0, overflow: "auto", position: "relative", outline: "none", contain: "strict" }}
    >
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
                    onLive={(width) => setResizing({ id: c.id, width })}
                    onCommit={(width) => commitWidth(c, width)}
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
      <Box role="rowgroup" sx={{ height: virtualizer.getTotalSize() - HEADER, position: "relative", minWidth }}>
        {items.map((v) => {
          const f = files[v.index];
          if (!f)
            return (
              <Box
                key={`sk${v.index}`}
                aria-hidden
                sx={{
                  position: "absolute",
                  top: 0,
                  left: 0,
                  right: 0,
                  height: rowHeight,
                  transform: `translateY(${v.start - HEADER}px)`,
                  display: "flex",
                  alignItems: "center",
                  gap: 1.5,
                  px: 2,
                }}
              >
                <Skeleton variant="rounded" width={28} height={28} />
                <Skeleton variant="text" sx={{ flex: 1, maxWidth: 360 }} />
              </Box>
            );
          const key = fileKey(f);
          return (
            <ListRow
              key={key}
              file={f}
              index={v.index}
              rowIndex={offset + v.index + 2}
              top={v.start - HEADER}
              height={rowHeight}
              selected={sel.isSelected(key)}
              active={v.index === Math.max(0, focus.activeIndex)}
              dropTarget={dropKey === key}
              cols={cols}
              phone={phone}
              kind={kind}
              rootName={folderCtx.rootName}
              hint={folderCtx.contextHint}
              thumbnails={view.thumbnail}
              draggable={dragEnabled}
              renaming={itemCtx.renaming === key}
            />
          );
        })}
      </Box>
      {band.rect && <BandOverlay rect={band.rect} />}
    </Box>
  );
}
