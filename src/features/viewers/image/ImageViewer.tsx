// The image lightbox: the thumbnail at once, the full image when it has decoded; zoom by wheel,
// pinch, double-click and keys, pan by dragging, rotate, fit / 100 %, previous / next through the
// folder's images (loading further listing pages at the ends), swipe on touch screens, details.
// SVG is shown through <img>, which never runs the file's script.
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import { useTranslation } from "react-i18next";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Box, CircularProgress, Dialog, IconButton, Tooltip, Typography } from "@mui/material";
import CloseIcon from "@mui/icons-material/CloseOutlined";
import PrevIcon from "@mui/icons-material/ChevronLeftOutlined";
import NextIcon from "@mui/icons-material/ChevronRightOutlined";
import ZoomInIcon from "@mui/icons-material/ZoomInOutlined";
import ZoomOutIcon from "@mui/icons-material/ZoomOutOutlined";
import FitIcon from "@mui/icons-material/FitScreenOutlined";
import ActualIcon from "@mui/icons-material/AspectRatioOutlined";
import RotateIcon from "@mui/icons-material/RotateRightOutlined";
import DownloadIcon from "@mui/icons-material/FileDownloadOutlined";
import InfoIcon from "@mui/icons-material/InfoOutlined";
import { fileQueries, type FileResponse } from "../../../api/queries/files";
import { viewerQueries } from "../../../api/queries/viewers";
import { describeError } from "../../../api/errors";
import { extOf } from "../choose";
import type { ViewerProps } from "../types";
import { ImageDetails } from "./ImageDetails";
import { clampPan, FIT, fitScale, swipeDirection, zoomAt, type Size, type View } from "./zoom";

/** Formats a browser may not decode; the server's thumbnail stands in when it cannot. */
const MAYBE_UNSUPPORTED = new Set(["heic", "heif", "tif", "tiff"]);
const STEP = 1.5;

interface Shown {
  src: string;
  /** "thumb" until the full image has decoded; "full"; or "fallback" when only the thumbnail can be shown. */
  kind: "thumb" | "full" | "fallback";
  size: Size;
}

/** Decodes an image off the page, so swapping it in paints at once. */
function decode(src: string): Promise<Size> {
  const img = new Image();
  img.decoding = "async";
  img.src = src;
  return img.decode().then(() => ({ w: img.naturalWidth, h: img.naturalHeight }));
}

export default function ImageViewer(p: ViewerProps) {
  const { t, i18n } = useTranslation("viewers");
  const qc = useQueryClient();
  const titleId = `${useId()}-title`;
  const file = p.file;
  const uri = file.path ?? "";
  const exts = p.viewer.exts;

  // ---- the sequence of images in the folder
  const images = useMemo(() => {
    const all = (p.sequence?.files ?? []).filter((f) => f.type === 0 && exts.includes(extOf(f.name)));
    return all.some((f) => f.id === file.id) ? all : [file];
  }, [p.sequence?.files, exts, file]);
  const index = images.findIndex((f) => f.id === file.id);
  // Paging past the last loaded image loads the next listing page; `arrived` turns true once it is
  // in the sequence, and the effect below then shows the next image or asks for another page.
  const [seek, setSeek] = useState<{ from: string; arrived: boolean } | null>(null);
  const seeking = seek !== null && seek.from === file.id;
  const paged = Boolean(p.sequence && p.show);
  const hasNext = paged && (index < images.length - 1 || Boolean(p.sequence?.hasMore));
  const hasPrev = paged && index > 0;
  const { sequence, show } = p;
  const loadNextPage = useCallback(
    (from: string) => {
      if (!sequence) return;
      setSeek({ from, arrived: false });
      sequence.loadMore().then(
        () => setSeek((s) => (s && s.from === from ? { from, arrived: true } : s)),
        () => setSeek(null),
      );
    },
    [sequence],
  );

  // The image last asked for: a second key press before the first one's image rendered moves on
  // from there, not from the image still on screen.
  const requested = useRef(file.id);
  useEffect(() => {
    requested.current = file.id;
  }, [file.id]);
  const go = useCallback(
    (dir: -1 | 1) => {
      if (!paged || seeking) return;
      const from = images.findIndex((f) => f.id === requested.current);
      const at = from >= 0 ? from : index;
      const target = images[at + dir];
      if (target) {
        requested.current = target.id;
        show?.(target);
      } else if (dir === 1 && sequence?.hasMore && at === index) loadNextPage(file.id);
    },
    [paged, seeking, images, index, show, sequence?.hasMore, loadNextPage, file.id],
  );
  useEffect(() => {
    if (!seek?.arrived || seek.from !== file.id) return;
    const target = images[index + 1];
    if (target) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- reacting to the listing page that just arrived
      setSeek(null);
      show?.(target);
    } else if (sequence?.hasMore) loadNextPage(file.id);
    else setSeek(null);
  }, [seek, images, index, file.id, show, sequence?.hasMore, loadNextPage]);

  // ---- the bytes: thumbnail first, then the full image
  const thumbAllowed = !p.version && file.metadata?.["thumb:disabled"] === undefined;
  const thumb = useQuery({ ...fileQueries.thumb(uri, p.contextHint), enabled: thumbAllowed });
  const full = useQuery(viewerQueries.url(uri, { entity: p.version ?? file.primary_entity, contextHint: p.contextHint }));
  const [shown, setShown] = useState<Shown | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  const [view, setView] = useState<View>(FIT);
  const key = `${uri}|${p.version ?? ""}`;
  const [shownFor, setShownFor] = useState(key);
  if (shownFor !== key) {
    // Another image: forget the last one's pixels, error and zoom in this same render.
    setShownFor(key);
    setShown(null);
    setFailed(null);
    setView(FIT);
  }
  const thumbUrl = thumb.data?.url;
  const fullUrl = full.data?.url;
  useEffect(() => {
    if (!thumbUrl) return;
    let live = true;
    void decode(thumbUrl)
      .then((size) => {
        if (live) setShown((s) => (s && s.kind !== "thumb" ? s : { src: thumbUrl, kind: "thumb", size }));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [thumbUrl]);
  useEffect(() => {
    if (!fullUrl) return;
    let live = true;
    void decode(fullUrl)
      .then((size) => {
        if (live) setShown({ src: fullUrl, kind: "full", size });
      })
      .catch((e: unknown) => {
        if (!live) return;
        // A format this browser cannot decode (HEIC): the server's thumbnail is what we can show.
        if (thumbUrl && MAYBE_UNSUPPORTED.has(extOf(file.name))) setShown((s) => (s ? { ...s, kind: "fallback" } : s));
        else setFailed(e);
      });
    return () => {
      live = false;
    };
  }, [fullUrl, thumbUrl, file.name]);
  const error: unknown = full.error ?? failed;

  // The neighbours' URLs are fetched ahead, so paging shows them without a wait.
  const nextFile: FileResponse | undefined = images[index + 1];
  useEffect(() => {
    if (!nextFile?.path || !shown || shown.kind === "thumb") return;
    void qc.prefetchQuery(viewerQueries.url(nextFile.path, { entity: nextFile.primary_entity, contextHint: p.contextHint }));
  }, [nextFile?.path, nextFile?.primary_entity, shown, qc, p.contextHint]);

  // ---- geometry
  const stage = useRef<HTMLDivElement>(null);
  const [stageSize, setStageSize] = useState<Size>({ w: 0, h: 0 });
  useEffect(() => {
    const el = stage.current;
    if (!el) return;
    const ro = new ResizeObserver(([e]) => e && setStageSize({ w: e.contentRect.width, h: e.contentRect.height }));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const natural = shown?.size ?? { w: 0, h: 0 };
  const fit = fitScale(natural, stageSize, view.rot, shown?.kind !== "full");
  const box: Size = useMemo(() => ({ w: natural.w * fit, h: natural.h * fit }), [natural.w, natural.h, fit]);
  const apply = useCallback((next: View) => setView(clampPan(next, box, stageSize)), [box, stageSize]);
  const zoomBy = (factor: number, at = { x: 0, y: 0 }) => apply(zoomAt(view, view.k * factor, at, fit));
  const actual = () => apply({ ...zoomAt(view, 1 / fit, { x: 0, y: 0 }, fit), x: 0, y: 0 });
  const rotate = (dir: 1 | -1) => setView((v) => ({ ...FIT, rot: (v.rot + dir + 4) % 4 }));

  // Wheel zoom needs a non-passive listener to keep the page from scrolling.
  const viewRef = useRef({ view, fit, apply });
  useEffect(() => {
    viewRef.current = { view, fit, apply };
  });
  useEffect(() => {
    const el = stage.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const r = el.getBoundingClientRect();
      const { view: v, fit: f, apply: a } = viewRef.current;
      a(zoomAt(v, v.k * Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.002)), { x: e.clientX - r.left - r.width / 2, y: e.clientY - r.top - r.height / 2 }, f));
    };
    el.addEventListener("wheel", onWheel, { passive: false });
    return () => el.removeEventListener("wheel", onWheel);
  }, []);

  // Pointers: one drags (pans when zoomed, swipes when not), two pinch.
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const gesture = useRef<{ start: View; sx: number; sy: number; dist: number; mid: { x: number; y: number } } | null>(null);
  const rel = (e: { clientX: number; clientY: number }) => {
    const r = stage.current!.getBoundingClientRect();
    return { x: e.clientX - r.left - r.width / 2, y: e.clientY - r.top - r.height / 2 };
  };
  const begin = () => {
    const pts = [...pointers.current.values()];
    const a = pts[0]!;
    const b = pts[1];
    gesture.current = {
      start: view,
      sx: a.x,
      sy: a.y,
      dist: b ? Math.hypot(a.x - b.x, a.y - b.y) : 0,
      mid: b ? { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } : a,
    };
  };
  const [dragging, setDragging] = useState(false);
  const onPointerDown = (e: PointerEvent) => {
    if (e.button !== 0) return;
    setDragging(true);
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
    pointers.current.set(e.pointerId, rel(e));
    begin();
  };
  const onPointerMove = (e: PointerEvent) => {
    if (!pointers.current.has(e.pointerId) || !gesture.current) return;
    pointers.current.set(e.pointerId, rel(e));
    const g = gesture.current;
    const pts = [...pointers.current.values()];
    if (pts.length >= 2 && g.dist > 0) {
      const d = Math.hypot(pts[0]!.x - pts[1]!.x, pts[0]!.y - pts[1]!.y);
      apply(zoomAt(g.start, g.start.k * (d / g.dist), g.mid, fit));
    } else if (g.start.k > 1) {
      const pt = pts[0]!;
      apply({ ...g.start, x: g.start.x + pt.x - g.sx, y: g.start.y + pt.y - g.sy });
    }
  };
  const onPointerUp = (e: PointerEvent) => {
    const g = gesture.current;
    const pt = pointers.current.get(e.pointerId);
    pointers.current.delete(e.pointerId);
    if (pointers.current.size > 0) {
      begin();
      return;
    }
    gesture.current = null;
    setDragging(false);
    if (g && pt && g.start.k <= 1 && g.dist === 0) {
      const dir = swipeDirection(pt.x - g.sx, pt.y - g.sy);
      if (dir) go(dir);
    }
  };
  const onDoubleClick = (e: React.MouseEvent) => {
    if (view.k > 1.01) apply({ ...view, k: 1, x: 0, y: 0 });
    else apply(zoomAt(view, Math.max(2, 1 / fit), rel(e), fit));
  };

  const [details, setDetails] = useState(false);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if ((e.target as HTMLElement).closest("input, textarea")) return;
    const k = e.key;
    if (k === "ArrowRight") go(1);
    else if (k === "ArrowLeft") go(-1);
    else if (k === "+" || k === "=") zoomBy(STEP);
    else if (k === "-" || k === "_") zoomBy(1 / STEP);
    else if (k === "0") apply({ ...view, k: 1, x: 0, y: 0 });
    else if (k === "1") actual();
    else if (k === "r" || k === "R") rotate(e.shiftKey ? -1 : 1);
    else return;
    e.preventDefault();
  };

  const position = paged && images.length > 1 ? t("image.position", { index: index + 1, count: images.length, more: p.sequence?.hasMore ? "+" : "" }) : "";
  const percent = Math.round(view.k * fit * 100);
  const dialog = p.mode === "dialog";

  const button = (label: string, icon: React.ReactNode, onClick: () => void, opts: { disabled?: boolean; pressed?: boolean; keys?: string } = {}) => (
    <Tooltip title={label}>
      <span>
        <IconButton color="inherit" aria-label={label} onClick={onClick} disabled={opts.disabled} aria-pressed={opts.pressed} aria-keyshortcuts={opts.keys}>
          {icon}
        </IconButton>
      </span>
    </Tooltip>
  );

  const toolbar = (
    <Box sx={{ display: "flex", alignItems: "center", gap: 0.5, px: 1, py: 0.5, color: "common.white", bgcolor: "rgba(0,0,0,0.72)", flexWrap: "wrap" }}>
      {dialog && button(t("frame.close"), <CloseIcon />, p.close, { keys: "Escape" })}
      <Typography id={titleId} component="h2" variant="subtitle1" noWrap sx={{ flex: "1 1 120px", minWidth: 0, fontWeight: 500 }}>
        <bdi>{file.name}</bdi>
      </Typography>
      {position && (
        <Typography variant="body2" sx={{ px: 1 }} aria-hidden>
          {position}
        </Typography>
      )}
      {button(t("image.zoomOut"), <ZoomOutIcon />, () => zoomBy(1 / STEP), { keys: "-" })}
      <Typography variant="body2" sx={{ minWidth: 44, textAlign: "center" }} aria-hidden>
        {shown ? `${percent}%` : ""}
      </Typography>
      {button(t("image.zoomIn"), <ZoomInIcon />, () => zoomBy(STEP), { keys: "+" })}
      {button(t("image.fit"), <FitIcon />, () => apply({ ...view, k: 1, x: 0, y: 0 }), { keys: "0" })}
      {button(t("image.actual"), <ActualIcon />, actual, { keys: "1" })}
      {button(t("image.rotate"), <RotateIcon />, () => rotate(1), { keys: "R" })}
      {button(t("frame.download"), <DownloadIcon />, p.download)}
      {button(t("image.details"), <InfoIcon />, () => setDetails((d) => !d), { pressed: details })}
    </Box>
  );

  const body = (
    <Box sx={{ position: "relative", flex: 1, minHeight: 0, display: "flex", bgcolor: "#111", color: "common.white" }}>
      <Box
        ref={stage}
        data-image-stage
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onDoubleClick={onDoubleClick}
        sx={{ position: "relative", flex: 1, minWidth: 0, overflow: "hidden", touchAction: "none", cursor: view.k > 1 ? "grab" : "default", userSelect: "none" }}
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
        {(!shown || shown.kind === "thumb") && error == null && (
          <CircularProgress size={28} aria-label={t("image.loading")} sx={{ position: "absolute", right: 16, bottom: 16, color: "common.white" }} />
        )}
        {error != null && !shown && (
          <Box sx={{ position: "absolute", inset: 0, display: "grid", placeItems: "center", p: 2 }}>
            <Alert severity="error">{t("image.failed", { reason: describeError(error, t) })}</Alert>
          </Box>
        )}
        {shown?.kind === "fallback" && (
          <Alert severity="info" sx={{ position: "absolute", left: 8, bottom: 8, right: 8, maxWidth: 560 }}>
            {t("image.thumbOnly")}
          </Alert>
        )}
        {dialog && hasPrev && (
          <IconButton aria-label={t("image.previous")} aria-keyshortcuts="ArrowLeft" onClick={() => go(-1)} sx={{ position: "absolute", left: 8, top: "50%", transform: "translateY(-50%)", color: "common.white", bgcolor: "rgba(0,0,0,0.5)", "&:hover": { bgcolor: "rgba(0,0,0,0.7)" } }}>
            <PrevIcon fontSize="large" />
          </IconButton>
        )}
        {dialog && hasNext && (
          <IconButton aria-label={t("image.next")} aria-keyshortcuts="ArrowRight" aria-busy={seeking} onClick={() => go(1)} sx={{ position: "absolute", right: 8, top: "50%", transform: "translateY(-50%)", color: "common.white", bgcolor: "rgba(0,0,0,0.5)", "&:hover": { bgcolor: "rgba(0,0,0,0.7)" } }}>
            {seeking ? <CircularProgress size={28} aria-label={t("image.loadingMore")} sx={{ color: "common.white" }} /> : <NextIcon fontSize="large" />}
          </IconButton>
        )}
      </Box>
      {details && <ImageDetails file={file} size={shown?.kind === "full" ? shown.size : undefined} lng={i18n.language} onClose={() => setDetails(false)} />}
      <Box role="status" aria-live="polite" sx={{ position: "absolute", width: 1, height: 1, overflow: "hidden", clip: "rect(0 0 0 0)" }}>
        {position ? t("image.announce", { name: file.name, position }) : ""}
      </Box>
    </Box>
  );

  if (!dialog) {
    return (
      <Box component="section" aria-labelledby={titleId} onKeyDown={onKeyDown} sx={{ display: "flex", flexDirection: "column", height: "100%", minHeight: 0, borderRadius: 1, overflow: "hidden" }}>
        {toolbar}
        {body}
      </Box>
    );
  }
  return (
    <Dialog open fullScreen onClose={p.close} aria-labelledby={titleId} slotProps={{ paper: { onKeyDown, sx: { bgcolor: "#111", display: "flex", flexDirection: "column" } } }}>
      {toolbar}
      {body}
    </Dialog>
  );
}
