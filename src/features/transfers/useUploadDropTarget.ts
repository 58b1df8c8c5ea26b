// Makes any element (a folder row, the explorer's background) a drop target for files and folders
// dragged in from the OS. Spread `dropProps` on the element and style it with `isOver`:
//
//   const { isOver, dropProps } = useUploadDropTarget(folder.path);
//   <TableRow {...dropProps} selected={isOver}>…
//
// Drags of page elements (moving files inside the explorer) are ignored, so the explorer's own
// drag-and-drop keeps working. A handled drop stops there: the page-wide target does not upload it
// a second time.
import { useMemo, useRef, useState, type DragEvent } from "react";
import { dragHasFiles, entriesFromDataTransfer } from "./entries";
import { enqueueUpload } from "./loader";

export interface DropTargetProps {
  onDragEnter(e: DragEvent): void;
  onDragOver(e: DragEvent): void;
  onDragLeave(e: DragEvent): void;
  onDrop(e: DragEvent): void;
}

/** `targetUri` undefined (or null) disables the target, e.g. for a read-only folder. */
export function useUploadDropTarget(targetUri: string | null | undefined): { isOver: boolean; dropProps: DropTargetProps } {
  const [isOver, setOver] = useState(false);
  // dragenter/dragleave fire for every child crossed; count them to know when the pointer really left.
  const depth = useRef(0);
  const dropProps = useMemo<DropTargetProps>(
    () => ({
      onDragEnter(e) {
        if (!targetUri || !dragHasFiles(e.dataTransfer)) return;
        e.preventDefault();
        e.stopPropagation();
        depth.current++;
        setOver(true);
      },
      onDragOver(e) {
        if (!targetUri || !dragHasFiles(e.dataTransfer)) return;
        e.preventDefault();
        e.stopPropagation();
        e.dataTransfer.dropEffect = "copy";
      },
      onDragLeave(e) {
        if (!targetUri || !dragHasFiles(e.dataTransfer)) return;
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setOver(false);
      },
      onDrop(e) {
        if (!targetUri || !dragHasFiles(e.dataTransfer)) return;
        e.preventDefault();
        e.stopPropagation();
        depth.current = 0;
        setOver(false);
        void entriesFromDataTransfer(e.dataTransfer).then((entries) => enqueueUpload(targetUri, entries));
      },
    }),
    [targetUri],
  );
  return { isOver, dropProps };
}
