// Pieces the three virtualized views share: the screen-reader caption, skeletons, the rubber band
// overlay, the container width and the "load more when the end comes into view" rule.
import { useEffect, useLayoutEffect, useState, type RefObject } from "react";
import { useTranslation } from "react-i18next";
import { alpha, Box, Skeleton } from "@mui/material";
import type { Rect } from "../selection/geometry";
import { useFolder } from "../ExplorerContext";
import { visuallyHidden } from "../../../shared/visuallyHidden";

export const CAPTION_ID = "explorer-view-caption";

/** Tells screen readers how much of the folder exists, is loaded and is rendered. */
export function ViewCaption() {
  const { t, i18n } = useTranslation("explorer");
  const { listing, files } = useFolder();
  const nf = new Intl.NumberFormat(i18n.language);
  const text =
    listing.total !== undefined
      ? t("view.caption", { total: nf.format(listing.total), loaded: nf.format(files.length) })
      : t("view.captionMore", { loaded: nf.format(files.length) });
  return (
    <Box id={CAPTION_ID} sx={visuallyHidden}>
      {text} {t("view.keyboardHint")}
    </Box>
  );
}

export function BandOverlay({ rect }: { rect: Rect }) {
  return (
    <Box
      aria-hidden
      sx={(th) => ({
        position: "absolute",
        left: rect.x1,
        top: rect.y1,
        width: rect.x2 - rect.x1,
        height: rect.y2 - rect.y1,
        border: 1,
        borderColor: "primary.main",
        bgcolor: alpha(th.palette.primary.main, 0.12),
        pointerEvents: "none",
        zIndex: 2,
      })}
    />
  );
}

export function SkeletonTile({ height }: { height: number }) {
  return <Skeleton variant="rounded" height={height} aria-hidden sx={{ width: "100%" }} />;
}

/** The width of the scroll container, kept up to date (grids derive their columns from it). */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback = 1000): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth || fallback);
    const ro = new ResizeObserver(() => setWidth(el.clientWidth || fallback));
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, fallback]);
  return width;
}

/**
 * Fetches the next cursor page when the last rendered index comes near the end of what is
 * loaded (the skeleton rows at the end are the visible sign of it).
 */
export function useLoadMore(lastRenderedIndex: number, margin: number) {
  const { listing, files } = useFolder();
  const { hasNextPage, isFetchingNextPage, fetchNextPage, error } = listing;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !error && lastRenderedIndex >= files.length - margin) void fetchNextPage();
  }, [lastRenderedIndex, files.length, hasNextPage, isFetchingNextPage, fetchNextPage, margin, error]);
}

/** Selected / focused / drop-target looks shared by rows and tiles. */
export function itemSx(selected: boolean, dropTarget: boolean) {
  return (th: import("@mui/material").Theme) => ({
    bgcolor: dropTarget
      ? alpha(th.palette.primary.main, 0.24)
      : selected
        ? alpha(th.palette.primary.main, th.palette.mode === "dark" ? 0.24 : 0.12)
        : "transparent",
    outline: dropTarget ? `2px dashed ${th.palette.primary.main}` : "none",
    "@media (hover: hover)": { "&:hover": { bgcolor: selected ? alpha(th.palette.primary.main, 0.2) : th.palette.action.hover } },
    "&:focus-visible": { outline: `2px solid ${th.palette.primary.main}`, outlineOffset: -2 },
    cursor: "default",
    userSelect: "none" as const,
  });
}
