import { useMemo, type RefObject } from "react";
import type { MenuAnchor } from "./actions/ActionMenu";
import type { ActionsState, FolderState, ItemUiState, SelectionState } from "./ExplorerContext";
import type { BoundOps } from "./ops/useExplorerOps";
import type { GridLayout } from "./selection/geometry";
import { dragSession } from "./views/dnd";

type Input = FolderState &
  SelectionState &
  Omit<ActionsState, "openMenu" | "ops"> & {
    ops: BoundOps;
    setMenu: (menu: MenuAnchor | null) => void;
    renaming: string | null;
    canDrag: boolean;
    layoutRef: RefObject<GridLayout & { viewportRows: number }>;
    isTouch: boolean;
  };

/**
 * The values of the explorer's four contexts (ExplorerContext.tsx), each memoized on what it
 * holds, so a part re-renders only when the concern it reads changes.
 */
export function useContextStates(p: Input) {
  const {
    uri,
    rootName,
    listing,
    files,
    view,
    setView,
    synced,
    contextHint,
    sel,
    focus,
    actionState,
    runAction,
    ops,
    setMenu,
    renaming,
    canDrag,
    layoutRef,
    isTouch,
  } = p;
  const folder: FolderState = useMemo(
    () => ({ uri, rootName, listing, files, view, setView, synced, contextHint }),
    [uri, rootName, listing, files, view, setView, synced, contextHint],
  );
  const selection: SelectionState = useMemo(() => ({ sel, focus }), [sel, focus]);
  const actions: ActionsState = useMemo(
    () => ({ actionState, runAction, ops, openMenu: (at, kind) => setMenu({ at, kind }) }),
    [actionState, runAction, ops, setMenu],
  );
  const itemUi: ItemUiState = useMemo(
    () => ({
      renaming,
      commitRename: ops.commitRename,
      canDrag,
      dropInto: (folderUri, copy) => {
        const drag = dragSession.take();
        if (drag) void drag.resolve().then((items) => ops.moveTo(items, folderUri, copy));
      },
      layoutRef,
      isTouch,
    }),
    [renaming, ops, canDrag, layoutRef, isTouch],
  );
  return { folder, selection, actions, itemUi };
}
