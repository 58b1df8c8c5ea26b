// THE list of viewers this app renders itself. The catalogue (the admin's `file_viewers`) says which
// viewer opens a file; this list says how. A catalogue viewer with no entry here — or an entry that
// is not built yet — gets the generic fallback (download / open in a new tab with a short note).
//
// Adding a viewer = one entry here + one component (default export, `ViewerProps`) loaded lazily,
// so it is its own chunk and costs the first load nothing. docs/architecture.md, "Lazy by default".
import type { ComponentType } from "react";
import type { QueryClient } from "@tanstack/react-query";
import type { ViewerDef } from "./catalogue";
import type { ViewerProps } from "./types";
import { prefetchImage, prefetchText, prefetchUrl, type Opening } from "./prefetchers";

export interface ViewerImpl {
  /** The component, loaded when the viewer first opens. */
  load: () => Promise<{ default: ComponentType<ViewerProps> }>;
  /**
   * "dialog": the host wraps it in a full-screen dialog with a title bar (close, download, details).
   * "self": it draws its own full-screen surface (the image lightbox).
   */
  chrome: "dialog" | "self";
  /**
   * Starts what the viewer reads first (a signed URL, the text), called when the file is opened so
   * it downloads beside the viewer's code instead of after it.
   */
  prefetch?: (qc: QueryClient, o: Opening) => void;
}

/** Built-in viewers by catalogue id. */
const BUILTIN: Record<string, ViewerImpl> = {
  image: { load: () => import("./image/ImageViewer"), chrome: "self", prefetch: prefetchImage },
  monaco: { load: () => import("./text/TextViewer"), chrome: "dialog", prefetch: prefetchText },
  markdown: { load: () => import("./markdown/MarkdownViewer"), chrome: "dialog", prefetch: prefetchText },
  pdf: { load: () => import("./pdf/PdfViewer"), chrome: "dialog", prefetch: prefetchUrl },
  video: { load: () => import("./media/MediaViewer"), chrome: "dialog", prefetch: prefetchUrl },
  music: { load: () => import("./audio/MusicViewer"), chrome: "dialog", prefetch: prefetchUrl },
  archive: { load: () => import("./archive/ArchiveViewer"), chrome: "dialog" },
  drawio: { load: () => import("./drawio/DrawioViewer"), chrome: "dialog" },
  epub: { load: () => import("./epub/EpubViewer"), chrome: "dialog" },
  excalidraw: { load: () => import("./excalidraw/ExcalidrawViewer"), chrome: "dialog" },
};

/** Viewers by catalogue type, for types whose every entry one component handles (`wopi`, `custom`). */
const BY_TYPE: Partial<Record<ViewerDef["type"], ViewerImpl>> = {
  custom: { load: () => import("./apps/CustomViewer"), chrome: "dialog" },
  wopi: { load: () => import("./apps/WopiViewer"), chrome: "dialog" },
};

export const FALLBACK: ViewerImpl = { load: () => import("./FallbackViewer"), chrome: "dialog" };

/** The implementation of a catalogue viewer, or undefined when this app does not render it yet. */
export function implOf(v: ViewerDef): ViewerImpl | undefined {
  return v.type === "builtin" ? BUILTIN[v.id] : BY_TYPE[v.type];
}

export const isImplemented = (v: ViewerDef) => implOf(v) !== undefined;
