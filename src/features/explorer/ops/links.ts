// Direct links and pins: both hand out a lasting address for items (a public link to the file's
// content, or an entry in the navigation's pinned list).
import { ApiError } from "../../../api/errors";
import type { FileResponse } from "../../../api/queries/files";
import { siteKeys } from "../../../api/queries/site";
import { tryParseUri } from "../../../lib/uri";
import { dialogs } from "../dialogs";
import { fileKey } from "../model/files";
import { fileApi } from "./api";
import { runOp } from "./errors";
import { linkedUri, type FolderScope, type OpsEnv } from "./env";

type DirectLink = { link: string; file_url: string };

export async function directLinks(env: OpsEnv, files: FileResponse[]) {
  const uris = files.map(fileKey);
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
  const byKey = new Map(files.map((f) => [fileKey(f), f.name]));
  const nameOf = (u: string) => byKey.get(u) ?? tryParseUri(u)?.name ?? u;
  await dialogs.directLinks({ links: links.map((l) => ({ name: nameOf(l.file_url), link: l.link })) });
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
