// One set of event handlers on the view container (event delegation): virtualized rows come and go,
// and thousands of per-row closures would cost more than reading `data-index` from the target.
import { useRef, useState, type DragEvent, type KeyboardEvent, type MouseEvent, type TouchEvent } from "react";
import { useExplorer } from "../ExplorerContext";
import { fileKey, isFolder, type FileResponse } from "../model/files";
import { moveIndex, NAV_KEYS, type NavKey } from "../selection/geometry";
import { initialTypeahead, typeahead } from "../selection/typeahead";
import { dragSession } from "./dnd";
import { isApple } from "../actions/hotkeys";
import { sessionStore } from "../../../api/session";

const LONG_PRESS_MS = 500;
/** Two clicks closer than this are a double click (the common desktop default). */
export const DOUBLE_CLICK_MS = 500;
/** A second click on a selected item's name up to this long after the first starts renaming it. */
export const SLOW_CLICK_MAX_MS = 1500;

function indexOf(target: EventTarget | null): number {
  const el = (target as HTMLElement | null)?.closest?.("[data-index]") as HTMLElement | null;
  return el ? Number(el.dataset.index) : -1;
}

export function useViewEvents() {
  const ctx = useExplorer();
  const { files, sel, focus, layoutRef } = ctx;
  const typeaheadState = useRef(initialTypeahead);
  const press = useRef<{ timer: number; index: number; fired: boolean; at: number } | null>(null);
  const lastTouch = useRef(0);
  const [dropKey, setDropKey] = useState<string | null>(null);
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
  const selectionMode = ctx.isTouch && sel.count > 0;
  const fileAt = (i: number): FileResponse | undefined => files[i];

  const onClick = (e: MouseEvent) => {
    const i = indexOf(e.target);
    const f = fileAt(i);
    if (!f) {
      if (i < 0 && !e.defaultPrevented) sel.set({ kind: "some", keys: new Set() });
      return;
    }
    if (press.current?.fired) {
      press.current = null;
      return;
    }
    const touch = (e.nativeEvent as PointerEvent).pointerType === "touch" || Date.now() - lastTouch.current < 800;
    if (touch) {
      // Touch: a tap opens, unless the user is selecting (after a long press), then it toggles.
      if (selectionMode) sel.toggle(i);
      else {
        sel.set({ kind: "some", keys: new Set([fileKey(f)]) }, i);
        ctx.runAction("open", "menu");
      }
      focus.setActive(i);
      return;
    }
    const toggleKey = isApple() ? e.metaKey : e.ctrlKey;
    // The icon is a selection toggle, so the mouse can multi-select without a modifier key.
    const onIcon = Boolean((e.target as HTMLElement).closest("[data-toggle]"));
    cancelRename();
    const key = fileKey(f);
    const plain = !e.shiftKey && !toggleKey && !onIcon;
    if (plain && isFolder(f) && singleClickOpens()) {
      // Preference: a folder opens on a single click, like a link.
      lastClick.current = null;
      sel.set({ kind: "some", keys: new Set([key]) }, i);
      focus.setActive(i);
      // Opened directly: the "open" action would still see the selection of this render.
      void ctx.ops.open(f);
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
        ctx.runAction("rename", "hotkey");
      }, DOUBLE_CLICK_MS);
    }
    sel.click(i, { shift: e.shiftKey, toggle: toggleKey || onIcon });
    focus.setActive(i);
  };

  const onDoubleClick = (e: MouseEvent) => {
    const i = indexOf(e.target);
    const f = fileAt(i);
    cancelRename();
    lastClick.current = null;
    if (!f || (e.target as HTMLElement).closest("[data-toggle]")) return;
    sel.set({ kind: "some", keys: new Set([fileKey(f)]) }, i);
    ctx.runAction("open", "menu");
  };

  const onContextMenu = (e: MouseEvent) => {
    if ((e.target as HTMLElement).closest("input")) return;
    e.preventDefault();
    const i = indexOf(e.target);
    const f = fileAt(i);
    if (Date.now() - lastTouch.current < 1000) return; // long press is handled as selection
    if (!f) {
      sel.set({ kind: "some", keys: new Set() });
      ctx.openMenu({ x: e.clientX, y: e.clientY }, "folder");
      return;
    }
    if (!sel.isSelected(fileKey(f))) sel.set({ kind: "some", keys: new Set([fileKey(f)]) }, i);
    focus.setActive(i);
    ctx.openMenu({ x: e.clientX, y: e.clientY }, "selection");
  };

  const onTouchStart = (e: TouchEvent) => {
    lastTouch.current = Date.now();
    const i = indexOf(e.target);
    if (!fileAt(i)) return;
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

  const onKeyDown = (e: KeyboardEvent) => {
    if ((e.target as HTMLElement).closest("input, textarea")) return;
    const count = files.length;
    const mod = isApple() ? e.metaKey : e.ctrlKey;
    if (NAV_KEYS.has(e.key) && !e.altKey) {
      e.preventDefault();
      const layout = layoutRef.current;
      const rtl = getComputedStyle(e.currentTarget).direction === "rtl";
      const next = moveIndex(e.key as NavKey, focus.activeIndex, count, layout.columns, layout.viewportRows, rtl);
      if (next < 0) return;
      if (e.shiftKey) sel.click(next, { shift: true, toggle: false });
      else if (!mod) sel.click(next, { shift: false, toggle: false });
      focus.setActive(next, { focus: true });
      // At the end of a cursor listing, keep going: the next page loads and End can be pressed again.
      if (next >= count - 1 && ctx.listing.hasNextPage && !ctx.listing.isFetchingNextPage) void ctx.listing.fetchNextPage();
      return;
    }
    const active = focus.activeIndex;
    if (e.key === " " && !e.altKey && typeaheadState.current.buffer === "") {
      e.preventDefault();
      if (active < 0 || !fileAt(active)) return;
      if (mod || sel.isSelected(fileKey(fileAt(active)!))) sel.toggle(active);
      else sel.click(active, { shift: e.shiftKey, toggle: false });
      return;
    }
    if (e.key.length === 1 && !mod && !e.altKey && e.key !== "?" && e.key !== "/") {
      const now = Date.now();
      if (e.key === " " && now - typeaheadState.current.at > 800) return;
      const res = typeahead(
        typeaheadState.current,
        e.key,
        now,
        files.map((f) => f.name),
        active,
      );
      typeaheadState.current = res.state;
      if (res.index >= 0) {
        e.preventDefault();
        sel.click(res.index, { shift: false, toggle: false });
        focus.setActive(res.index, { focus: true });
      }
    }
  };

  const onDragStart = (e: DragEvent) => {
    const i = indexOf(e.target);
    const f = fileAt(i);
    if (!f || !ctx.canDrag) {
      e.preventDefault();
      return;
    }
    const key = fileKey(f);
    const items = sel.isSelected(key) ? null : [f];
    if (items) sel.set({ kind: "some", keys: new Set([key]) }, i);
    const resolve = items ? async () => items : ctx.ops.resolveTargets;
    const keys = items ? new Set([key]) : sel.selection.kind === "some" ? new Set(sel.selection.keys) : null;
    dragSession.start({
      resolve,
      count: items ? 1 : sel.count,
      keys,
      // Drops on the navigation drawer (folder tree, pins, Trash) run this explorer's operations.
      drop: { into: ctx.dropInto, trash: () => void resolve().then((files) => ctx.ops.trash(files)) },
    });
    e.dataTransfer.effectAllowed = "copyMove";
    e.dataTransfer.setData("application/x-cloudreve-items", String(items ? 1 : sel.count));
    e.dataTransfer.setData("text/plain", f.name);
  };

  const onDragOver = (e: DragEvent) => {
    const f = fileAt(indexOf(e.target));
    if (!dragSession.active() || !f || !isFolder(f) || dragSession.includes(fileKey(f), sel.isSelected(fileKey(f)))) {
      if (dropKey) setDropKey(null);
      return;
    }
    e.preventDefault();
    e.dataTransfer.dropEffect = e.ctrlKey || e.metaKey ? "copy" : "move";
    if (dropKey !== fileKey(f)) setDropKey(fileKey(f));
  };

  const onDrop = (e: DragEvent) => {
    const f = fileAt(indexOf(e.target));
    setDropKey(null);
    if (!f || !isFolder(f) || !dragSession.active()) return;
    e.preventDefault();
    ctx.dropInto(fileKey(f), e.ctrlKey || e.metaKey);
  };

  return {
    dropKey,
    handlers: {
      onClick,
      onDoubleClick,
      onContextMenu,
      onKeyDown,
      onTouchStart,
      onTouchMove: cancelPress,
      onTouchEnd: cancelPress,
      onDragStart,
      onDragOver,
      onDragLeave: (e: DragEvent) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node)) setDropKey(null);
      },
      onDrop,
      onDragEnd: () => {
        dragSession.end();
        setDropKey(null);
      },
    },
  };
}
