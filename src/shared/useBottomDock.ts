// The docked panel's side of bottomDock.ts: it measures itself and sets the variable pages read.
import { useEffect, type RefObject } from "react";
import { BOTTOM_DOCK_VAR } from "./bottomDock";

/** Space between the docked panel and the content above it. */
const GAP = 8;

/** Keeps the root's dock variable equal to the room the element takes while it is mounted. */
export function useBottomDock(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const root = document.documentElement.style;
    // Its height changes as its controls wrap; its distance from the bottom with the breakpoint.
    const measure = () => root.setProperty(BOTTOM_DOCK_VAR, `${Math.ceil(el.offsetHeight + (parseFloat(getComputedStyle(el).bottom) || 0) + GAP)}px`);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    window.addEventListener("resize", measure);
    return () => {
      observer.disconnect();
      window.removeEventListener("resize", measure);
      root.removeProperty(BOTTOM_DOCK_VAR);
    };
  }, [ref]);
}
