import { useRef, type MouseEvent, type TouchEvent } from "react";
import { useActions, useFolder, useSelectionState } from "../ExplorerContext";
import { fileKey } from "../model/files";
import { itemIndexOf } from "./eventIndex";

const LONG_PRESS_MS = 500;
/** A context menu event this soon after a touch comes from a long press, which selects instead. */
const TOUCH_MENU_MS = 1000;

/**
 * Long press and context menu: a long press on a touch screen toggles the item's selection (the
 * click that follows is swallowed); a right click opens the menu of the item (selecting it first)
 * or of the folder.
 */
export function usePressEvents() {
  const { files } = useFolder();
  const { sel, focus } = useSelectionState();
  const { openMenu } = useActions();
  const press = useRef<{ timer: number; index: number; fired: boolean; at: number } | null>(null);
  /** When the last touch started: the mouse events a touch causes come after it. */
  const lastTouch = useRef(0);

  const onTouchStart = (e: TouchEvent) => {
    lastTouch.current = Date.now();
    const i = itemIndexOf(e.target);
    if (!files[i]) return;
    const timer = window.setTimeout(() => {
      if (!press.current) return;
      press.current.fired = true;
      sel.toggle(i);
      focus.setActive(i);
      navigator.vibrate?.(10);
    }, LONG_PRESS_MS);
    press.current = { timer, index: i, fired: false, at: Date.now() };
  };
  const cancelPress = () => {
    if (press.current && !press.current.fired) {
      clearTimeout(press.current.timer);
      press.current = null;
    }
  };
  /** The click ending a long press: swallow it (true) and forget the press. */
  const takeLongPress = () => {
    if (!press.current?.fired) return false;
    press.current = null;
    return true;
  };

  const onContextMenu = (e: MouseEvent) => {
    if ((e.target as HTMLElement).closest("input")) return;
    e.preventDefault();
    const i = itemIndexOf(e.target);
    const f = files[i];
    if (Date.now() - lastTouch.current < TOUCH_MENU_MS) return;
    if (!f) {
      sel.set({ kind: "some", keys: new Set() });
      openMenu({ x: e.clientX, y: e.clientY }, "folder");
      return;
    }
    if (!sel.isSelected(fileKey(f))) sel.set({ kind: "some", keys: new Set([fileKey(f)]) }, i);
    focus.setActive(i);
    openMenu({ x: e.clientX, y: e.clientY }, "selection");
  };

  return {
    lastTouch,
    takeLongPress,
    handlers: { onTouchStart, onTouchMove: cancelPress, onTouchEnd: cancelPress, onContextMenu },
  };
}
