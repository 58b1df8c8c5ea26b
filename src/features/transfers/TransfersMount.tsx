// What the app shell mounts: the upload button, the page-wide drop target and — only once the engine
// has been loaded by a first upload or by unfinished uploads to resume — the lazy queue panel.
import { lazy, Suspense, useEffect, useSyncExternalStore } from "react";
import { IconButton } from "@mui/material";
import UploadIcon from "@mui/icons-material/CloudUploadOutlined";
import { hasResumeRecords } from "./engine/resumeStore";
import { engineLoaded, loadEngine, onEngineLoaded } from "./loader";
import { UploadButton } from "./UploadButton";
import { UploadPageTarget } from "./UploadPageTarget";

const TransfersHost = lazy(() => import("./ui/TransfersHost").then((m) => ({ default: m.TransfersHost })));

/** The app-bar button; shown disabled while its texts load. */
export function TransfersButton() {
  return (
    <Suspense
      fallback={
        <IconButton disabled aria-hidden tabIndex={-1}>
          <UploadIcon />
        </IconButton>
      }
    >
      <UploadButton />
    </Suspense>
  );
}

/** Drop target, paste handler and (lazily) the queue panel with its dialogs. */
export function TransfersMount() {
  const loaded = useSyncExternalStore(onEngineLoaded, engineLoaded);
  useEffect(() => {
    // Unfinished uploads from an earlier visit: load the engine so the panel can offer to resume.
    if (hasResumeRecords()) void loadEngine();
  }, []);
  return (
    <Suspense fallback={null}>
      <UploadPageTarget />
      {loaded && <TransfersHost />}
    </Suspense>
  );
}
