import type { KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { Alert, Box, Button, CircularProgress, IconButton } from "@mui/material";
import PrevIcon from "@mui/icons-material/ChevronLeftOutlined";
import NextIcon from "@mui/icons-material/ChevronRightOutlined";
import { describeError } from "../../../api/errors";
import { STEP } from "./ImageToolbar";
import type { ImageSequence } from "./useImageSequence";
import type { ImageSource } from "./useImageSource";

const navSx = {
  position: "absolute",
  top: "50%",
  transform: "translateY(-50%)",
  color: "common.white",
  bgcolor: "rgba(0,0,0,0.5)",
  "&:hover": { bgcolor: "rgba(0,0,0,0.7)" },
} as const;

/** The lightbox's keys: ←/→ page, +/− zoom, 0 fit, 1 actual size, R / Shift+R rotate. */
export function imageKey(
  e: KeyboardEvent,
  a: { go: (dir: 1 | -1) => void; zoomBy: (f: number) => void; fitView: () => void; actual: () => void; rotate: (dir: 1 | -1) => void },
) {
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  if ((e.target as HTMLElement).closest("input, textarea")) return;
  const k = e.key;
  if (k === "ArrowRight") a.go(1);
  else if (k === "ArrowLeft") a.go(-1);
  else if (k === "+" || k === "=") a.zoomBy(STEP);
  else if (k === "-" || k === "_") a.zoomBy(1 / STEP);
  else if (k === "0") a.fitView();
  else if (k === "1") a.actual();
  else if (k === "r" || k === "R") a.rotate(e.shiftKey ? -1 : 1);
  else return;
  e.preventDefault();
}

/** Over the picture: loading and conversion progress, errors, the thumbnail-only notice, previous / next. */
export function ImageOverlays({ src, dialog, seq }: { src: ImageSource; dialog: boolean; seq: ImageSequence }) {
  const { t } = useTranslation("viewers");
  const { shown, error } = src;
  const { go, seeking } = seq;
  return (
    <>
      {(!shown || shown.kind === "thumb" || src.converting) && error == null && (
        <CircularProgress
          size={28}
          aria-label={src.converting ? t("image.converting") : t("image.loading")}
          sx={{ position: "absolute", right: 16, bottom: 16, color: "common.white" }}
        />
      )}
      {error != null && (!shown || src.converting) && (
        <Box sx={{ position: "absolute", inset: 0, display: "grid", placeItems: "center", p: 2 }}>
          <Alert severity="error">{t("image.failed", { reason: describeError(error, t) })}</Alert>
        </Box>
      )}
      {shown?.kind === "fallback" && (
        <Alert
          severity="info"
          sx={{ position: "absolute", left: 8, bottom: 8, right: 8, maxWidth: 560 }}
          action={
            src.canConvert ? (
              <Button color="inherit" size="small" onClick={src.convert}>
                {t("image.fullResolution")}
              </Button>
            ) : undefined
          }
        >
          {src.canConvert ? t("image.previewShown") : t("image.thumbOnly")}
        </Alert>
      )}
      {dialog && seq.hasPrev && (
        <IconButton aria-label={t("image.previous")} aria-keyshortcuts="ArrowLeft" onClick={() => go(-1)} sx={{ ...navSx, left: 8 }}>
          <PrevIcon fontSize="large" />
        </IconButton>
      )}
      {dialog && seq.hasNext && (
        <IconButton aria-label={t("image.next")} aria-keyshortcuts="ArrowRight" aria-busy={seeking} onClick={() => go(1)} sx={{ ...navSx, right: 8 }}>
          {seeking ? <CircularProgress size={28} aria-label={t("image.loadingMore")} sx={{ color: "common.white" }} /> : <NextIcon fontSize="large" />}
        </IconButton>
      )}
    </>
  );
}
