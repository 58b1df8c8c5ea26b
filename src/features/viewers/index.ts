// The viewers feature's public API. The explorer imports this file on its first load, so it holds
// nothing but lazy doors: choosing a viewer, the host, every viewer and every dialog are chunks
// fetched when a file is first opened (docs/architecture.md, "Lazy by default").
import { createElement, useEffect, useState } from "react";
import type { FileResponse } from "../../api/queries/files";
import type { OpenEnv } from "./open";
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
 * loads on first use; not through React.lazy, whose reveal React may hold back (lazyViewer.ts).
 */
export function ViewerHost(props: ViewerHostProps) {
  const [, setLoaded] = useState(Boolean(runtime));
  const [failed, setFailed] = useState<{ error: unknown } | null>(null);
  useEffect(() => {
    // Also when the code arrived between this render and now (fetched ahead): this render showed nothing.
    let live = true;
    loadRuntime().then(
      () => live && setLoaded(true),
      (error: unknown) => live && setFailed({ error }),
    );
    return () => {
      live = false;
    };
  }, []);
  if (failed) throw failed.error;
  return runtime ? createElement(runtime.ViewerHost, props) : null;
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
