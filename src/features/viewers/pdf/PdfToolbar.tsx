import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Box, IconButton, InputBase, Tooltip, Typography } from "@mui/material";
import ZoomInIcon from "@mui/icons-material/ZoomInOutlined";
import ZoomOutIcon from "@mui/icons-material/ZoomOutOutlined";
import FitIcon from "@mui/icons-material/FitScreenOutlined";
import UpIcon from "@mui/icons-material/KeyboardArrowUpOutlined";
import DownIcon from "@mui/icons-material/KeyboardArrowDownOutlined";
import ThumbsIcon from "@mui/icons-material/ViewSidebarOutlined";
import type { PdfSearch } from "./usePdfSearch";
import { ToolButton } from "../frame/ToolButton";
import { visuallyHidden } from "../../../shared/visuallyHidden";

export const STEPS = [0.5, 0.67, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4];

export interface PdfToolbarProps {
  pages: number;
  current: number;
  goTo: (page: number) => void;
  thumbs: boolean;
  toggleThumbs: () => void;
  scale: number;
  /** null: fit the width of the view. */
  zoom: number | null;
  step: (dir: 1 | -1) => void;
  fitWidth: () => void;
  search: PdfSearch;
}

/** Thumbnails, go to page, zoom, search with previous / next (found or not is announced). */
export function PdfToolbar({ pages, current, goTo, thumbs, toggleThumbs, scale, zoom, step, fitWidth, search }: PdfToolbarProps) {
  const { t } = useTranslation(["viewers", "documents"]);
  const [pageInput, setPageInput] = useState<string | null>(null);
  const { query, setQuery, hit, searching, notFound, find } = search;
  return (
    <Box sx={{ display: "flex", alignItems: "center", flexWrap: "wrap", gap: 0.5, px: 1, py: 0.5, borderBottom: 1, borderColor: "divider" }}>
      <Tooltip title={t("documents:pdf.thumbnails")}>
        <IconButton
          color="inherit"
          aria-label={t("documents:pdf.thumbnails")}
          aria-pressed={thumbs}
          onClick={toggleThumbs}
          sx={{ display: { xs: "none", sm: "inline-flex" } }}
        >
          <ThumbsIcon />
        </IconButton>
      </Tooltip>
      <Box
        component="form"
        sx={{ display: "flex", alignItems: "center", gap: 0.5 }}
        onSubmit={(e) => {
          e.preventDefault();
          const n = Number(pageInput);
          if (Number.isInteger(n) && n >= 1 && n <= pages) goTo(n);
          setPageInput(null);
        }}
      >
        <InputBase
          value={pageInput ?? String(current)}
          onChange={(e) => setPageInput(e.target.value)}
          onBlur={() => setPageInput(null)}
          inputProps={{ "aria-label": t("pdf.page"), inputMode: "numeric", size: 3 }}
          sx={{ width: 48, px: 1, border: 1, borderColor: "divider", borderRadius: 1, "& input": { textAlign: "right", p: 0.25 } }}
        />
        <Typography variant="body2" aria-live="polite">
          {t("pdf.of", { count: pages })}
        </Typography>
      </Box>
      <Box sx={{ flex: 1 }} />
      <ToolButton label={t("pdf.zoomOut")} icon={<ZoomOutIcon />} onClick={() => step(-1)} disabled={scale <= STEPS[0]!} keys="-" />
      <Typography variant="body2" sx={{ minWidth: 44, textAlign: "center" }} aria-hidden>{`${Math.round(scale * 100)}%`}</Typography>
      <ToolButton label={t("pdf.zoomIn")} icon={<ZoomInIcon />} onClick={() => step(1)} disabled={scale >= STEPS[STEPS.length - 1]!} keys="+" />
      <ToolButton label={t("pdf.fitWidth")} icon={<FitIcon />} onClick={fitWidth} disabled={zoom === null} keys="0" />
      <Box
        component="form"
        role="search"
        sx={{ display: "flex", alignItems: "center", ml: 1 }}
        onSubmit={(e) => {
          e.preventDefault();
          void find(1);
        }}
      >
        <InputBase
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t("pdf.search")}
          inputProps={{ "aria-label": t("pdf.search"), "aria-invalid": notFound }}
          sx={{ width: { xs: 110, sm: 180 }, px: 1, border: 1, borderColor: notFound ? "error.main" : "divider", borderRadius: 1 }}
        />
        <ToolButton label={t("pdf.previousMatch")} icon={<UpIcon />} onClick={() => void find(-1)} disabled={!query.trim() || searching} />
        <ToolButton label={t("pdf.nextMatch")} icon={<DownIcon />} onClick={() => void find(1)} disabled={!query.trim() || searching} />
      </Box>
      <Box role="status" sx={visuallyHidden}>
        {notFound ? t("pdf.notFound", { query: query.trim() }) : hit ? t("pdf.found", { page: hit.page }) : ""}
      </Box>
    </Box>
  );
}
