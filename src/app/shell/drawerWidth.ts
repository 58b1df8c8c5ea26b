// Width of the desktop navigation drawer, chosen by dragging its edge and remembered on this browser.
import { useCallback, useState } from "react";

export const DRAWER_DEFAULT = 248;
export const DRAWER_MIN = 200;
export const DRAWER_MAX = 480;
const KEY = "nav_drawer_width";

export const clampDrawer = (w: number) => Math.round(Math.min(DRAWER_MAX, Math.max(DRAWER_MIN, w)));

function stored(): number {
  try {
    const n = Number(localStorage.getItem(KEY));
    return Number.isFinite(n) && n > 0 ? clampDrawer(n) : DRAWER_DEFAULT;
  } catch {
    return DRAWER_DEFAULT;
  }
}

/** The width and a setter; `save` also remembers it (at the end of a drag, on each key press). */
export function useDrawerWidth() {
  const [width, setWidth] = useState(stored);
  const set = useCallback((w: number, save = true) => {
    const next = clampDrawer(w);
    setWidth(next);
    if (save) {
      try {
        localStorage.setItem(KEY, String(next));
      } catch {
        // Private mode or a full storage: the width holds until reload.
      }
    }
  }, []);
  return [width, set] as const;
}
