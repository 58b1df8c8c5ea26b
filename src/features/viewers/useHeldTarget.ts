import { useCallback, useEffect, useRef, useState } from "react";
import { useLocation, useNavigate } from "react-router";
import type { FileResponse } from "../../api/queries/files";
import { viewerDialogs } from "./dialogs";
import { PUSHED, sameTarget, searchWith, type ViewerTarget } from "./target";

/**
 * Unsaved changes, guarded for every editor: the target the URL left while an editor was dirty
 * stays on screen until the user decided (Back asks; "keep editing" puts the URL back), and
 * leaving the page asks the browser's own question. Returns the target to show.
 */
export function useHeldTarget(urlTarget: ViewerTarget | null) {
  const location = useLocation();
  const navigate = useNavigate();
  const dirty = useRef(false);
  const shownFile = useRef<FileResponse | undefined>(undefined);
  const [held, setHeld] = useState<ViewerTarget | null>(null);
  const previous = useRef(urlTarget);
  useEffect(() => {
    const prev = previous.current;
    previous.current = urlTarget;
    if (held && sameTarget(held, urlTarget)) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the URL came back to the held viewer
      setHeld(null);
      return;
    }
    if (!prev || sameTarget(prev, urlTarget) || !dirty.current) return;
    setHeld(prev);
    void viewerDialogs.discard({ fileName: shownFile.current?.name ?? "" }).then((ok) => {
      if (ok) {
        dirty.current = false;
        setHeld(null);
      } else navigate(`${location.pathname}${searchWith(location.search, prev)}`, { state: { [PUSHED]: true } });
    });
  }, [urlTarget, held, navigate, location.pathname, location.search]);

  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (!dirty.current) return;
      e.preventDefault();
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  const setDirty = useCallback((d: boolean) => {
    dirty.current = d;
  }, []);
  return { target: held ?? urlTarget, dirtyRef: dirty, setDirty, shownFileRef: shownFile };
}
