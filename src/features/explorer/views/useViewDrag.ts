import { useState, type DragEvent } from "react";
import { useActions, useFolder, useItemUi, useSelectionState } from "../ExplorerContext";
import { fileKey, isFolder } from "../model/files";
import { dragSession } from "./dnd";
import { itemIndexOf } from "./eventIndex";

/**
 * Dragging items out of a view (the selection, or the item under the pointer) and dropping them on
 * a folder in it; `dropKey` is the folder a drop would go into, for the views to highlight.
 */
export function useViewDrag() {
  const { files } = useFolder();
  const { sel } = useSelectionState();
  const { ops } = useActions();
  const { canDrag, dropInto } = useItemUi();
  const [dropKey, setDropKey] = useState<string | null>(null);

  const onDragStart = (e: DragEvent) => {
    const i = itemIndexOf(e.target);
    const f = files[i];
    if (!f || !canDrag) {
      e.preventDefault();
      return;
    }
    const key = fileKey(f);
    const items = sel.isSelected(key) ? null : [f];
    if (items) sel.set({ kind: "some", keys: new Set([key]) }, i);
    const resolve = items ? async () => items : ops.resolveTargets;
    const keys = items ? new Set([key]) : sel.selection.kind === "some" ? new Set(sel.selection.keys) : null;
    dragSession.start({
      resolve,
      count: items ? 1 : sel.count,
      keys,
      // Drops on the navigation drawer (folder tree, pins, Trash) run this explorer's operations.
      drop: { into: dropInto, trash: () => void resolve().then((files) => ops.trash(files)) },
    });
    e.dataTransfer.effectAllowed = "copyMove";
    e.dataTransfer.setData("application/x-cloudreve-items", String(items ? 1 : sel.count));
    e.dataTransfer.setData("text/plain", f.name);
  };

  const onDragOver = (e: DragEvent) => {
    const f = files[itemIndexOf(e.target)];
    if (!dragSession.active() || !f || !isFolder(f) || dragSession.includes(fileKey(f), sel.isSelected(fileKey(f)))) {
      if (dropKey) setDropKey(null);
      return;
    }
    e.preventDefault();
    e.dataTransfer.dropEffect = e.ctrlKey || e.metaKey ? "copy" : "move";
    if (dropKey !== fileKey(f)) setDropKey(fileKey(f));
  };

  const onDrop = (e: DragEvent) => {
    const f = files[itemIndexOf(e.target)];
    setDropKey(null);
    if (!f || !isFolder(f) || !dragSession.active()) return;
    e.preventDefault();
    dropInto(fileKey(f), e.ctrlKey || e.metaKey);
  };

  return {
    dropKey,
    handlers: {
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
