// Zoom, pan and rotation of the lightbox as plain arithmetic (unit-tested). `k` is the scale
// relative to "fit" (1 = the whole image fits the stage); x/y move the image's centre from the
// stage's centre, in screen pixels; rotation is in quarter turns.
export interface View {
  k: number;
  x: number;
  y: number;
  rot: number;
}

export const FIT: View = { k: 1, x: 0, y: 0, rot: 0 };

export interface Size {
  w: number;
  h: number;
}

/**
 * The scale at which an image of natural size `img` fits `stage` (rotated by `rot` quarter turns).
 * `upscale` lets a small stand-in (the thumbnail) fill the stage; the real image never grows past
 * its own pixels when fitted.
 */
export function fitScale(img: Size, stage: Size, rot: number, upscale: boolean): number {
  if (img.w <= 0 || img.h <= 0 || stage.w <= 0 || stage.h <= 0) return 1;
  const turned = rot % 2 !== 0;
  const w = turned ? img.h : img.w;
  const h = turned ? img.w : img.h;
  const s = Math.min(stage.w / w, stage.h / h);
  return upscale ? s : Math.min(1, s);
}

export const MIN_K = 0.5;
/** Up to 8× the fitted size, and at least up to 4 screen pixels per image pixel. */
export const maxK = (fit: number) => Math.max(8, 4 / Math.max(fit, 1e-6));

export function clampK(k: number, fit: number): number {
  return Math.min(maxK(fit), Math.max(MIN_K, k));
}

/** Scales to `k` keeping the image point under `p` (relative to the stage centre) where it is. */
export function zoomAt(v: View, k: number, p: { x: number; y: number }, fit: number): View {
  const next = clampK(k, fit);
  const r = next / v.k;
  return { ...v, k: next, x: p.x - (p.x - v.x) * r, y: p.y - (p.y - v.y) * r };
}

/** Keeps a zoomed image from being dragged off the stage; at or below fit it stays centred. */
export function clampPan(v: View, shown: Size, stage: Size): View {
  if (v.k <= 1) return { ...v, x: 0, y: 0 };
  const turned = v.rot % 2 !== 0;
  const w = (turned ? shown.h : shown.w) * v.k;
  const h = (turned ? shown.w : shown.h) * v.k;
  const mx = Math.max(0, (w - stage.w) / 2);
  const my = Math.max(0, (h - stage.h) / 2);
  return { ...v, x: Math.min(mx, Math.max(-mx, v.x)), y: Math.min(my, Math.max(-my, v.y)) };
}

/** Which way a finished one-finger drag pages: -1 previous, 1 next, 0 none (a tap, or mostly vertical). */
export function swipeDirection(dx: number, dy: number, threshold = 60): -1 | 0 | 1 {
  if (Math.abs(dx) < threshold || Math.abs(dx) < Math.abs(dy) * 1.5) return 0;
  return dx < 0 ? 1 : -1;
}
