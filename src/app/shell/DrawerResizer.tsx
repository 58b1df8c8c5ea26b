import { useTranslation } from "react-i18next";
import { Box } from "@mui/material";
import { useSplitter } from "../../shared/splitter/useSplitter";
import { clampDrawer, DRAWER_DEFAULT, DRAWER_MAX, DRAWER_MIN } from "./drawerWidth";

const STEP = 16;

/**
 * The drawer's edge as a window splitter (WAI-ARIA separator): drag it, or focus it and use the
 * arrow keys (Home/End for the narrowest and widest, Enter for the default width).
 */
export function DrawerResizer({ width, onResize }: { width: number; onResize: (w: number, save?: boolean) => void }) {
  const { t } = useTranslation("organize");
  const splitter = useSplitter({
    value: width,
    clamp: clampDrawer,
    rules: () => ({ direction: document.documentElement.dir === "rtl" ? -1 : 1, step: STEP, min: DRAWER_MIN, max: DRAWER_MAX, reset: DRAWER_DEFAULT }),
    onLive: (w) => onResize(w, false),
    onCommit: (w) => onResize(w),
  });

  return (
    <Box
      role="separator"
      aria-orientation="vertical"
      aria-label={t("drawer.resize")}
      aria-valuenow={width}
      aria-valuemin={DRAWER_MIN}
      aria-valuemax={DRAWER_MAX}
      tabIndex={0}
      {...splitter}
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
