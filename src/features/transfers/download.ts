// Downloads for the explorer's actions (docs/server-behaviour.md, "Downloads and links"):
// the browser fetches the bytes itself from a signed URL, so nothing is buffered in JS memory.
import { walkFolder } from "../../api/queries/files";
import { requestFileUrls } from "../../api/queries/fileUrl";
import { ApiError, isApiError } from "../../api/errors";
import { sessionStore } from "../../api/session";
import { GroupPerm, hasGroupPerm } from "../../lib/capabilities";
import { tryParseUri } from "../../lib/uri";
import { downloadQueue } from "./downloadQueue";
import { loadEngine } from "./loader";
import { setPanelOpen } from "./summary";

export interface DownloadTarget {
  /** cloudreve:// URI of the file or folder. */
  uri: string;
  name?: string;
  /** 0 file, 1 folder (FileResponse.type). */
  type?: number;
}

/** `context_hint` of the listing the files come from; lets the server skip a lookup. */
export interface UrlOptions {
  contextHint?: string;
  /** A specific version (entity hashid). */
  entity?: string;
}

const fileUrls = (uris: string[], body: { download?: boolean; archive?: boolean; skip_error?: boolean }, opts: UrlOptions = {}) =>
  requestFileUrls(uris, body, opts);

/** Lets the browser download `url` (a hidden link; the server's Content-Disposition names the file). */
export function saveUrl(url: string): void {
  const a = document.createElement("a");
  a.href = url;
  a.download = "";
  a.rel = "noopener";
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
}

/** Downloads one file (`download: true` forces an attachment). */
export async function downloadFile(uri: string, opts: UrlOptions = {}): Promise<void> {
  const res = await fileUrls([uri], { download: true }, opts);
  const url = res?.urls[0]?.url;
  if (!url) throw new ApiError(40077, "No download URL");
  saveUrl(url);
}

/** Whether the signed-in group may download zip archives (group permission bit 4). */
export function canArchiveDownload(): boolean {
  return hasGroupPerm(sessionStore.current()?.user.group?.permission, GroupPerm.ArchiveDownload);
}

/** Asks the server for one zip of everything (docs/server-behaviour.md, "Downloads and links") and downloads it. */
export async function downloadArchive(uris: string[], opts: UrlOptions = {}): Promise<void> {
  const res = await fileUrls(uris, { archive: true }, opts);
  const url = res?.urls[0]?.url;
  if (!url) throw new ApiError(40077, "No archive URL");
  saveUrl(url);
}

/** Pause between files of a one-by-one download, so the browser keeps up and users see progress. */
export const BETWEEN_DOWNLOADS_MS = 700;

export interface ManyResult {
  mode: "archive" | "separate";
  started: number;
  failed: number;
  /** Folders held more than WALK_LIMIT files: only the first ones were downloaded. */
  capped: boolean;
}

/**
 * Several files/folders: one zip when the group may (falls back if the server says no), otherwise
 * each file separately — folders walked — with a progress list in the transfers panel.
 */
export async function downloadMany(targets: DownloadTarget[], opts: UrlOptions & { describe?: (e: unknown) => string } = {}): Promise<ManyResult> {
  const uris = targets.map((t) => t.uri);
  if (targets.length === 1 && targets[0]!.type !== 1) {
    await downloadFile(uris[0]!, opts);
    return { mode: "separate", started: 1, failed: 0, capped: false };
  }
  if (canArchiveDownload()) {
    try {
      await downloadArchive(uris, opts);
      return { mode: "archive", started: 1, failed: 0, capped: false };
    } catch (e) {
      if (!(isApiError(e) && e.code === 40007)) throw e;
      // The group lost the permission since sign-in: fall through to separate downloads.
    }
  }
  const { files, capped } = await expandFolders(targets);
  const items = files.map((f, i) => ({ id: `d${Date.now()}-${i}`, name: f.name ?? tryParseUri(f.uri)?.name ?? f.uri, uri: f.uri }));
  downloadQueue.add(items);
  setPanelOpen(true);
  void loadEngine();
  let started = 0;
  let failed = 0;
  for (const [i, item] of items.entries()) {
    try {
      const res = await fileUrls([item.uri], { download: true }, opts);
      const url = res?.urls[0]?.url;
      if (!url) throw new ApiError(40077, "No download URL");
      saveUrl(url);
      started++;
      downloadQueue.update(item.id, { state: "started" });
    } catch (e) {
      failed++;
      downloadQueue.update(item.id, { state: "failed", error: opts.describe?.(e) ?? (e instanceof Error ? e.message : String(e)) });
    }
    if (i < items.length - 1) await new Promise((r) => setTimeout(r, BETWEEN_DOWNLOADS_MS));
  }
  return { mode: "separate", started, failed, capped };
}

/** Most files one separate download walks a selection's folders for. */
export const WALK_LIMIT = 1000;
/** Asked per listing page while walking; the server lowers it to its own maximum. */
const WALK_PAGE_SIZE = 1000;

/**
 * Files of the selection with folders replaced by the files inside them (breadth first), at most
 * WALK_LIMIT; `capped` when the walk stopped before it saw everything.
 */
async function expandFolders(targets: DownloadTarget[]): Promise<{ files: DownloadTarget[]; capped: boolean }> {
  const out: DownloadTarget[] = [];
  const folders: string[] = [];
  for (const t of targets) {
    if (t.type === 1) folders.push(t.uri);
    else out.push(t);
  }
  let capped = out.length > WALK_LIMIT;
  while (folders.length > 0 && !capped) {
    const folder = folders.shift()!;
    const room = WALK_LIMIT - out.length;
    const items = await walkFolder(folder, { maxPageSize: WALK_PAGE_SIZE, limit: room + 1 });
    capped = items.length > room;
    for (const f of items.slice(0, room)) {
      const uri = f.path ?? `${folder}/${encodeURIComponent(f.name)}`;
      if (f.type === 1) folders.push(uri);
      else out.push({ uri, name: f.name, type: 0 });
    }
    if (out.length >= WALK_LIMIT && folders.length > 0) capped = true;
  }
  return { files: out.slice(0, WALK_LIMIT), capped: capped || out.length > WALK_LIMIT };
}
