// Downloads for the explorer's actions (contract §8.9, §8.11, §8.15; official-frontend §1.6):
// the browser fetches the bytes itself from a signed URL, so nothing is buffered in JS memory.
import { api, unwrap } from "../../api/client";
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

async function fileUrls(uris: string[], body: { download?: boolean; archive?: boolean; skip_error?: boolean }, opts: UrlOptions = {}) {
  return unwrap(
    api.POST("/file/url", {
      body: { uris, ...body, ...(opts.entity ? { entity: opts.entity } : {}) },
      params: { header: opts.contextHint ? { "X-Cr-Context-Hint": opts.contextHint } : {} },
    }),
  );
}

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

/** Asks the server for one zip of everything (contract §8.11) and downloads it. */
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
}

/**
 * Several files/folders: one zip when the group may (falls back if the server says no), otherwise
 * each file separately — folders walked — with a progress list in the transfers panel.
 */
export async function downloadMany(targets: DownloadTarget[], opts: UrlOptions & { describe?: (e: unknown) => string } = {}): Promise<ManyResult> {
  const uris = targets.map((t) => t.uri);
  if (targets.length === 1 && targets[0]!.type !== 1) {
    await downloadFile(uris[0]!, opts);
    return { mode: "separate", started: 1, failed: 0 };
  }
  if (canArchiveDownload()) {
    try {
      await downloadArchive(uris, opts);
      return { mode: "archive", started: 1, failed: 0 };
    } catch (e) {
      if (!(isApiError(e) && e.code === 40007)) throw e;
      // The group lost the permission since sign-in: fall through to separate downloads.
    }
  }
  const files = await expandFolders(targets);
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
  return { mode: "separate", started, failed };
}

const WALK_LIMIT = 1000;

/** Files of the selection with folders replaced by the files inside them (breadth first, capped). */
async function expandFolders(targets: DownloadTarget[]): Promise<DownloadTarget[]> {
  const out: DownloadTarget[] = [];
  const folders: string[] = [];
  for (const t of targets) {
    if (t.type === 1) folders.push(t.uri);
    else out.push(t);
  }
  while (folders.length > 0 && out.length < WALK_LIMIT) {
    const folder = folders.shift()!;
    let token: string | undefined;
    do {
      const page = await unwrap(api.GET("/file", { params: { query: { uri: folder, page_size: 500, ...(token ? { next_page_token: token } : {}) } } }));
      for (const f of page?.files ?? []) {
        const uri = f.path ?? `${folder}/${encodeURIComponent(f.name)}`;
        if (f.type === 1) folders.push(uri);
        else out.push({ uri, name: f.name, type: 0 });
      }
      token = page?.pagination.next_token;
    } while (token && out.length < WALK_LIMIT);
  }
  return out.slice(0, WALK_LIMIT);
}
