// Opening a file: pick the viewer (choose.ts), ask when the catalogue leaves it open, warn about
// files above the viewer's size limit, then put the viewer into the URL (a history entry, so Back
// closes it). The viewer itself is rendered by the host the page mounts (ViewerHost).
import type { QueryClient } from "@tanstack/react-query";
import type { FileResponse } from "../../api/queries/files";
import { siteQueries } from "../../api/queries/site";
import { sessionStore } from "../../api/session";
import { parseCatalogue, type Catalogue, type ViewerDef } from "./catalogue";
import { chooseViewer, extOf, prefKey } from "./choose";
import { viewerDialogs } from "./dialogs";
import { isImplemented } from "./registry";
import { PUSHED, searchWith } from "./target";
import { implFor, loadViewer } from "./lazyViewer";
import { warmViewer } from "./warm";

export interface OpenEnv {
  qc: QueryClient;
  navigate: (to: string, opts?: { replace?: boolean; state?: unknown }) => void;
  /** The caller's group permission boolset (viewers may require bits). */
  groupPermission: string | undefined;
  /** What happens to a file no viewer opens. */
  download: (file: FileResponse) => void | Promise<void>;
  /** Name deep links by file name instead of id (share visitors cannot look files up by id). */
  byName?: boolean;
  /** The listing's context hint, sent with the viewer's first requests. */
  contextHint?: string | undefined;
}

/** The official frontend's phone breakpoint for viewers marked `pc` or `mobile`. */
export const isMobileScreen = () => typeof window !== "undefined" && window.matchMedia("(max-width: 768px)").matches;

export async function loadCatalogue(qc: QueryClient, groupPermission: string | undefined): Promise<Catalogue> {
  const config = await qc.fetchQuery(siteQueries.config("explorer"));
  return parseCatalogue(config, { groupPermission, mobile: isMobileScreen() });
}

/** Puts a file's viewer into the URL as a new history entry. */
export function showInViewer(file: FileResponse, viewer: ViewerDef, env: Pick<OpenEnv, "navigate" | "byName">, version?: string) {
  const search = searchWith(window.location.search, { open: env.byName ? file.name : file.id, viewer: viewer.id, version });
  env.navigate(`${window.location.pathname}${search}`, { state: { [PUSHED]: true } });
}

/** Loads the code of the viewer a file opens in without asking, if there is one. */
export async function prepareViewer(file: FileResponse, env: Pick<OpenEnv, "qc" | "groupPermission">): Promise<void> {
  const choice = chooseViewer(await loadCatalogue(env.qc, env.groupPermission), file.name, sessionStore.settings(), { implemented: isImplemented });
  if (choice.kind === "open") await loadViewer(implFor(choice.viewer));
}

/**
 * Opens a file in its viewer. `ask` always shows the chooser ("Open with…"). Resolves once the
 * viewer is in the URL, or when the user cancelled.
 */
export async function openFile(file: FileResponse, env: OpenEnv, opts: { ask?: boolean; version?: string } = {}): Promise<void> {
  const cat = await loadCatalogue(env.qc, env.groupPermission);
  const choice = chooseViewer(cat, file.name, sessionStore.settings(), { ask: opts.ask, implemented: isImplemented });
  let viewer: ViewerDef | undefined;
  if (choice.kind === "none") {
    if (!opts.ask) {
      await env.download(file);
      return;
    }
  } else if (choice.kind === "open") viewer = choice.viewer;
  const ext = extOf(file.name);
  if (!viewer) {
    const options = choice.kind === "ask" ? choice.options : [];
    const picked = await viewerDialogs.openWith({
      fileName: file.name,
      ext,
      options: options.map((v) => ({ id: v.id, displayName: v.displayName, icon: v.icon, builtIn: isImplemented(v) })),
    });
    if (!picked) return;
    viewer = cat.byId.get(picked.viewerId);
    if (!viewer) return;
    if (picked.always && ext) sessionStore.setSetting(prefKey(ext), viewer.id);
  }
  if (viewer.maxSize && file.size > viewer.maxSize) {
    const go = await viewerDialogs.largeFile({ fileName: file.name, size: file.size, maxSize: viewer.maxSize, viewerName: viewer.displayName });
    if (!go) return;
  }
  warmViewer(env.qc, viewer, { file, version: opts.version, contextHint: env.contextHint });
  showInViewer(file, viewer, env, opts.version);
}
