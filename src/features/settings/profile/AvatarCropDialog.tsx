import { useEffect, useId, useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import { useTranslation } from "react-i18next";
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Slider, Typography } from "@mui/material";
import ZoomInIcon from "@mui/icons-material/ZoomIn";
import ZoomOutIcon from "@mui/icons-material/ZoomOut";
import { clampCrop, MAX_ZOOM, MIN_ZOOM, scaleFor, sourceRect, type CropState } from "./cropGeometry";

/** The frame on screen, small enough for a 360 px phone. */
const FRAME = 232;
/**
 * Pixels of the square sent to the server: it scales avatars down to 200 px wide (contract
 * §5.4.4), twice that keeps them sharp on dense screens without sending a large upload.
 */
const OUTPUT = 400;
const KEY_STEP = 8;
const ZOOM_STEP = 0.1;

interface Props {
  file: File;
  busy: boolean;
  onCancel: () => void;
  /** The square picture as PNG (the server decodes PNG whatever the source format was). */
  onDone: (png: Blob) => void;
}

type Picture = { img: HTMLImageElement; width: number; height: number };

function usePicture(file: File): { picture?: Picture; failed: boolean; url: string | undefined } {
  const [state, setState] = useState<{ picture?: Picture; failed: boolean; url?: string }>({ failed: false });
  useEffect(() => {
    const url = URL.createObjectURL(file);
    const img = new Image();
    img.onload = () => setState({ picture: { img, width: img.naturalWidth, height: img.naturalHeight }, failed: false, url });
    img.onerror = () => setState({ failed: true, url });
    img.src = url;
    return () => URL.revokeObjectURL(url);
  }, [file]);
  return { picture: state.picture, failed: state.failed, url: state.url };
}

function toPng(p: Picture, crop: CropState): Promise<Blob> {
  const { sx, sy, size } = sourceRect(crop, p.width, p.height, FRAME);
  const out = Math.max(1, Math.min(OUTPUT, Math.round(size)));
  const canvas = document.createElement("canvas");
  canvas.width = out;
  canvas.height = out;
  const g = canvas.getContext("2d");
  if (!g) return Promise.reject(new Error("canvas"));
  g.imageSmoothingQuality = "high";
  g.drawImage(p.img, sx, sy, size, size, 0, 0, out, out);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("canvas"))), "image/png"));
}

/**
 * Square crop before an avatar upload: drag the picture (or use the arrow keys on the frame) and
 * zoom with the slider (or + and −). The round mask shows how the avatar will look.
 */
export default function AvatarCropDialog({ file, busy, onCancel, onDone }: Props) {
  const { t } = useTranslation("settings");
  const hintId = useId();
  const { picture, failed, url } = usePicture(file);
  const [crop, setCrop] = useState<CropState>({ zoom: 1, x: 0, y: 0 });
  const drag = useRef<{ id: number; x: number; y: number; start: CropState } | null>(null);
  const [working, setWorking] = useState(false);

  const update = (next: CropState) => picture && setCrop(clampCrop(next, picture.width, picture.height, FRAME));

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { id: e.pointerId, x: e.clientX, y: e.clientY, start: crop };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d || d.id !== e.pointerId) return;
    update({ ...d.start, x: d.start.x + e.clientX - d.x, y: d.start.y + e.clientY - d.y });
  };
  const endDrag = () => {
    drag.current = null;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // The arrows move the picture the way it looks: → shows more of its left side.
    const moves: Record<string, [number, number]> = { ArrowLeft: [-KEY_STEP, 0], ArrowRight: [KEY_STEP, 0], ArrowUp: [0, -KEY_STEP], ArrowDown: [0, KEY_STEP] };
    const move = moves[e.key];
    if (move) update({ ...crop, x: crop.x + move[0], y: crop.y + move[1] });
    else if (e.key === "+" || e.key === "=") update({ ...crop, zoom: crop.zoom + ZOOM_STEP });
    else if (e.key === "-" || e.key === "_") update({ ...crop, zoom: crop.zoom - ZOOM_STEP });
    else return;
    e.preventDefault();
  };

  const done = async () => {
    if (!picture) return;
    setWorking(true);
    try {
      onDone(await toPng(picture, crop));
    } finally {
      setWorking(false);
    }
  };

  const scale = picture ? scaleFor(picture.width, picture.height, FRAME, crop.zoom) : 1;
  return (
    <Dialog open onClose={busy ? undefined : onCancel} aria-labelledby="avatar-crop-title" maxWidth="xs" fullWidth>
      <DialogTitle id="avatar-crop-title">{t("profile.crop.title")}</DialogTitle>
      <DialogContent sx={{ display: "flex", flexDirection: "column", alignItems: "center", gap: 2, px: 2 }}>
        {failed ? (
          <Alert severity="error">{t("profile.crop.unreadable")}</Alert>
        ) : (
          <>
            <Box
              role="group"
              tabIndex={0}
              aria-label={t("profile.crop.frame")}
              aria-describedby={hintId}
              onPointerDown={onPointerDown}
              onPointerMove={onPointerMove}
              onPointerUp={endDrag}
              onPointerCancel={endDrag}
              onKeyDown={onKeyDown}
              sx={{
                position: "relative",
                width: FRAME,
                height: FRAME,
                flexShrink: 0,
                overflow: "hidden",
                bgcolor: "action.hover",
                cursor: "grab",
                touchAction: "none",
                userSelect: "none",
                "&:focus-visible": { outline: 3, outlineColor: "primary.main", outlineOffset: 2 },
              }}
            >
              {picture && url && (
                <Box
                  component="img"
                  src={url}
                  alt=""
                  draggable={false}
                  sx={{ position: "absolute", left: "50%", top: "50%", maxWidth: "none", pointerEvents: "none" }}
                  style={{
                    width: picture.width * scale,
                    height: picture.height * scale,
                    transform: `translate(calc(-50% + ${crop.x}px), calc(-50% + ${crop.y}px))`,
                  }}
                />
              )}
              {/* The round avatar's outline; the corners are dimmed, not cut: they are part of the square sent. */}
              <Box
                aria-hidden
                sx={{ position: "absolute", inset: 0, borderRadius: "50%", boxShadow: "0 0 0 9999px rgba(0,0,0,0.45)", pointerEvents: "none" }}
              />
            </Box>
            <Typography id={hintId} variant="body2" color="text.secondary" sx={{ textAlign: "center" }}>
              {t("profile.crop.hint")}
            </Typography>
            <Box sx={{ display: "flex", alignItems: "center", gap: 1.5, width: "100%", maxWidth: FRAME + 48 }}>
              <ZoomOutIcon aria-hidden color="action" />
              <Slider
                aria-label={t("profile.crop.zoom")}
                value={crop.zoom}
                min={MIN_ZOOM}
                max={MAX_ZOOM}
                step={0.01}
                disabled={!picture}
                getAriaValueText={(v) => `${Math.round(v * 100)} %`}
                onChange={(_, v) => update({ ...crop, zoom: v })}
              />
              <ZoomInIcon aria-hidden color="action" />
            </Box>
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={busy}>
          {t("profile.crop.cancel")}
        </Button>
        <Button variant="contained" onClick={() => void done()} disabled={!picture} loading={busy || working}>
          {t("profile.crop.use")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
