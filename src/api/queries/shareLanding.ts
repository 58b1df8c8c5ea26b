// What a share's landing page reads and writes beyond the share itself: the shared folder's README
// and saving the share into one's files. Kept apart from ./shares.ts so the explorer's first load
// does not carry them; only the landing's lazy parts import this.
import { queryOptions } from "@tanstack/react-query";
import { api, unwrap } from "../client";
import { fetchFileText } from "../content";
import { isApiError } from "../errors";
import { requestFileUrls } from "./fileUrl";
import { shareKeys, type Share } from "./shares";

/** A shared folder's README: Markdown is rendered, plain text shown as it is. */
export interface ShareReadme {
  name: string;
  kind: "markdown" | "text";
  text: string;
}

/** The names looked for, in this order (the first one found is shown). */
export const README_NAMES: readonly { name: string; kind: ShareReadme["kind"] }[] = [
  { name: "README.md", kind: "markdown" },
  { name: "README.txt", kind: "text" },
];

/** The file's text when it exists in the folder, null when it does not. */
async function readIfPresent(uri: string, signal: AbortSignal): Promise<string | null> {
  try {
    await unwrap(api.GET("/file/info", { params: { query: { uri } }, signal }));
  } catch (e) {
    if (isApiError(e) && (e.code === 404 || e.code === 40016)) return null;
    throw e;
  }
  const { urls } = await requestFileUrls([uri], {}, { signal });
  const url = urls[0]?.url;
  return url ? fetchFileText(url, signal) : null;
}

/**
 * The README of a shared folder (`folderUri` is the folder's share URI), or null when it has none.
 * Each candidate name is asked for in turn; the server has no "find a file by names" call.
 */
export const shareReadmeQuery = (folderUri: string) =>
  queryOptions({
    queryKey: shareKeys.readme(folderUri),
    queryFn: async ({ signal }): Promise<ShareReadme | null> => {
      for (const { name, kind } of README_NAMES) {
        const text = await readIfPresent(`${folderUri.replace(/\/$/, "")}/${encodeURIComponent(name)}`, signal);
        if (text !== null) return { name, kind, text };
      }
      return null;
    },
    retry: false,
    staleTime: 60_000,
  });

export interface SaveShareInput {
  share: Pick<Share, "id" | "password" | "source_type" | "owner">;
  /** The share URI the shortcut points at (`cloudreve://<id>[:<pwd>]@share`). */
  target: string;
  /** Where the shortcut is created: the chosen folder's URI joined with its name. */
  uri: string;
}

/**
 * Saves a share in one's files as a shortcut (docs/server-behaviour.md, "Share links"): a file shortcut for a share of one
 * file, a folder shortcut for a shared folder, so it opens like what it stands for. The server
 * then also lists it under Shared with me.
 */
export const saveShareShortcut = ({ share, target, uri }: SaveShareInput) =>
  unwrap(
    api.POST("/file/create", {
      body: {
        type: share.source_type === 0 ? "file" : "folder",
        uri,
        metadata: { "sys:shared_redirect": target, "sys:shared_owner": share.owner.id },
        err_on_conflict: true,
      },
    }),
  );
