import { memo, useLayoutEffect, useRef, type ReactNode } from "react";
import { Box } from "@mui/material";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useFolder, useItemUi, useSelectionState } from "../ExplorerContext";
import { fileKey, type FileResponse } from "../model/files";
import { useViewEvents } from "./useViewEvents";
import { useRubberBand } from "./useRubberBand";
import { useFocusActive } from "./useFocusActive";
import { BandOverlay, CAPTION_ID, SkeletonTile, itemSx, useElementWidth, useLoadMore } from "./ViewShell";

const PAD = 12;

export interface TileGeometry {
  /** Wanted tile width; the real width stretches so the columns fill the row. */
  minWidth: number;
  gap: number;
  /** Tile height for a given tile width. */
  height: (width: number) => number;
}

export interface TileRenderProps {
  file: FileResponse;
  width: number;
  height: number;
  selected: boolean;
}

/**
 * Grid and gallery: an ARIA listbox of options, virtualized by rows of tiles. The number of
 * columns follows the container width; keyboard movement and rubber-band hit-testing use the same
 * geometry, so they work on tiles that are not rendered.
 */
export function TileGrid({
  label,
  geometry,
  renderTile,
  pendingFocus,
}: {
  label: string;
  geometry: TileGeometry;
  renderTile: (p: TileRenderProps) => ReactNode;
  pendingFocus: { current: boolean };
}) {
  const folderCtx = useFolder();
  const itemCtx = useItemUi();
  const selCtx = useSelectionState();
  const { files, listing } = folderCtx;
  const { sel, focus } = selCtx;
  const scrollRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(scrollRef);
  const inner = Math.max(100, width - PAD * 2);
  const columns = Math.max(1, Math.floor((inner + geometry.gap) / (geometry.minWidth + geometry.gap)));
  const tileWidth = Math.floor((inner - geometry.gap * (columns - 1)) / columns);
  const tileHeight = geometry.height(tileWidth);
  const rowHeight = tileHeight + geometry.gap;
  const skeletons = listing.hasNextPage ? Math.max(columns, 3) : 0;
  const count = files.length + skeletons;
  const rows = Math.ceil(count / columns);
  const virtualizer = useVirtualizer({
    count: rows,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 2,
    paddingStart: PAD,
    paddingEnd: PAD,
    initialRect: { width: 1000, height: 900 },
  });
  // The virtualizer keeps the row heights it estimated first (with a guessed width, before the
  // real one was measured): without this the rows would overlap and the gap between them vanish.
  useLayoutEffect(() => virtualizer.measure(), [virtualizer, rowHeight]);
  const virtualRows = virtualizer.getVirtualItems();
  const viewportRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 600) / rowHeight));
  itemCtx.layoutRef.current = { columns, rowHeight, columnWidth: tileWidth + geometry.gap, top: PAD, left: PAD, count: files.length, viewportRows };
  const lastRow = virtualRows.at(-1)?.index ?? 0;
  useLoadMore((lastRow + 1) * columns - 1, columns * 4);
  useFocusActive(virtualizer, (i) => Math.floor(i / columns), scrollRef.current, pendingFocus);
  const { handlers, dropKey } = useViewEvents();
  const band = useRubberBand(scrollRef);
  const offset = listing.offset;
  const activeIndex = Math.max(0, focus.activeIndex);
  const activeMounted = virtualRows.some((r) => Math.floor(activeIndex / columns) === r.index);
  const setSize = listing.total ?? -1;
  const dragEnabled = itemCtx.canDrag && !itemCtx.isTouch;

  return (
    <Box
      ref={scrollRef}
      role="listbox"
      aria-label={label}
      aria-multiselectable="true"
      aria-orientation="horizontal"
      aria-describedby={CAPTION_ID}
      data-explorer-view=""
      tabIndex={activeMounted ? -1 : 0}
      onFocus={(e) => {
        if (e.target === e.currentTarget && files.length) focus.setActive(activeIndex, { focus: true });
      }}
      {...handlers}
      onMouseDown={band.onMouseDown}
      onClickCapture={band.swallowClick}
      sx={{ flex: 1, minHeight: 0, overflow: "auto", position: "relative", outline: "none", contain: "strict" }}
    >
      <Box sx={{ height: virtualizer.getTotalSize(), position: "relative" }}>
        {virtualRows.map((r) => (
          <Box
            key={r.index}
            sx={{ position: "absolute", top: 0, left: PAD, right: PAD, transform: `translateY(${r.start}px)`, display: "flex", gap: `${geometry.gap}px` }}
          >
            {Array.from({ length: columns }, (_, c) => {
              const i = r.index * columns + c;
              if (i >= count) return null;
              const f = files[i];
              if (!f)
                return (
                  <Box key={`sk${i}`} sx={{ width: tileWidth, flexShrink: 0 }}>
                    <SkeletonTile height={tileHeight} />
                  </Box>
                );
              const key = fileKey(f);
              return (
                <Tile
                  key={key}
                  file={f}
                  index={i}
                  pos={offset + i + 1}
                  setSize={setSize}
                  width={tileWidth}
                  height={tileHeight}
                  selected={sel.isSelected(key)}
                  active={i === activeIndex}
                  dropTarget={dropKey === key}
                  draggable={dragEnabled}
                  renderTile={renderTile}
                  renaming={itemCtx.renaming === key}
                />
              );
            })}
          </Box>
        ))}
      </Box>
      {band.rect && <BandOverlay rect={band.rect} />}
    </Box>
  );
}

interface TileProps {
  file: FileResponse;
  index: number;
  pos: number;
  setSize: number;
  width: number;
  height: number;
  selected: boolean;
  active: boolean;
  dropTarget: boolean;
  draggable: boolean;
  renaming: boolean;
  renderTile: (p: TileRenderProps) => ReactNode;
}

const Tile = memo(function Tile({ file, index, pos, setSize, width, height, selected, active, dropTarget, draggable, renderTile }: TileProps) {
  return (
    <Box
      role="option"
      data-index={index}
      aria-selected={selected}
      aria-posinset={pos}
      aria-setsize={setSize}
      aria-label={file.name}
      tabIndex={active ? 0 : -1}
      draggable={draggable}
      sx={[
        {
          width,
          height,
          flexShrink: 0,
          borderRadius: 2,
          overflow: "hidden",
          position: "relative",
          border: 1,
          borderColor: selected ? "primary.main" : "divider",
        },
        itemSx(selected, dropTarget),
      ]}
    >
      {renderTile({ file, width, height, selected })}
    </Box>
  );
});
