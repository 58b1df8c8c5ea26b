import { useRef, type KeyboardEvent } from "react";
import { useFolder, useItemUi, useSelectionState } from "../ExplorerContext";
import { fileKey } from "../model/files";
import { moveIndex, NAV_KEYS, type NavKey } from "../selection/geometry";
import { initialTypeahead, typeahead } from "../selection/typeahead";
import { isApple } from "../actions/hotkeys";

/** A typed space joins a name being typed only this soon after the last letter. */
const TYPEAHEAD_SPACE_MS = 800;

/**
 * The views' keys: arrows, Page Up/Down, Home and End move the focus (Shift extends the selection,
 * Ctrl/⌘ keeps it), Space selects, and typing jumps to a name.
 */
export function useViewKeys() {
  const { files, listing } = useFolder();
  const { sel, focus } = useSelectionState();
  const { layoutRef } = useItemUi();
  const typeaheadState = useRef(initialTypeahead);

  const navigate = (e: KeyboardEvent, mod: boolean) => {
    e.preventDefault();
    const count = files.length;
    const layout = layoutRef.current;
    const rtl = getComputedStyle(e.currentTarget).direction === "rtl";
    const next = moveIndex(e.key as NavKey, focus.activeIndex, count, layout.columns, layout.viewportRows, rtl);
    if (next < 0) return;
    if (e.shiftKey) sel.click(next, { shift: true, toggle: false });
    else if (!mod) sel.click(next, { shift: false, toggle: false });
    focus.setActive(next, { focus: true });
    // At the end of a cursor listing, keep going: the next page loads and End can be pressed again.
    if (next >= count - 1 && listing.hasNextPage && !listing.isFetchingNextPage) void listing.fetchNextPage();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if ((e.target as HTMLElement).closest("input, textarea")) return;
    const mod = isApple() ? e.metaKey : e.ctrlKey;
    if (NAV_KEYS.has(e.key) && !e.altKey) return navigate(e, mod);
    const active = focus.activeIndex;
    if (e.key === " " && !e.altKey && typeaheadState.current.buffer === "") {
      e.preventDefault();
      const f = files[active];
      if (active < 0 || !f) return;
      if (mod || sel.isSelected(fileKey(f))) sel.toggle(active);
      else sel.click(active, { shift: e.shiftKey, toggle: false });
      return;
    }
    if (e.key.length === 1 && !mod && !e.altKey && e.key !== "?" && e.key !== "/") {
      const now = Date.now();
      if (e.key === " " && now - typeaheadState.current.at > TYPEAHEAD_SPACE_MS) return;
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
  return onKeyDown;
}
