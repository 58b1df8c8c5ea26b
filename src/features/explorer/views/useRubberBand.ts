import { useRef, useState, type MouseEvent as ReactMouseEvent, type RefObject } from "react";
import { useItemUi, useSelectionState } from "../ExplorerContext";
import { indexesInRect, normalizeRect, type Rect } from "../selection/geometry";
import { isApple } from "../actions/hotkeys";
import type { Selection } from "../selection/model";

const THRESHOLD = 5;

/**
 * Rubber-band selection: drag on the empty area of a view to select the items inside the
 * rectangle (with Ctrl/⌘, added to the selection). Hit-testing uses the view's geometry, so items
 * that are not rendered are selected too.
 */
export function useRubberBand(scrollRef: RefObject<HTMLElement | null>) {
  const { sel } = useSelectionState();
  const { layoutRef, isTouch } = useItemUi();
  const [rect, setRect] = useState<Rect | null>(null);
  const justEnded = useRef(false);

  const onMouseDown = (e: ReactMouseEvent) => {
    const el = scrollRef.current;
    if (!el || e.button !== 0 || isTouch || (e.target as HTMLElement).closest("[data-index], [role=columnheader], button, input")) return;
    const box = el.getBoundingClientRect();
    // Ignore presses on the scrollbar.
    if (e.clientX - box.left > el.clientWidth || e.clientY - box.top > el.clientHeight) return;
    const toContent = (cx: number, cy: number) => ({ x: cx - box.left + el.scrollLeft, y: cy - box.top + el.scrollTop });
    const start = toContent(e.clientX, e.clientY);
    const additive = isApple() ? e.metaKey : e.ctrlKey;
    const base: Selection | null = additive ? sel.selection : null;
    let moved = false;
    let last = { x: e.clientX, y: e.clientY };
    const update = () => {
      const p = toContent(last.x, last.y);
      const r = { x1: start.x, y1: start.y, x2: p.x, y2: p.y };
      setRect(normalizeRect(r));
      sel.band(indexesInRect(layoutRef.current, r), base);
    };
    const onMove = (ev: MouseEvent) => {
      last = { x: ev.clientX, y: ev.clientY };
      if (!moved && Math.hypot(ev.clientX - e.clientX, ev.clientY - e.clientY) < THRESHOLD) return;
      moved = true;
      // Scroll when the pointer leaves the view vertically, so a band can span more than a screen.
      if (ev.clientY > box.bottom - 16) el.scrollTop += 24;
      else if (ev.clientY < box.top + 16) el.scrollTop -= 24;
      update();
    };
    const onUp = () => {
      window.removeEventListener("mousemove", onMove);
      window.removeEventListener("mouseup", onUp);
      setRect(null);
      if (moved) {
        justEnded.current = true;
        setTimeout(() => (justEnded.current = false), 0);
      }
    };
    window.addEventListener("mousemove", onMove);
    window.addEventListener("mouseup", onUp);
  };

  /** The click that ends a band must not clear the selection it made. */
  const swallowClick = (e: ReactMouseEvent) => {
    if (justEnded.current) e.preventDefault();
  };

  return { rect, onMouseDown, swallowClick };
}
