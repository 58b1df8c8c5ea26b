// A panel the shell docks over the bottom of every page (the music mini player) would cover the
// end of a page, such as the explorer's status line. The panel publishes the room it takes, from
// the viewport's bottom edge to its top edge plus a gap, as one CSS variable on the root element;
// pages leave that much room below their content. No panel: the variable is unset and reads 0px.
import { useEffect, type RefObject } from "react";

const VAR = "--app-bottom-dock";
/** Space between the docked panel and the content above it. */
const GAP = 8;

/** The room to leave below a page's content, for `calc()` in styles. */
export const BOTTOM_DOCK = `var(${VAR}, 0px)`;

/** Keeps the root's dock variable equal to the room the element takes while it is mounted. */
export function useBottomDock(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const root = document.documentElement.style;
    // Its height changes as its controls wrap; its distance from the bottom with the breakpoint.
    const measure = () => root.setProperty(VAR, `${Math.ceil(el.offsetHeight + (parseFloat(getComputedStyle(el).bottom) || 0) + GAP)}px`);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    window.addEventListener("resize", measure);
    return () => {
      observer.disconnect();
      window.removeEventListener("resize", measure);
      root.removeProperty(VAR);
    };
  }, [ref]);
}
