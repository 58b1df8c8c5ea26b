// Lazily loaded with the engine: the queue panel, the conflict question, the close-page warning,
// and the link from finished uploads to the explorer's cached listings.
import { useEffect } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { userKeys } from "../../../api/queries/user";
import { uploads } from "../engine/manager";
import { usePanelOpen } from "../summary";
import { ConflictDialog } from "./ConflictDialog";
import { QueuePanel } from "./QueuePanel";
import { useUploads } from "./useUploads";

/** Listings are cached under ["files", …]; a burst of completions is refetched at most every interval. */
const INVALIDATE_DEBOUNCE_MS = 400;

export function TransfersHost() {
  const queryClient = useQueryClient();
  const snap = useUploads();
  const open = usePanelOpen();

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    uploads.setFilesChangedHandler(() => {
      // Throttled, not debounced: a long stream of completions still refreshes every interval.
      timer ??= setTimeout(() => {
        timer = undefined;
        void queryClient.invalidateQueries({ queryKey: ["files"] });
        void queryClient.invalidateQueries({ queryKey: userKeys.capacity() });
      }, INVALIDATE_DEBOUNCE_MS);
    });
    return () => clearTimeout(timer);
  }, [queryClient]);

  const busy = snap.totals.active + snap.totals.waiting > 0;
  useEffect(() => {
    if (!busy) return;
    const warn = (e: BeforeUnloadEvent) => {
      // Unfinished uploads can be resumed after a reload, but only when the user selects the files again.
      e.preventDefault();
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [busy]);

  return (
    <>
      {open && <QueuePanel />}
      <ConflictDialog snap={snap} />
    </>
  );
}
