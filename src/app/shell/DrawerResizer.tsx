import { useRef, type KeyboardEvent, type PointerEvent } from "react";
import { useTranslation } from "react-i18next";
import { Box } from "@mui/material";
import { DRAWER_DEFAULT, DRAWER_MAX, DRAWER_MIN } from "./drawerWidth";

const STEP = 16;

/**
 * The drawer's edge as a window splitter (WAI-ARIA separator): drag it, or focus it and use the
 * arrow keys (Home/End for the narrowest and widest, Enter for the default width).
 */
export function DrawerResizer({ width, onResize }: { width: number; onResize: (w: number, save?: boolean) => void }) {
  const { t } = useTranslation("organize");
  const drag = useRef<{ x: number; width: number } | null>(null);
  const rtl = () => document.documentElement.dir === "rtl";

  const onKeyDown = (e: KeyboardEvent) => {
    const grow = rtl() ? "ArrowLeft" : "ArrowRight";
    const shrink = rtl() ? "ArrowRight" : "ArrowLeft";
    const next = { [grow]: width + STEP, [shrink]: width - STEP, Home: DRAWER_MIN, End: DRAWER_MAX, Enter: DRAWER_DEFAULT }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    onResize(next);
  };
  const onPointerDown = (e: PointerEvent<HTMLElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { x: e.clientX, width };
  };
  const onPointerMove = (e: PointerEvent) => {
    if (!drag.current) return;
    const dx = e.clientX - drag.current.x;
    onResize(drag.current.width + (rtl() ? -dx : dx), false);
  };
  const onPointerUp = (e: PointerEvent) => {
    if (!drag.current) return;
    const dx = e.clientX - drag.current.x;
    onResize(drag.current.width + (rtl() ? -dx : dx));
    drag.current = null;
  };

  return (
    <Box
      role="separator"
      aria-orientation="vertical"
      aria-label={t("drawer.resize")}
      aria-valuenow={width}
      aria-valuemin={DRAWER_MIN}
      aria-valuemax={DRAWER_MAX}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => (drag.current = null)}
      sx={{
        position: "absolute",
        top: 0,
        bottom: 0,
        right: -3,
        width: 7,
        cursor: "col-resize",
        touchAction: "none",
        zIndex: 1,
        "&::after": { content: '""', position: "absolute", top: 0, bottom: 0, left: 3, width: "1px", bgcolor: "divider" },
        "&:hover::after, &:focus-visible::after": { width: 3, left: 2, bgcolor: "primary.main" },
        outline: "none",
      }}
    />
  );
}
