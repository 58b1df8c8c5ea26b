import type { ViewerProps } from "../types";
import type { ViewerFrameProps } from "./ViewerFrame";

/**
 * The frame props every viewer passes alike: named by its file (or `title`, an editor's "unsaved"
 * title), closed by the host, with Download in the dialog only — an inline panel sits on a page
 * that offers its own download.
 */
export function frameProps(
  p: Pick<ViewerProps, "file" | "mode" | "close" | "download">,
  title = p.file.name,
): Pick<ViewerFrameProps, "title" | "mode" | "close" | "download"> {
  return { title, mode: p.mode, close: p.close, download: p.mode === "dialog" ? p.download : undefined };
}
