// The image lightbox: the thumbnail at once, the full image when it has decoded (HEIC/HEIF
// converted in the browser when it cannot decode them: useImageSource); zoom by wheel, pinch,
// double-click and keys, pan by dragging, rotate, fit / 100 % (useZoom); previous / next through the
// folder's images, loading further listing pages at the ends (useImageSequence); swipe on touch
// screens; details. SVG is shown through <img>, which never runs the file's script.
import { useEffect, useId, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { useQueryClient } from "@tanstack/react-query";
import { Box, Dialog } from "@mui/material";
import type { FileResponse } from "../../../api/queries/files";
import { viewerQueries } from "../../../api/queries/viewers";
import type { ViewerProps } from "../types";
import { ImageDetails } from "./ImageDetails";
import { ImageToolbar, STEP } from "./ImageToolbar";
import { useImageSequence } from "./useImageSequence";
import { useImageSource } from "./useImageSource";
import { ImageOverlays, imageKey } from "./ImageOverlays";
import { useZoom } from "./useZoom";
import { visuallyHidden } from "../../../shared/visuallyHidden";

export default function ImageViewer(p: ViewerProps) {
  const { t, i18n } = useTranslation("viewers");
  const qc = useQueryClient();
  const titleId = `${useId()}-title`;
  const file = p.file;
  const seq = useImageSequence(p);
  const { images, index, go } = seq;
  const src = useImageSource(p);
  const shown = src.shown;
  const natural = shown?.size ?? { w: 0, h: 0 };
  const { stage, view, fit, box, dragging, zoomBy, actual, fitView, rotate, reset, handlers } = useZoom(natural, shown?.kind !== "full", go);

  // Another image starts unzoomed.
  const key = `${file.path ?? ""}|${p.version ?? ""}`;
  const [zoomFor, setZoomFor] = useState(key);
  if (zoomFor !== key) {
    setZoomFor(key);
    reset();
  }

  // The neighbours' URLs are fetched ahead, so paging shows them without a wait.
  const nextFile: FileResponse | undefined = images[index + 1];
  useEffect(() => {
    if (!nextFile?.path || !src.settled) return;
    void qc.prefetchQuery(viewerQueries.url(nextFile.path, { entity: nextFile.primary_entity, contextHint: p.contextHint }));
  }, [nextFile?.path, nextFile?.primary_entity, src.settled, qc, p.contextHint]);

  const [details, setDetails] = useState(false);
  const onKeyDown = (e: KeyboardEvent) => imageKey(e, { go, zoomBy, fitView, actual, rotate });

  const position = seq.paged && images.length > 1 ? t("image.position", { index: index + 1, count: images.length, more: p.sequence?.hasMore ? "+" : "" }) : "";
  const dialog = p.mode === "dialog";
  const toolbar = (
    <ImageToolbar
      titleId={titleId}
      name={file.name}
      position={position}
      percent={shown ? Math.round(view.k * fit * 100) : null}
      details={details}
      close={dialog ? p.close : undefined}
      zoomIn={() => zoomBy(STEP)}
      zoomOut={() => zoomBy(1 / STEP)}
      fit={fitView}
      actual={actual}
      rotate={() => rotate(1)}
      download={p.download}
      toggleDetails={() => setDetails((d) => !d)}
    />
  );

  const body = (
    <Box sx={{ position: "relative", flex: 1, minHeight: 0, display: "flex", bgcolor: "#111", color: "common.white" }}>
      <Box
        ref={stage}
        data-image-stage
        {...handlers}
        sx={{
          position: "relative",
          flex: 1,
          minWidth: 0,
          overflow: "hidden",
          touchAction: "none",
          cursor: view.k > 1 ? "grab" : "default",
          userSelect: "none",
        }}
      >
        {shown && (
          <img
            src={shown.src}
            alt={file.name}
            data-state={shown.kind}
            draggable={false}
            style={{
              position: "absolute",
              left: "50%",
              top: "50%",
              width: box.w,
              height: box.h,
              maxWidth: "none",
              transform: `translate(-50%, -50%) translate(${view.x}px, ${view.y}px) rotate(${view.rot * 90}deg) scale(${view.k})`,
              transition: dragging ? "none" : "transform 120ms ease-out",
              imageRendering: view.k * fit > 2 ? "pixelated" : "auto",
            }}
          />
        )}
        <ImageOverlays src={src} dialog={dialog} seq={seq} />
      </Box>
      {details && <ImageDetails file={file} size={shown?.kind === "full" ? shown.size : undefined} lng={i18n.language} onClose={() => setDetails(false)} />}
      <Box role="status" aria-live="polite" sx={visuallyHidden}>
        {position ? t("image.announce", { name: file.name, position }) : ""}
      </Box>
    </Box>
  );

  if (!dialog) {
    return (
      <Box
        component="section"
        aria-labelledby={titleId}
        onKeyDown={onKeyDown}
        sx={{ display: "flex", flexDirection: "column", height: "100%", minHeight: 0, borderRadius: 1, overflow: "hidden" }}
      >
        {toolbar}
        {body}
      </Box>
    );
  }
  return (
    <Dialog
      open
      fullScreen
      onClose={p.close}
      aria-labelledby={titleId}
      slotProps={{ paper: { onKeyDown, sx: { bgcolor: "#111", display: "flex", flexDirection: "column" } } }}
    >
      {toolbar}
      {body}
    </Dialog>
  );
}
