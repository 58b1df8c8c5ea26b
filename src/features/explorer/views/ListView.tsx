import { memo, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import { useTranslation } from "react-i18next";
import { Box, IconButton, Skeleton, TableSortLabel, Tooltip, Typography, useMediaQuery, useTheme } from "@mui/material";
import CheckIcon from "@mui/icons-material/CheckCircle";
import ColumnsIcon from "@mui/icons-material/ViewColumnOutlined";
import { useVirtualizer } from "@tanstack/react-virtual";
import { formatBytes, formatDate } from "../../../lib/format";
import { useExplorer } from "../ExplorerContext";
import { fileKey, isUploading, parentUriOf, trashExpiryOf, type FileResponse } from "../model/files";
import { dialogs } from "../dialogs";
import { FileIcon } from "./FileIcon";
import { ItemName } from "./ItemName";
import { Thumb } from "./Thumb";
import { clampColumnWidth, COLUMN_MAX, COLUMN_MIN, NAME_MIN, originalFolderOf, visibleColumns, withColumnWidth, type ColumnDef } from "./columns";
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
  const { files, listing, view, sel, focus } = ctx;
  const kind: RowKind = ctx.uri.fs === "trash" ? "trash" : ctx.uri.isSearch ? "search" : "plain";
  // A phone's trash row has a third line: where the item came from and when it goes for good.
  const rowHeight = phone ? (kind === "trash" ? 76 : 60) : 44;
  const scrollRef = useRef<HTMLDivElement>(null);
  // The width of the column being resized, shown live and saved when the drag or key press ends.
  const [resizing, setResizing] = useState<{ id: string; width: number } | null>(null);
  const saved = useMemo(() => visibleColumns(view.columns, ctx.uri.isSearch, t, i18n.language, ctx.rootName), [view.columns, ctx.uri.isSearch, t, i18n.language, ctx.rootName]);
  const cols = useMemo(() => (resizing ? saved.map((c) => (c.id === resizing.id ? { ...c, width: resizing.width } : c)) : saved), [saved, resizing]);
  // Below this the list scrolls sideways instead of squeezing the names (phones show no fixed columns).
  const minWidth = 16 + NAME_MIN + 40 + (phone ? 0 : cols.reduce((sum, c) => sum + c.width, 0));
  const commitWidth = (c: ColumnDef, width: number) => {
    setResizing(null);
    if (saved.find((x) => x.id === c.id)?.width === width) return;
    ctx.setView({ columns: withColumnWidth(view.columns, c.type, c.id.startsWith("meta:") ? c.id.slice(5) : undefined, width) });
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
                  ...(c.width ? { width: c.width, flexShrink: 0, display: { xs: c.wide ? "none" : "flex", sm: "flex" } } : { flex: 1, minWidth: NAME_MIN, display: "flex", pl: 6 }),
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
                  <ResizeHandle column={c} label={t("columns.resize", { name: c.label })} onLive={(width) => setResizing({ id: c.id, width })} onCommit={(width) => commitWidth(c, width)} />
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
      <Box role="rowgroup" sx={{ height: virtualizer.getTotalSize() - HEADER, position: "relative", minWidth }}>
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
              kind={kind}
              rootName={ctx.rootName}
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

/** What a phone's second line says: search results add where they are, trash rows where they came from. */
type RowKind = "plain" | "search" | "trash";

/**
 * The left edge of a column header: drag it, or focus it and press ←/→ (Shift for bigger steps),
 * to change the column's width. The width is saved with the folder's view like any other change.
 * The name column takes what is left, so the fixed columns hang from the right edge and a column
 * widens as its left edge moves left: the edge follows the pointer.
 */
function ResizeHandle({ column, label, onLive, onCommit }: { column: ColumnDef; label: string; onLive: (px: number) => void; onCommit: (px: number) => void }) {
  const drag = useRef<{ x: number; width: number; now: number } | null>(null);
  const keyed = useRef<number | null>(null);
  const sign = -1;
  const onPointerDown = (e: PointerEvent<HTMLElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.stopPropagation();
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { x: e.clientX, width: column.width, now: column.width };
  };
  const onPointerMove = (e: PointerEvent<HTMLElement>) => {
    const d = drag.current;
    if (!d) return;
    d.now = clampColumnWidth(d.width + sign * (e.clientX - d.x));
    onLive(d.now);
  };
  const onPointerUp = () => {
    const d = drag.current;
    drag.current = null;
    if (d) onCommit(d.now);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    // The list's own keys (arrows move between rows, letters jump to names) stay out of it.
    if (e.key !== "Tab") e.stopPropagation();
    const step = e.shiftKey ? 50 : 10;
    const base = keyed.current ?? column.width;
    const next =
      e.key === "ArrowRight" ? base + sign * step : e.key === "ArrowLeft" ? base - sign * step : e.key === "Home" ? COLUMN_MIN : e.key === "End" ? COLUMN_MAX : null;
    if (next === null) return;
    e.preventDefault();
    keyed.current = clampColumnWidth(next);
    onLive(keyed.current);
  };
  const finishKeys = () => {
    if (keyed.current === null) return;
    const width = keyed.current;
    keyed.current = null;
    onCommit(width);
  };
  return (
    <Box
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={column.width}
      aria-valuemin={COLUMN_MIN}
      aria-valuemax={COLUMN_MAX}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
      onKeyUp={finishKeys}
      onBlur={finishKeys}
      // A click on the handle is not a click on the list's background (which clears the selection).
      onClick={(e) => e.preventDefault()}
      sx={{
        position: "absolute",
        top: 6,
        bottom: 6,
        left: -5,
        width: 9,
        zIndex: 1,
        cursor: "col-resize",
        touchAction: "none",
        outline: "none",
        "&::after": { content: '""', position: "absolute", top: 0, bottom: 0, left: 4, width: "1px", bgcolor: "divider" },
        "&:hover::after, &:focus-visible::after": { width: "3px", left: 3, bgcolor: "primary.main" },
      }}
    />
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
  kind: RowKind;
  rootName: string;
  hint: string | undefined;
  thumbnails: boolean;
  draggable: boolean;
  renaming: boolean;
}

const Row = memo(function Row({ file, index, rowIndex, top, height, selected, active, dropTarget, cols, phone, kind, rootName, hint, thumbnails, draggable }: RowProps) {
  const { t, i18n } = useTranslation("explorer");
  const folder = file.type === 1;
  const details = folder ? t("kinds.folder") : formatBytes(file.size, i18n.language);
  const date = formatDate(file.updated_at, i18n.language);
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
              {phone && <PhoneDetails file={file} kind={kind} details={details} date={date} rootName={rootName} />}
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

/**
 * The phone's lines under a name, in place of the hidden columns: size (or "Folder") and date
 * first, so they are never pushed out. Search results end with the folder they are in (its own
 * name only); trash rows say where the item came from and when it is deleted for good.
 */
function PhoneDetails({ file, kind, details, date, rootName }: { file: FileResponse; kind: RowKind; details: string; date: string; rootName: string }) {
  const { t, i18n } = useTranslation("explorer");
  const line = (children: React.ReactNode) => (
    <Typography component="div" variant="caption" color="text.secondary" noWrap>
      {children}
    </Typography>
  );
  if (kind === "trash") {
    const from = originalFolderOf(file, t);
    const expiry = trashExpiryOf(file);
    return (
      <>
        {line(
          <>
            {details}
            {from && (
              <>
                {" · "}
                <bdi>{from}</bdi>
              </>
            )}
          </>,
        )}
        {expiry && line(t("status.purgeOn", { date: formatDate(expiry.toISOString(), i18n.language, { dateOnly: true }) }))}
      </>
    );
  }
  const parent = kind === "search" ? parentUriOf(file) : null;
  const where = parent ? (parent.isRoot ? rootName : parent.name) : "";
  const facts = `${details}${date ? ` · ${date}` : ""}`;
  if (!where) return line(facts);
  // Only the folder's name gives way when the line is too long for the phone.
  return (
    <Typography component="div" variant="caption" color="text.secondary" sx={{ display: "flex", minWidth: 0, whiteSpace: "nowrap" }}>
      <Box component="span" sx={{ flexShrink: 0 }}>
        {facts}
        {" · "}
      </Box>
      <Box component="bdi" sx={{ minWidth: 0, overflow: "hidden", textOverflow: "ellipsis" }}>
        {where}
      </Box>
    </Typography>
  );
}
