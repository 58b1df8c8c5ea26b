// The viewers feature's public API. The explorer imports this file on its first load, so it holds
// nothing but lazy doors: choosing a viewer, the host, every viewer and every dialog are chunks
// fetched when a file is first opened (docs/architecture.md, "Lazy by default").
import { createElement } from "react";
import type { FileResponse } from "../../api/queries/files";
import type { OpenEnv } from "./open";
import { useLoaded } from "../../shared/useLoaded";
import type { ViewerHostProps } from "./ViewerHost";

export type { OpenEnv } from "./open";
export type { ViewerHostProps } from "./ViewerHost";

type Runtime = typeof import("./runtime");
let runtime: Runtime | undefined;
const loadRuntime = () => import("./runtime").then((m) => (runtime = m));
export type { FileSequence } from "./types";

/**
 * Opens a file in its viewer (the catalogue's choice, else "Open with…"); `ask` always asks.
 * Resolves once the viewer is in the URL, or when the user cancelled.
 */
export async function openFile(file: FileResponse, env: OpenEnv, opts: { ask?: boolean; version?: string } = {}): Promise<void> {
  const m = await loadRuntime();
  return m.openFile(file, env, opts);
}

/**
 * Fetches the code of the viewer a file would open in (never its content: in a single-file share
 * every URL handed out counts as a download), for a file that was selected and may be opened next.
 */
export function prepareViewer(file: FileResponse, env: Pick<OpenEnv, "qc" | "groupPermission">) {
  loadRuntime()
    .then((m) => m.prepareViewer(file, env))
    .catch(() => undefined);
}

/**
 * Renders the viewer named in the URL (`open`, `viewer`, `version`); mount once per page. Its code
 * loads on first use, not through React.lazy (shared/useLoaded.ts).
 */
export function ViewerHost(props: ViewerHostProps) {
  const host = useLoaded(() => runtime?.ViewerHost, loadRuntime, "runtime");
  return host ? createElement(host, props) : null;
}

/** Fetches the viewers' host and chooser ahead, once the page has nothing better to do. */
export const prefetchViewerRuntime = loadRuntime;

export type { NewDocumentEnv } from "./templates/newDocument";

/**
 * "New document": asks for a kind among the catalogue's templates and a name, lets the caller
 * create the empty file, then opens it in the template's viewer.
 */
export async function newDocument(env: import("./templates/newDocument").NewDocumentEnv): Promise<void> {
  const m = await import("./templates/newDocument");
  return m.newDocument(env);
}
