import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Slider, Typography } from "@mui/material";
import ZoomInIcon from "@mui/icons-material/ZoomIn";
import ZoomOutIcon from "@mui/icons-material/ZoomOut";
import { clampCrop, MAX_ZOOM, MIN_ZOOM, type CropState } from "./cropGeometry";
import { FRAME, toPng, usePicture } from "./avatarPicture";
import { CropFrame } from "./CropFrame";

interface Props {
  file: File;
  busy: boolean;
  onCancel: () => void;
  /** The square picture as PNG (the server decodes PNG whatever the source format was). */
  onDone: (png: Blob) => void;
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
  const [working, setWorking] = useState(false);

  const update = (next: CropState) => picture && setCrop(clampCrop(next, picture.width, picture.height, FRAME));

  const done = async () => {
    if (!picture) return;
    setWorking(true);
    try {
      onDone(await toPng(picture, crop));
    } finally {
      setWorking(false);
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onCancel} aria-labelledby="avatar-crop-title" maxWidth="xs" fullWidth>
      <DialogTitle id="avatar-crop-title">{t("profile.crop.title")}</DialogTitle>
      <DialogContent sx={{ display: "flex", flexDirection: "column", alignItems: "center", gap: 2, px: 2 }}>
        {failed ? (
          <Alert severity="error">{t("profile.crop.unreadable")}</Alert>
        ) : (
          <>
            <CropFrame picture={picture} url={url} crop={crop} update={update} hintId={hintId} />
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
