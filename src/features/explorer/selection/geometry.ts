// Index arithmetic for keyboard movement and rubber-band selection over virtualized layouts:
// computed from the layout, never from the DOM, because most items are not rendered.

export interface GridLayout {
  /** Items per row (1 for the list view). */
  columns: number;
  /** Row pitch in px (row height + gap). */
  rowHeight: number;
  /** Column pitch in px (item width + gap); ignored for one column. */
  columnWidth: number;
  /** Offset of the first row inside the scrolled content (headers, padding). */
  top: number;
  left: number;
  count: number;
}

export type NavKey = "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight" | "Home" | "End" | "PageUp" | "PageDown";

export const NAV_KEYS: ReadonlySet<string> = new Set<NavKey>(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End", "PageUp", "PageDown"]);

/**
 * The index focus moves to. `pageRows` is how many rows fit in the viewport. Left/Right are
 * no-ops in a one-column list (they belong to the screen reader there). `rtl` mirrors Left/Right.
 */
export function moveIndex(key: NavKey, index: number, count: number, columns: number, pageRows: number, rtl = false): number {
  if (count === 0) return -1;
  const cur = index < 0 ? -1 : Math.min(index, count - 1);
  const last = count - 1;
  const step = (d: number) => Math.min(last, Math.max(0, cur < 0 ? 0 : cur + d));
  switch (key) {
    case "ArrowDown":
      return cur < 0 ? 0 : step(columns);
    case "ArrowUp":
      return cur < 0 ? 0 : step(-columns);
    case "ArrowRight":
      return columns > 1 ? step(rtl ? -1 : 1) : Math.max(cur, 0);
    case "ArrowLeft":
      return columns > 1 ? step(rtl ? 1 : -1) : Math.max(cur, 0);
    case "Home":
      return 0;
    case "End":
      return last;
    case "PageDown":
      return step(columns * Math.max(1, pageRows - 1));
    case "PageUp":
      return step(-columns * Math.max(1, pageRows - 1));
  }
}

export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export const normalizeRect = (r: Rect): Rect => ({ x1: Math.min(r.x1, r.x2), y1: Math.min(r.y1, r.y2), x2: Math.max(r.x1, r.x2), y2: Math.max(r.y1, r.y2) });

/** Indexes whose cell intersects the rectangle (content coordinates). */
export function indexesInRect(layout: GridLayout, rect: Rect): number[] {
  const r = normalizeRect(rect);
  const { columns, rowHeight, columnWidth, top, left, count } = layout;
  if (count === 0 || rowHeight <= 0) return [];
  const rows = Math.ceil(count / columns);
  const firstRow = Math.max(0, Math.floor((r.y1 - top) / rowHeight));
  const lastRow = Math.min(rows - 1, Math.floor((r.y2 - top) / rowHeight));
  if (lastRow < firstRow || r.y2 < top) return [];
  let firstCol = 0;
  let lastCol = columns - 1;
  if (columns > 1) {
    firstCol = Math.max(0, Math.floor((r.x1 - left) / columnWidth));
    lastCol = Math.min(columns - 1, Math.floor((r.x2 - left) / columnWidth));
    if (r.x2 < left || lastCol < firstCol) return [];
  }
  const out: number[] = [];
  for (let row = firstRow; row <= lastRow; row++) {
    for (let col = firstCol; col <= lastCol; col++) {
      const i = row * columns + col;
      if (i < count) out.push(i);
    }
  }
  return out;
}
