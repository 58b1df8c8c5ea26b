// The lightbox's geometry and gestures: fit to the stage, zoom by wheel, pinch, double-click and
// keys, pan by dragging, rotate; a swipe on an unzoomed image pages (through `go`).
import { useCallback, useEffect, useMemo, useRef, useState, type PointerEvent } from "react";
import { clampPan, FIT, fitScale, swipeDirection, zoomAt, type Size, type View } from "./zoom";

export function useZoom(natural: Size, upscale: boolean, go: (dir: -1 | 1) => void) {
  const [view, setView] = useState<View>(FIT);
  const stage = useRef<HTMLDivElement>(null);
  const [stageSize, setStageSize] = useState<Size>({ w: 0, h: 0 });
  useEffect(() => {
    const el = stage.current;
    if (!el) return;
    const ro = new ResizeObserver(([e]) => e && setStageSize({ w: e.contentRect.width, h: e.contentRect.height }));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const fit = fitScale(natural, stageSize, view.rot, upscale);
  const box: Size = useMemo(() => ({ w: natural.w * fit, h: natural.h * fit }), [natural.w, natural.h, fit]);
  const apply = useCallback((next: View) => setView(clampPan(next, box, stageSize)), [box, stageSize]);
  const zoomBy = (factor: number, at = { x: 0, y: 0 }) => apply(zoomAt(view, view.k * factor, at, fit));
  const actual = () => apply({ ...zoomAt(view, 1 / fit, { x: 0, y: 0 }, fit), x: 0, y: 0 });
  const fitView = () => apply({ ...view, k: 1, x: 0, y: 0 });
  const rotate = (dir: 1 | -1) => setView((v) => ({ ...FIT, rot: (v.rot + dir + 4) % 4 }));
  const reset = useCallback(() => setView(FIT), []);

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
      a(
        zoomAt(
          v,
          v.k * Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.002)),
          { x: e.clientX - r.left - r.width / 2, y: e.clientY - r.top - r.height / 2 },
          f,
        ),
      );
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

  return {
    stage,
    view,
    fit,
    box,
    dragging,
    zoomBy,
    actual,
    fitView,
    rotate,
    reset,
    handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp, onDoubleClick },
  };
}
