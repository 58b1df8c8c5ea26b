import { useLayoutEffect, useRef } from "react";
import { Box, useMediaQuery, useTheme } from "@mui/material";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useFolder, useItemUi, useSelectionState } from "../ExplorerContext";
import { fileKey } from "../model/files";
import { ListRow, type RowKind } from "./ListRow";
import { HEADER, ListHeader } from "./ListHeader";
import { SkeletonRow } from "./SkeletonRow";
import { useListColumns } from "./useListColumns";
import { useViewEvents } from "./useViewEvents";
import { useRubberBand } from "./useRubberBand";
import { useFocusActive } from "./useFocusActive";
import { BandOverlay, CAPTION_ID, useLoadMore } from "./ViewShell";

/** The list view: an ARIA grid, one row per item, virtualized (only the rows in view are mounted). */
export function ListView({ label, pendingFocus }: { label: string; pendingFocus: { current: boolean } }) {
  const folderCtx = useFolder();
  const itemCtx = useItemUi();
  const selCtx = useSelectionState();
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down("sm"), { noSsr: true });
  const { files, listing, view } = folderCtx;
  const { sel, focus } = selCtx;
  const kind: RowKind = folderCtx.uri.fs === "trash" ? "trash" : folderCtx.uri.isSearch ? "search" : "plain";
  // A phone's trash row has a third line: where the item came from and when it goes for good.
  const rowHeight = phone ? (kind === "trash" ? 76 : 60) : 44;
  const scrollRef = useRef<HTMLDivElement>(null);
  const { cols, minWidth, resize, commitWidth } = useListColumns(phone);
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
      <ListHeader cols={cols} minWidth={minWidth} phone={phone} onResize={resize} onResized={commitWidth} />
      <Box role="rowgroup" sx={{ height: virtualizer.getTotalSize() - HEADER, position: "relative", minWidth }}>
        {items.map((v) => {
          const f = files[v.index];
          if (!f) return <SkeletonRow key={`sk${v.index}`} top={v.start - HEADER} height={rowHeight} />;
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
