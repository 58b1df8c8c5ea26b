// Opening a file starts, side by side, everything its viewer waits for: the viewer's code, its
// texts and what it reads first. Left to the viewer, each would start only once the step before it
// had finished (code → texts → the viewer's first render → its request).
import type { QueryClient } from "@tanstack/react-query";
import type { ViewerDef } from "./catalogue";
import { implFor, loadViewer } from "./lazyViewer";
import type { Opening } from "./prefetchers";

/** Safe to call again for the same file: loaded code and fetched data are reused. */
export function warmViewer(qc: QueryClient, viewer: ViewerDef | undefined, o: Opening) {
  const impl = implFor(viewer);
  // A failed load is reported where the viewer is rendered, which tries again.
  loadViewer(impl).catch(() => undefined);
  impl.prefetch?.(qc, o);
}
