import { useRef, type KeyboardEvent, type PointerEvent } from "react";
import { Box } from "@mui/material";
import { clampColumnWidth, COLUMN_MAX, COLUMN_MIN, type ColumnDef } from "./columns";

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
  const drag = useRef<{ x: number; width: number; now: number } | null>(null);
  const keyed = useRef<number | null>(null);
  const sign = -1;
  const onPointerDown = (e: PointerEvent<HTMLElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.stopPropagation();
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { x: e.clientX, width: column.width, now: column.width };
  };
  const onPointerMove = (e: PointerEvent<HTMLElement>) => {
    const d = drag.current;
    if (!d) return;
    d.now = clampColumnWidth(d.width + sign * (e.clientX - d.x));
    onLive(d.now);
  };
  const onPointerUp = () => {
    const d = drag.current;
    drag.current = null;
    if (d) onCommit(d.now);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    // The list's own keys (arrows move between rows, letters jump to names) stay out of it.
    if (e.key !== "Tab") e.stopPropagation();
    const step = e.shiftKey ? 50 : 10;
    const base = keyed.current ?? column.width;
    const next =
      e.key === "ArrowRight"
        ? base + sign * step
        : e.key === "ArrowLeft"
          ? base - sign * step
          : e.key === "Home"
            ? COLUMN_MIN
            : e.key === "End"
              ? COLUMN_MAX
              : null;
    if (next === null) return;
    e.preventDefault();
    keyed.current = clampColumnWidth(next);
    onLive(keyed.current);
  };
  const finishKeys = () => {
    if (keyed.current === null) return;
    const width = keyed.current;
    keyed.current = null;
    onCommit(width);
  };
  return (
    <Box
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={column.width}
      aria-valuemin={COLUMN_MIN}
      aria-valuemax={COLUMN_MAX}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
      onKeyUp={finishKeys}
      onBlur={finishKeys}
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
