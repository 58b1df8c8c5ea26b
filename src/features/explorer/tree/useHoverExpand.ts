// Dragging items over a collapsed folder of the tree opens it after a short hover, as desktop file
// managers do, so a folder deep down can be reached without letting go. The folder stays open
// afterwards (the user sees where the items went).
import { useEffect } from "react";

/** How long items must hover over a collapsed folder before it opens. */
export const HOVER_EXPAND_MS = 700;

/** While `hovering` (a drag that the folder would take is over it) and the folder is closed, opens it after the delay. */
export function useHoverExpand(hovering: boolean, closed: boolean, expand: () => void): void {
  const armed = hovering && closed;
  useEffect(() => {
    if (!armed) return;
    const timer = setTimeout(expand, HOVER_EXPAND_MS);
    return () => clearTimeout(timer);
    // `expand` is a fresh closure each render; the timer must only restart when the hover does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [armed]);
}
