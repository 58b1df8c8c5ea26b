import { memo, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Box, IconButton, Skeleton, TableSortLabel, Tooltip, Typography, useMediaQuery, useTheme } from "@mui/material";
import CheckIcon from "@mui/icons-material/CheckCircle";
import ColumnsIcon from "@mui/icons-material/ViewColumnOutlined";
import { useVirtualizer } from "@tanstack/react-virtual";
import { formatBytes, formatDate } from "../../../lib/format";
import { useExplorer } from "../ExplorerContext";
import { fileKey, isUploading, parentPathOf, type FileResponse } from "../model/files";
import { dialogs } from "../dialogs";
import { FileIcon } from "./FileIcon";
import { ItemName } from "./ItemName";
import { Thumb } from "./Thumb";
import { visibleColumns, type ColumnDef } from "./columns";
import { useViewEvents } from "./useViewEvents";
import { useRubberBand } from "./useRubberBand";
import { useFocusActive } from "./useFocusActive";
import { BandOverlay, CAPTION_ID, itemSx, useLoadMore } from "./ViewShell";

const HEADER = 40;

/** The list view: an ARIA grid, one row per item, virtualized (only the rows in view are mounted). */
export function ListView({ label, pendingFocus }: { label: string; pendingFocus: { current: boolean } }) {
  const ctx = useExplorer();
  const { t, i18n } = useTranslation("explorer");
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down("sm"), { noSsr: true });
  const rowHeight = phone ? 60 : 44;
  const { files, listing, view, sel, focus } = ctx;
  const scrollRef = useRef<HTMLDivElement>(null);
  const cols = useMemo(() => visibleColumns(view.columns, ctx.uri.isSearch, t, i18n.language), [view.columns, ctx.uri.isSearch, t, i18n.language]);
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
  const items = virtualizer.getVirtualItems();
  const viewportRows = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 600) - HEADER) / rowHeight));
  ctx.layoutRef.current = { columns: 1, rowHeight, columnWidth: 0, top: HEADER, left: 0, count: files.length, viewportRows };
  useLoadMore(items.at(-1)?.index ?? 0, 20);
  useFocusActive(virtualizer, (i) => i, scrollRef.current, pendingFocus);
  const { handlers, dropKey } = useViewEvents();
  const band = useRubberBand(scrollRef);
  const offset = listing.offset;
  const activeMounted = items.some((v) => v.index === Math.max(0, focus.activeIndex));
  const dragEnabled = ctx.canDrag && !ctx.isTouch;
  const sortBy = (c: ColumnDef) => {
    if (!c.sortBy) return;
    const same = view.orderBy === c.sortBy;
    ctx.setView({ orderBy: c.sortBy, direction: same && view.direction === "asc" ? "desc" : "asc" });
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
      <Box role="rowgroup" sx={{ position: "sticky", top: 0, zIndex: 3, bgcolor: "background.paper", borderBottom: 1, borderColor: "divider" }}>
        <Box role="row" aria-rowindex={1} sx={{ display: "flex", alignItems: "center", height: HEADER, px: 1 }}>
          {cols.map((c) => {
            const active = view.orderBy === c.sortBy;
            return (
              <Box
                key={c.id}
                role="columnheader"
                aria-sort={active && c.sortBy ? (view.direction === "asc" ? "ascending" : "descending") : undefined}
                sx={{
                  ...(c.width ? { width: c.width, flexShrink: 0, display: { xs: c.wide ? "none" : "flex", sm: "flex" } } : { flex: 1, minWidth: 0, display: "flex", pl: 6 }),
                  justifyContent: c.align === "right" ? "flex-end" : "flex-start",
                  px: 1,
                  typography: "body2",
                  fontWeight: 600,
                  color: "text.secondary",
                }}
              >
                {sortable(c) ? (
                  <TableSortLabel active={active} direction={active ? view.direction : "asc"} onClick={() => sortBy(c)}>
                    {c.label}
                  </TableSortLabel>
                ) : (
                  c.label
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
                  const next = await dialogs.columns({ columns: view.columns, fs: ctx.uri.fs });
                  if (next) ctx.setView({ columns: next });
                }}
              >
                <ColumnsIcon fontSize="small" />
              </IconButton>
            </Tooltip>
          </Box>
        </Box>
      </Box>
      <Box role="rowgroup" sx={{ height: virtualizer.getTotalSize() - HEADER, position: "relative" }}>
        {items.map((v) => {
          const f = files[v.index];
          if (!f)
            return (
              <Box key={`sk${v.index}`} aria-hidden sx={{ position: "absolute", top: 0, left: 0, right: 0, height: rowHeight, transform: `translateY(${v.start - HEADER}px)`, display: "flex", alignItems: "center", gap: 1.5, px: 2 }}>
                <Skeleton variant="rounded" width={28} height={28} />
                <Skeleton variant="text" sx={{ flex: 1, maxWidth: 360 }} />
              </Box>
            );
          const key = fileKey(f);
          return (
            <Row
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
              hint={ctx.contextHint}
              thumbnails={view.thumbnail}
              draggable={dragEnabled}
              renaming={ctx.renaming === key}
            />
          );
        })}
      </Box>
      {band.rect && <BandOverlay rect={band.rect} />}
    </Box>
  );
}

interface RowProps {
  file: FileResponse;
  index: number;
  rowIndex: number;
  top: number;
  height: number;
  selected: boolean;
  active: boolean;
  dropTarget: boolean;
  cols: ColumnDef[];
  phone: boolean;
  hint: string | undefined;
  thumbnails: boolean;
  draggable: boolean;
  renaming: boolean;
}

const Row = memo(function Row({ file, index, rowIndex, top, height, selected, active, dropTarget, cols, phone, hint, thumbnails, draggable }: RowProps) {
  const { t, i18n } = useTranslation("explorer");
  const folder = file.type === 1;
  const details = folder ? t("kinds.folder") : formatBytes(file.size, i18n.language);
  const date = formatDate(file.updated_at, i18n.language);
  const where = parentPathOf(file);
  return (
    <Box
      role="row"
      data-index={index}
      aria-rowindex={rowIndex}
      aria-selected={selected}
      aria-label={`${file.name}, ${details}, ${date}`}
      tabIndex={active ? 0 : -1}
      draggable={draggable}
      sx={[
        { position: "absolute", top: 0, left: 0, right: 0, height, transform: `translateY(${top}px)`, display: "flex", alignItems: "center", px: 1, borderBottom: 1, borderColor: "divider" },
        itemSx(selected, dropTarget),
      ]}
    >
      {cols.map((c) =>
        c.id === "name" ? (
          <Box key="name" role="gridcell" sx={{ flex: 1, minWidth: 0, display: "flex", alignItems: "center", gap: 1.5, px: 1 }}>
            <Box data-toggle="" sx={{ width: 32, height: 32, flexShrink: 0, display: "grid", placeItems: "center", borderRadius: 1, overflow: "hidden" }}>
              {selected ? <CheckIcon color="primary" aria-hidden /> : thumbnails ? <Thumb file={file} hint={hint} iconSize={26} /> : <FileIcon file={file} size={26} />}
            </Box>
            <Box sx={{ minWidth: 0, flex: 1 }}>
              <Typography component="div" variant="body2" sx={{ display: "flex", alignItems: "center", gap: 1 }}>
                <ItemName file={file} />
                {isUploading(file) && (
                  <Typography component="span" variant="caption" color="warning.main" sx={{ flexShrink: 0 }}>
                    {t("status.uploading")}
                  </Typography>
                )}
              </Typography>
              {phone && (
                <Typography component="div" variant="caption" color="text.secondary" noWrap>
                  {where ? <bdi>{where}</bdi> : null}
                  {where ? " · " : ""}
                  {details} · {date}
                </Typography>
              )}
            </Box>
          </Box>
        ) : (
          <Box
            key={c.id}
            role="gridcell"
            sx={{ width: c.width, flexShrink: 0, px: 1, display: { xs: c.wide ? "none" : "block", sm: "block" }, textAlign: c.align ?? "left", typography: "body2", color: "text.secondary", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }}
          >
            {c.value(file)}
          </Box>
        ),
      )}
      <Box role="gridcell" sx={{ width: 40, flexShrink: 0 }} />
    </Box>
  );
});
