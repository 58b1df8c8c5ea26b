import { useRef, type KeyboardEvent, type PointerEvent } from "react";
import { useTranslation } from "react-i18next";
import { Box } from "@mui/material";
import { scaleFor, type CropState } from "./cropGeometry";
import { cropForKey } from "./cropKeys";
import { FRAME, type Picture } from "./avatarPicture";

interface Props {
  picture: Picture | undefined;
  url: string | undefined;
  crop: CropState;
  /** Asks for a crop; the dialog keeps it within the picture. */
  update: (next: CropState) => void;
  /** Id of the text that says how to use the frame. */
  hintId: string;
}

/** The square the picture is moved in, by dragging it or with the arrow keys (+ and − zoom). */
export function CropFrame({ picture, url, crop, update, hintId }: Props) {
  const { t } = useTranslation("settings");
  const drag = useRef<{ id: number; x: number; y: number; start: CropState } | null>(null);

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
    const next = cropForKey(e.key, crop);
    if (!next) return;
    update(next);
    e.preventDefault();
  };

  const scale = picture ? scaleFor(picture.width, picture.height, FRAME, crop.zoom) : 1;
  return (
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
      <Box aria-hidden sx={{ position: "absolute", inset: 0, borderRadius: "50%", boxShadow: "0 0 0 9999px rgba(0,0,0,0.45)", pointerEvents: "none" }} />
    </Box>
  );
}
