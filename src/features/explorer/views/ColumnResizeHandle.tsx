import { Box } from "@mui/material";
import { useSplitter } from "../../../shared/splitter/useSplitter";
import type { SplitterRules } from "../../../shared/splitter/splitterKeys";
import { clampColumnWidth, COLUMN_MAX, COLUMN_MIN, type ColumnDef } from "./columns";

// Direction −1: the edge is the column's left one (see below).
const RULES: SplitterRules = { direction: -1, step: 10, bigStep: 50, min: COLUMN_MIN, max: COLUMN_MAX };

/**
 * The left edge of a column header: drag it, or focus it and press ←/→ (Shift for bigger steps),
 * to change the column's width. The width is saved with the folder's view like any other change.
 * The name column takes what is left, so the fixed columns hang from the right edge and a column
 * widens as its left edge moves left: the edge follows the pointer.
 */
export function ColumnResizeHandle({
  column,
  label,
  onLive,
  onCommit,
}: {
  column: ColumnDef;
  label: string;
  onLive: (px: number) => void;
  onCommit: (px: number) => void;
}) {
  const splitter = useSplitter({
    value: column.width,
    clamp: clampColumnWidth,
    rules: () => RULES,
    onLive,
    onCommit,
  });
  return (
    <Box
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={column.width}
      aria-valuemin={COLUMN_MIN}
      aria-valuemax={COLUMN_MAX}
      tabIndex={0}
      {...splitter}
      onPointerDown={(e) => {
        // Neither a rubber band nor a click on the list starts under the handle.
        if (e.button === 0) {
          e.preventDefault();
          e.stopPropagation();
        }
        splitter.onPointerDown(e);
      }}
      onKeyDown={(e) => {
        // The list's own keys (arrows move between rows, letters jump to names) stay out of it.
        if (e.key !== "Tab") e.stopPropagation();
        splitter.onKeyDown(e);
      }}
      // A click on the handle is not a click on the list's background (which clears the selection).
      onClick={(e) => e.preventDefault()}
      sx={{
        position: "absolute",
        top: 6,
        bottom: 6,
        left: -5,
        width: 9,
        zIndex: 1,
        cursor: "col-resize",
        touchAction: "none",
        outline: "none",
        "&::after": { content: '""', position: "absolute", top: 0, bottom: 0, left: 4, width: "1px", bgcolor: "divider" },
        "&:hover::after, &:focus-visible::after": { width: "3px", left: 3, bgcolor: "primary.main" },
      }}
    />
  );
}
