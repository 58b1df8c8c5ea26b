// Small facts about FileResponse objects that every part of the explorer needs.
import type { FileResponse } from "../../../api/queries/files";
import { tryParseUri, type CrUri } from "../../../lib/uri";

export type { FileResponse };

export const isFolder = (f: Pick<FileResponse, "type">) => f.type === 1;

/**
 * The key that identifies an item in a listing: its URI. Every listed file has `path`; the id is
 * a fallback so a malformed response cannot make two items share a key.
 */
export const fileKey = (f: Pick<FileResponse, "path" | "id">): string => f.path ?? `id:${f.id}`;

export function extOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

/** The parent folder URI of an item (for "open containing folder", undo of moves). */
export function parentUriOf(f: FileResponse): CrUri | null {
  const uri = f.path ? tryParseUri(f.path) : null;
  return uri ? uri.parent() : null;
}

/** Trashed items remember where they came from (docs/server-behaviour.md, "File objects and metadata"). */
export const restoreUriOf = (f: FileResponse): string | undefined => f.metadata?.["sys:restore_uri"];

/** Unix seconds at which a trashed item is purged. */
export function trashExpiryOf(f: FileResponse): Date | undefined {
  const raw = f.metadata?.["sys:expected_collect_time"];
  const n = raw ? Number(raw) : NaN;
  return Number.isFinite(n) && n > 0 ? new Date(n * 1000) : undefined;
}

/** A placeholder of an upload that has not finished: it cannot be renamed or opened yet. */
export const isUploading = (f: FileResponse) => Boolean(f.metadata?.["sys:upload_session_id"]);

/** Tags are metadata `tag:<name>` whose value is an optional colour (docs/server-behaviour.md, "File objects and metadata"). */
export function tagsOf(f: FileResponse): { name: string; color: string }[] {
  return Object.entries(f.metadata ?? {})
    .filter(([k]) => k.startsWith("tag:") && k.length > 4)
    .map(([k, v]) => ({ name: k.slice(4), color: v }));
}
