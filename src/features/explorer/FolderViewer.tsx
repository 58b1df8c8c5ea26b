import { Suspense, useState } from "react";
import { useLocation } from "react-router";
import { ViewerHost, type ViewerHostProps } from "../viewers";

/**
 * The viewer named in the URL (`?open=`, features/viewers): its code loads when a file first opens,
 * and the host stays mounted afterwards so it can ask about unsaved changes when Back closes it.
 */
export function FolderViewer(props: ViewerHostProps) {
  const location = useLocation();
  const [used, setUsed] = useState(false);
  if (!used && new URLSearchParams(location.search).has("open")) setUsed(true);
  if (!used) return null;
  return (
    <Suspense fallback={null}>
      <ViewerHost {...props} />
    </Suspense>
  );
}
