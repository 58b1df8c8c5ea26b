// Cache updates after operations whose result is certain. A 10,000-entry folder may have a hundred
// cursor pages loaded: refetching them all after deleting one file would be slow, so removals and
// renames are applied to the cached pages and the folder is only marked stale.
import type { InfiniteData, QueryClient } from "@tanstack/react-query";
import { fileKeys, type FileResponse, type ListResponse } from "../../../api/queries/files";
import { userKeys } from "../../../api/queries/user";
import { fileKey } from "../model/files";

type Lists = InfiniteData<ListResponse, unknown>;

function mapLists(qc: QueryClient, folderUri: string | undefined, fn: (files: FileResponse[]) => FileResponse[]) {
  const filters = { queryKey: folderUri ? fileKeys.folder(folderUri) : fileKeys.lists() };
  qc.setQueriesData<Lists>(filters, (data) => (data ? { ...data, pages: data.pages.map((p) => ({ ...p, files: fn(p.files) })) } : data));
}

/** Items gone from every cached listing (deleted, moved away, restored). */
export function removeFromLists(qc: QueryClient, keys: ReadonlySet<string>) {
  mapLists(qc, undefined, (files) => (files.some((f) => keys.has(fileKey(f))) ? files.filter((f) => !keys.has(fileKey(f))) : files));
}

/** A renamed item keeps its place until the next refresh; its metadata survives (rename returns null). */
export function replaceInLists(qc: QueryClient, oldKey: string, next: FileResponse) {
  mapLists(qc, undefined, (files) =>
    files.map((f) => (fileKey(f) === oldKey ? { ...f, ...next, metadata: next.metadata ?? f.metadata, capability: next.capability ?? f.capability } : f)),
  );
}

/** A new item appears at the top of the folder's first page (folders before files) until a refresh sorts it in. */
export function insertIntoFolder(qc: QueryClient, folderUri: string, item: FileResponse) {
  qc.setQueriesData<Lists>({ queryKey: fileKeys.folder(folderUri) }, (data) => {
    if (!data?.pages.length) return data;
    const [firstPage, ...rest] = data.pages;
    if (firstPage!.files.some((f) => fileKey(f) === fileKey(item))) return data;
    const files = [...firstPage!.files];
    const at = item.type === 1 ? 0 : files.findIndex((f) => f.type === 0);
    files.splice(at < 0 ? files.length : at, 0, item);
    return { ...data, pages: [{ ...firstPage!, files }, ...rest] };
  });
}

/**
 * Marks listings stale. Listings on screen with few pages are refetched right away; a long cursor
 * listing is kept as updated locally and refreshed when next opened.
 */
export function staleFolders(qc: QueryClient, folderUris: string[]) {
  for (const uri of folderUris) void qc.invalidateQueries({ queryKey: fileKeys.folder(uri), refetchType: "none" });
  void qc.invalidateQueries({ queryKey: fileKeys.infos() });
  void qc.invalidateQueries({ queryKey: userKeys.capacity() });
}

export function refetchFolder(qc: QueryClient, folderUri: string) {
  return qc.invalidateQueries({ queryKey: fileKeys.folder(folderUri) });
}
