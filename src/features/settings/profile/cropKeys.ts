import type { CropState } from "./cropGeometry";

/** Pixels the picture moves per arrow key press. */
export const KEY_STEP = 8;
/** Zoom change per + or − press. */
export const ZOOM_STEP = 0.1;

const MOVES: Record<string, [number, number]> = { ArrowLeft: [-KEY_STEP, 0], ArrowRight: [KEY_STEP, 0], ArrowUp: [0, -KEY_STEP], ArrowDown: [0, KEY_STEP] };

/**
 * The crop a key asks for on the crop frame (not yet clamped), or null for keys the frame leaves
 * alone. The arrows move the picture the way it looks: → shows more of its left side.
 */
export function cropForKey(key: string, crop: CropState): CropState | null {
  const move = MOVES[key];
  if (move) return { ...crop, x: crop.x + move[0], y: crop.y + move[1] };
  if (key === "+" || key === "=") return { ...crop, zoom: crop.zoom + ZOOM_STEP };
  if (key === "-" || key === "_") return { ...crop, zoom: crop.zoom - ZOOM_STEP };
  return null;
}
