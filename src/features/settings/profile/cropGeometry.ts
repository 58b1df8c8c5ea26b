// Square avatar crop: the picture is scaled to cover a square frame and moved under it. Pure
// arithmetic, kept apart from the dialog so it can be tested without a canvas.

export interface CropState {
  /** 1 = the picture's shorter side just fills the frame; larger values zoom in. */
  zoom: number;
  /** Offset of the picture's centre from the frame's centre, in frame pixels. */
  x: number;
  y: number;
}

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 4;

/** Frame pixels per picture pixel at this zoom. */
export const scaleFor = (width: number, height: number, frame: number, zoom: number) => (frame / Math.min(width, height)) * zoom;

const clampTo = (v: number, limit: number) => Math.min(limit, Math.max(-limit, v));

/** Keeps the zoom in range and the frame fully covered by the picture (no empty edges). */
export function clampCrop(s: CropState, width: number, height: number, frame: number): CropState {
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, s.zoom));
  const scale = scaleFor(width, height, frame, zoom);
  return { zoom, x: clampTo(s.x, (width * scale - frame) / 2), y: clampTo(s.y, (height * scale - frame) / 2) };
}

/** The square of the picture (in picture pixels) that the frame shows. */
export function sourceRect(s: CropState, width: number, height: number, frame: number): { sx: number; sy: number; size: number } {
  const scale = scaleFor(width, height, frame, s.zoom);
  const size = frame / scale;
  return { sx: width / 2 - s.x / scale - size / 2, sy: height / 2 - s.y / scale - size / 2, size };
}
