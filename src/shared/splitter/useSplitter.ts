import { useRef, type KeyboardEvent, type PointerEvent } from "react";
import { splitterDragValue, splitterKeyValue, type SplitterRules } from "./splitterKeys";

export interface SplitterOptions {
  /** The value shown now (it follows `onLive` while a drag or key press is under way). */
  value: number;
  clamp: (v: number) => number;
  /** Read when a drag or key press starts: the page's direction may have changed. */
  rules: () => SplitterRules;
  /** The value while dragging or holding a key: shown, not yet kept. */
  onLive: (v: number) => void;
  /** The value once the pointer is released or the key let go (or focus leaves): keep it. */
  onCommit: (v: number) => void;
}

/**
 * Pointer and keyboard handling of a resizable edge: drag it, or focus it and use the arrows,
 * Home and End (and Enter where the rules have a default). Spread the handlers on the element
 * that has role="separator".
 */
export function useSplitter({ value, clamp, rules, onLive, onCommit }: SplitterOptions) {
  const drag = useRef<{ x: number; start: number; now: number; direction: 1 | -1 } | null>(null);
  const keyed = useRef<number | null>(null);

  const endDrag = () => {
    const d = drag.current;
    drag.current = null;
    if (d) onCommit(d.now);
  };
  const endKeys = () => {
    if (keyed.current === null) return;
    const v = keyed.current;
    keyed.current = null;
    onCommit(v);
  };

  return {
    onPointerDown: (e: PointerEvent<HTMLElement>) => {
      if (e.button !== 0) return;
      e.currentTarget.setPointerCapture(e.pointerId);
      drag.current = { x: e.clientX, start: value, now: value, direction: rules().direction };
    },
    onPointerMove: (e: PointerEvent<HTMLElement>) => {
      const d = drag.current;
      if (!d) return;
      d.now = clamp(splitterDragValue(d.start, d.x, e.clientX, d.direction));
      onLive(d.now);
    },
    onPointerUp: endDrag,
    // The browser took the gesture over: keep what the edge shows.
    onPointerCancel: endDrag,
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
      // Held keys repeat: each step goes from the last one, not from the value kept before.
      const next = splitterKeyValue(e.key, e.shiftKey, keyed.current ?? value, rules());
      if (next === null) return;
      e.preventDefault();
      keyed.current = clamp(next);
      onLive(keyed.current);
    },
    onKeyUp: endKeys,
    onBlur: endKeys,
  };
}
