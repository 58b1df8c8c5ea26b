// Direct links and pins: both hand out a lasting address for items (a public link to the file's
// content, or an entry in the navigation's pinned list).
import { ApiError } from "../../../api/errors";
import { walkFolder, type FileResponse } from "../../../api/queries/files";
import { sessionStore } from "../../../api/session";
import { siteKeys } from "../../../api/queries/site";
import { tryParseUri } from "../../../lib/uri";
import { dialogs } from "../dialogs";
import { fileKey } from "../model/files";
import { fileApi } from "./api";
import { runOp } from "./errors";
import { linkedUri, type FolderScope, type OpsEnv } from "./env";

type DirectLink = { link: string; file_url: string };
type Target = { uri: string; name: string };

/** Folders are read this many items a page (the server lowers it to its own maximum). */
const WALK_PAGE_SIZE = 1000;

/** Links per request the user's group allows (`direct_link_batch_size`, the server's `source_batch`). */
function linkBatch(env: OpsEnv): number {
  const site = env.qc.getQueryData<{ user?: { group?: { direct_link_batch_size?: number } } }>(siteKeys.config("basic"));
  return site?.user?.group?.direct_link_batch_size ?? sessionStore.current()?.user.group?.direct_link_batch_size ?? 0;
}

/**
 * The files to link: the selected files, and for each selected folder the files inside it, walked
 * breadth first with the app's folder walker. At most `limit`; `capped` when more were there.
 */
async function filesToLink(files: FileResponse[], limit: number): Promise<{ targets: Target[]; capped: boolean }> {
  const targets: Target[] = [];
  const folders: string[] = [];
  for (const f of files) {
    if (f.type === 1) folders.push(fileKey(f));
    else targets.push({ uri: fileKey(f), name: f.name });
  }
  let capped = targets.length > limit;
  while (folders.length > 0 && !capped) {
    const folder = folders.shift()!;
    const room = limit - targets.length;
    const items = await walkFolder(folder, { maxPageSize: WALK_PAGE_SIZE, limit: room + 1 });
    for (const f of items) {
      const uri = f.path ?? `${folder}/${encodeURIComponent(f.name)}`;
      if (f.type === 1) folders.push(uri);
      else targets.push({ uri, name: f.name });
    }
    capped = targets.length > limit || (targets.length === limit && folders.length > 0);
  }
  return { targets: targets.slice(0, limit), capped };
}

/**
 * Direct links (PUT /file/source) for files and for the files inside folders. The server takes
 * at most the group's batch size in one request and has no folder links: a larger selection gets
 * links for its first files and the dialog says so.
 */
export async function directLinks(env: OpsEnv, files: FileResponse[]) {
  const batch = Math.max(1, linkBatch(env));
  const walked = files.some((f) => f.type === 1) ? await runOp(env, env.t("ops.directLinkFailed"), () => filesToLink(files, batch)) : undefined;
  if (walked && !walked.ok) return;
  const { targets, capped } = walked?.value ?? { targets: files.map((f) => ({ uri: fileKey(f), name: f.name })), capped: false };
  if (!targets.length) {
    env.toast({ severity: "info", message: env.t("directLinks.noFiles") });
    return;
  }
  const uris = targets.map((x) => x.uri);
  let links: DirectLink[] = [];
  try {
    links = await fileApi.directLinks(uris);
  } catch (e) {
    // A partial failure still carries the links that were made; a forced lock makes them again.
    if (e instanceof ApiError && Array.isArray(e.data)) links = e.data as DirectLink[];
    const res = await runOp(env, env.t("ops.directLinkFailed"), () => fileApi.directLinks(uris), e);
    if (res.ok) links = res.value;
    if (!links.length) return;
  }
  const byKey = new Map(targets.map((x) => [x.uri, x.name]));
  const nameOf = (u: string) => byKey.get(u) ?? tryParseUri(u)?.name ?? u;
  await dialogs.directLinks({
    links: links.map((l) => ({ name: nameOf(l.file_url), link: l.link })),
    ...(capped ? { note: env.t("directLinks.capped", { n: batch }) } : {}),
  });
}

/** Pins an item, or the folder / search the user is in when `file` is undefined. */
export async function pin(env: OpsEnv, folder: FolderScope, file: FileResponse | undefined) {
  const { t } = env;
  const target = file ? linkedUri(file) : folder.current;
  const here = folder.uri.name || folder.rootName;
  const name = file ? file.name : folder.uri.isSearch ? t("search.pinnedName", { folder: here }) : here;
  const res = await runOp(env, t("ops.pinFailed"), () => fileApi.pin(target, name));
  if (!res.ok) return;
  await env.qc.invalidateQueries({ queryKey: siteKeys.config("basic") });
  env.toast({ severity: "success", message: t("ops.pinned", { name }) });
}
