// Drop targets in the navigation drawer (folder tree, pinned folders, Trash): items dragged from
// the explorer are moved there (or to the trash) by the explorer that started the drag, so the
// toasts, undo and error handling are those of views/dnd.ts drops inside the view.
import { useState, type DragEvent } from "react";
import { tryParseUri } from "../../../lib/uri";
import { dragSession } from "../views/dnd";

export type DrawerDropTarget = { kind: "folder"; uri: string } | { kind: "trash" };

/** Only folders of My files take items: a pin may lead to a share or a search. */
function accepts(target: DrawerDropTarget): boolean {
  const s = dragSession.take();
  if (!s?.drop) return false;
  if (target.kind === "trash") return true;
  const u = tryParseUri(target.uri);
  return Boolean(u && u.fs === "my" && !u.isSearch && !u.id && !dragSession.carries(target.uri));
}

export function useDrawerDrop(target: DrawerDropTarget | null) {
  const [over, setOver] = useState(false);
  if (!target) return { over: false, dropProps: {} };
  return {
    over,
    dropProps: {
      onDragOver: (e: DragEvent) => {
        if (!accepts(target)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = target.kind === "folder" && (e.ctrlKey || e.metaKey) ? "copy" : "move";
        if (!over) setOver(true);
      },
      onDragLeave: (e: DragEvent) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      },
      onDrop: (e: DragEvent) => {
        setOver(false);
        const drop = dragSession.take()?.drop;
        if (!drop || !accepts(target)) return;
        e.preventDefault();
        e.stopPropagation();
        if (target.kind === "trash") drop.trash();
        else drop.into(target.uri, e.ctrlKey || e.metaKey);
      },
    },
  };
}

/** The highlight of a drawer entry while items are dragged over it. */
export const dropHighlight = (over: boolean) =>
  over ? { outline: "2px dashed", outlineColor: "primary.main", outlineOffset: -2, bgcolor: "action.hover" } : {};
