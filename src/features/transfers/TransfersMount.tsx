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

/**
 * Adds the download helpers to the app's diagnostics handle (`window.__cloudreve`, see main.tsx), so
 * tests — and curious users — can drive them exactly as the explorer's actions do.
 */
function exposeDiagnostics() {
  const w = window as unknown as { __cloudreve?: Record<string, unknown> };
  w.__cloudreve ??= {};
  w.__cloudreve.transfers = {
    downloadMany: (...args: Parameters<typeof import("./download").downloadMany>) => import("./download").then((m) => m.downloadMany(...args)),
    downloadFile: (...args: Parameters<typeof import("./download").downloadFile>) => import("./download").then((m) => m.downloadFile(...args)),
  };
}

/** Drop target, paste handler and (lazily) the queue panel with its dialogs. */
export function TransfersMount() {
  const loaded = useSyncExternalStore(onEngineLoaded, engineLoaded);
  useEffect(() => {
    // Unfinished uploads from an earlier visit: load the engine so the panel can offer to resume.
    if (hasResumeRecords()) void loadEngine();
    exposeDiagnostics();
  }, []);
  return (
    <Suspense fallback={null}>
      <UploadPageTarget />
      {loaded && <TransfersHost />}
    </Suspense>
  );
}
