// The viewers feature's public API. The explorer imports this file on its first load, so it holds
// nothing but lazy doors: choosing a viewer, the host, every viewer and every dialog are chunks
// fetched when a file is first opened (docs/architecture.md, "Lazy by default").
import { lazy } from "react";
import type { FileResponse } from "../../api/queries/files";
import type { OpenEnv } from "./open";

export type { OpenEnv } from "./open";
export type { ViewerHostProps } from "./ViewerHost";
export type { FileSequence } from "./types";

/**
 * Opens a file in its viewer (the catalogue's choice, else "Open with…"); `ask` always asks.
 * Resolves once the viewer is in the URL, or when the user cancelled.
 */
export async function openFile(file: FileResponse, env: OpenEnv, opts: { ask?: boolean; version?: string } = {}): Promise<void> {
  const m = await import("./runtime");
  return m.openFile(file, env, opts);
}

/** Renders the viewer named in the URL (`open`, `viewer`, `version`); mount once per page. */
export const ViewerHost = lazy(() => import("./runtime").then((m) => ({ default: m.ViewerHost })));

export type { NewDocumentEnv } from "./templates/newDocument";

/**
 * "New document": asks for a kind among the catalogue's templates and a name, lets the caller
 * create the empty file, then opens it in the template's viewer.
 */
export async function newDocument(env: import("./templates/newDocument").NewDocumentEnv): Promise<void> {
  const m = await import("./templates/newDocument");
  return m.newDocument(env);
}
