import { useCallback, useMemo, useRef, useState } from "react";
import type { FocusApi, Modifiers, SelectionApi } from "../ExplorerContext";
import { EMPTY, isSelected, only, selectRange, selectedCount, toggle, type Selection } from "./model";

interface SelState {
  uri: string;
  sel: Selection;
  anchor: number;
  active: number;
}

const fresh = (uri: string): SelState => ({ uri, sel: EMPTY, anchor: -1, active: -1 });

/**
 * Selection and roving focus of one folder's items. They belong to one URI: a different folder
 * starts empty (no effect needed). `total` counts items not loaded yet under a symbolic "all".
 */
export function useItemSelection(uri: string, keys: readonly string[], total: number) {
  const [state, setState] = useState<SelState>(() => fresh(uri));
  const current = state.uri === uri ? state : fresh(uri);
  const selection = current.sel;
  const count = selectedCount(selection, total);
  /** Set when the next render should move DOM focus to the active item (views read it). */
  const pendingFocus = useRef(false);
  const update = useCallback((patch: Partial<SelState>) => setState((prev) => ({ ...(prev.uri === uri ? prev : fresh(uri)), ...patch })), [uri]);
  const setSelection = useCallback((sel: Selection, anchor?: number) => update(anchor === undefined ? { sel } : { sel, anchor, active: anchor }), [update]);
  /** Selects and focuses one item (coming back to a folder, closing a viewer). */
  const focusOnly = useCallback(
    (key: string, index: number) => {
      pendingFocus.current = true;
      update({ sel: only(key), anchor: index, active: index });
    },
    [update],
  );

  const anchor = current.anchor;
  const sel: SelectionApi = useMemo(
    () => ({
      selection,
      count,
      isSelected: (key) => isSelected(selection, key),
      click: (index: number, mods: Modifiers) => {
        const key = keys[index];
        if (key === undefined) return;
        if (mods.shift && anchor >= 0) update({ sel: selectRange(selection, keys, anchor, index, !mods.toggle), active: index });
        else if (mods.toggle) update({ sel: toggle(selection, key), anchor: index, active: index });
        else update({ sel: only(key), anchor: index, active: index });
      },
      toggle: (index) => {
        const key = keys[index];
        if (key !== undefined) update({ sel: toggle(selection, key), anchor: index, active: index });
      },
      set: setSelection,
      band: (indexes, base) => {
        const picked = indexes.map((i) => keys[i]).filter((k): k is string => k !== undefined);
        const next: Selection = base
          ? base.kind === "all"
            ? { kind: "all", except: new Set([...base.except].filter((k) => !picked.includes(k))) }
            : { kind: "some", keys: new Set([...base.keys, ...picked]) }
          : { kind: "some", keys: new Set(picked) };
        update({ sel: next });
      },
    }),
    [selection, count, keys, anchor, update, setSelection],
  );

  const activeIndex = current.active;
  const focus: FocusApi = useMemo(
    () => ({
      activeIndex,
      setActive: (index, opts) => {
        if (opts?.focus) pendingFocus.current = true;
        update({ active: index });
      },
    }),
    [activeIndex, update],
  );

  return { selection, count, sel, focus, update, setSelection, focusOnly, pendingFocus };
}
