// One set of event handlers on the view container (event delegation): virtualized rows come and go,
// and thousands of per-row closures would cost more than reading `data-index` from the target.
import { useRef, type MouseEvent } from "react";
import { useActions, useFolder, useItemUi, useSelectionState } from "../ExplorerContext";
import { fileKey, isFolder } from "../model/files";
import { isApple } from "../actions/hotkeys";
import { sessionStore } from "../../../api/session";
import { itemIndexOf } from "./eventIndex";
import { usePressEvents } from "./usePressEvents";
import { useViewDrag } from "./useViewDrag";
import { useViewKeys } from "./useViewKeys";

/** Two clicks closer than this are a double click (the common desktop default). */
export const DOUBLE_CLICK_MS = 500;
/** A second click on a selected item's name up to this long after the first starts renaming it. */
export const SLOW_CLICK_MAX_MS = 1500;
/** A click this soon after a touch came from that touch. */
const TOUCH_CLICK_MS = 800;

/** The views' clicks, keys, touches and drags; the clicks (open, select, rename by a slow second click) are here. */
export function useViewEvents() {
  const { files } = useFolder();
  const { sel, focus } = useSelectionState();
  const { runAction, ops } = useActions();
  const { isTouch } = useItemUi();
  const press = usePressEvents();
  const drag = useViewDrag();
  const onKeyDown = useViewKeys();
  // The "single click opens folders" preference (prefs/explorerPrefs.ts), read when clicking; read
  // here by its key so the preferences module stays out of the first load.
  const singleClickOpens = () => sessionStore.settings()["explorer_single_click_open"] === true;
  // Rename by a slow second click, as desktop file managers do. Times come from Date.now() and
  // setTimeout, never from event time stamps, so a test can drive them with a controlled clock.
  const lastClick = useRef<{ key: string; at: number } | null>(null);
  const pendingRename = useRef<number | undefined>(undefined);
  const cancelRename = () => {
    window.clearTimeout(pendingRename.current);
    pendingRename.current = undefined;
  };
  const selectionMode = isTouch && sel.count > 0;

  const onTap = (i: number, key: string) => {
    // Touch: a tap opens, unless the user is selecting (after a long press), then it toggles.
    if (selectionMode) sel.toggle(i);
    else {
      sel.set({ kind: "some", keys: new Set([key]) }, i);
      runAction("open", "menu");
    }
    focus.setActive(i);
  };

  const onClick = (e: MouseEvent) => {
    const i = itemIndexOf(e.target);
    const f = files[i];
    if (!f) {
      if (i < 0 && !e.defaultPrevented) sel.set({ kind: "some", keys: new Set() });
      return;
    }
    if (press.takeLongPress()) return;
    const key = fileKey(f);
    const touch = (e.nativeEvent as PointerEvent).pointerType === "touch" || Date.now() - press.lastTouch.current < TOUCH_CLICK_MS;
    if (touch) return onTap(i, key);
    const toggleKey = isApple() ? e.metaKey : e.ctrlKey;
    // The icon is a selection toggle, so the mouse can multi-select without a modifier key.
    const onIcon = Boolean((e.target as HTMLElement).closest("[data-toggle]"));
    cancelRename();
    const plain = !e.shiftKey && !toggleKey && !onIcon;
    if (plain && isFolder(f) && singleClickOpens()) {
      // Preference: a folder opens on a single click, like a link.
      lastClick.current = null;
      sel.set({ kind: "some", keys: new Set([key]) }, i);
      focus.setActive(i);
      // Opened directly: the "open" action would still see the selection of this render.
      void ops.open(f);
      return;
    }
    const now = Date.now();
    const prev = lastClick.current;
    const onlySelected = sel.count === 1 && sel.isSelected(key);
    const onName = Boolean((e.target as HTMLElement).closest("[data-item-name]"));
    lastClick.current = plain ? { key, at: now } : null;
    if (plain && onlySelected && onName && prev?.key === key && now - prev.at > DOUBLE_CLICK_MS && now - prev.at < SLOW_CLICK_MAX_MS) {
      // Wait out the double-click interval: a second click now makes it a double click (open).
      pendingRename.current = window.setTimeout(() => {
        pendingRename.current = undefined;
        lastClick.current = null;
        runAction("rename", "hotkey");
      }, DOUBLE_CLICK_MS);
    }
    sel.click(i, { shift: e.shiftKey, toggle: toggleKey || onIcon });
    focus.setActive(i);
    if (plain) ops.prepareOpen(f);
  };

  const onDoubleClick = (e: MouseEvent) => {
    const i = itemIndexOf(e.target);
    const f = files[i];
    cancelRename();
    lastClick.current = null;
    if (!f || (e.target as HTMLElement).closest("[data-toggle]")) return;
    sel.set({ kind: "some", keys: new Set([fileKey(f)]) }, i);
    runAction("open", "menu");
  };

  return {
    dropKey: drag.dropKey,
    handlers: { onClick, onDoubleClick, onKeyDown, ...press.handlers, ...drag.handlers },
  };
}
