import { Suspense, useEffect, useState } from "react";
import { useLocation } from "react-router";
import { prefetchWhenIdle } from "../../shared/prefetch";
import { prefetchViewerRuntime, ViewerHost, type ViewerHostProps } from "../viewers";

/**
 * The viewer named in the URL (`?open=`, features/viewers): its code loads when a file first opens,
 * and the host stays mounted afterwards so it can ask about unsaved changes when Back closes it.
 */
export function FolderViewer(props: ViewerHostProps) {
  const location = useLocation();
  const [used, setUsed] = useState(false);
  // Opening a file is the likeliest next step: its first part (the host and the chooser) is fetched ahead.
  useEffect(() => prefetchWhenIdle(prefetchViewerRuntime), []);
  if (!used && new URLSearchParams(location.search).has("open")) setUsed(true);
  if (!used) return null;
  return (
    <Suspense fallback={null}>
      <ViewerHost {...props} />
    </Suspense>
  );
}
