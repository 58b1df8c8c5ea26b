// The lightbox's top bar: close, the file's name and place in the folder, zoom, fit / 100 %,
// rotate, download and details.
import { useTranslation } from "react-i18next";
import { Box, IconButton, Tooltip, Typography } from "@mui/material";
import CloseIcon from "@mui/icons-material/CloseOutlined";
import ZoomInIcon from "@mui/icons-material/ZoomInOutlined";
import ZoomOutIcon from "@mui/icons-material/ZoomOutOutlined";
import FitIcon from "@mui/icons-material/FitScreenOutlined";
import ActualIcon from "@mui/icons-material/AspectRatioOutlined";
import RotateIcon from "@mui/icons-material/RotateRightOutlined";
import DownloadIcon from "@mui/icons-material/FileDownloadOutlined";
import InfoIcon from "@mui/icons-material/InfoOutlined";

export interface ImageToolbarProps {
  titleId: string;
  name: string;
  /** "3 / 12" (empty outside a folder). */
  position: string;
  /** The zoom in percent, or null before the first pixels. */
  percent: number | null;
  details: boolean;
  close?: (() => void) | undefined;
  zoomIn: () => void;
  zoomOut: () => void;
  fit: () => void;
  actual: () => void;
  rotate: () => void;
  download: () => void;
  toggleDetails: () => void;
}

export const STEP = 1.5;

function Button({ label, icon, onClick, pressed, keys }: { label: string; icon: React.ReactNode; onClick: () => void; pressed?: boolean; keys?: string }) {
  return (
    <Tooltip title={label}>
      <span>
        <IconButton color="inherit" aria-label={label} onClick={onClick} aria-pressed={pressed} aria-keyshortcuts={keys}>
          {icon}
        </IconButton>
      </span>
    </Tooltip>
  );
}

export function ImageToolbar(p: ImageToolbarProps) {
  const { t } = useTranslation("viewers");
  return (
    <Box sx={{ display: "flex", alignItems: "center", gap: 0.5, px: 1, py: 0.5, color: "common.white", bgcolor: "rgba(0,0,0,0.72)", flexWrap: "wrap" }}>
      {p.close && <Button label={t("frame.close")} icon={<CloseIcon />} onClick={p.close} keys="Escape" />}
      <Typography id={p.titleId} component="h2" variant="subtitle1" noWrap sx={{ flex: "1 1 120px", minWidth: 0, fontWeight: 500 }}>
        <bdi>{p.name}</bdi>
      </Typography>
      {p.position && (
        <Typography variant="body2" sx={{ px: 1 }} aria-hidden>
          {p.position}
        </Typography>
      )}
      <Button label={t("image.zoomOut")} icon={<ZoomOutIcon />} onClick={p.zoomOut} keys="-" />
      <Typography variant="body2" sx={{ minWidth: 44, textAlign: "center" }} aria-hidden>
        {p.percent === null ? "" : `${p.percent}%`}
      </Typography>
      <Button label={t("image.zoomIn")} icon={<ZoomInIcon />} onClick={p.zoomIn} keys="+" />
      <Button label={t("image.fit")} icon={<FitIcon />} onClick={p.fit} keys="0" />
      <Button label={t("image.actual")} icon={<ActualIcon />} onClick={p.actual} keys="1" />
      <Button label={t("image.rotate")} icon={<RotateIcon />} onClick={p.rotate} keys="R" />
      <Button label={t("frame.download")} icon={<DownloadIcon />} onClick={p.download} />
      <Button label={t("image.details")} icon={<InfoIcon />} onClick={p.toggleDetails} pressed={p.details} />
    </Box>
  );
}
