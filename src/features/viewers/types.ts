import type { FileResponse, ListPageParam, ListParams } from "../../api/queries/files";
import type { ViewerDef } from "./catalogue";

export type { FileResponse, ViewerDef };

/** Files around the open one, for viewers that page through a folder (images). */
export interface FileSequence {
  /** The loaded items of the listing, in its order (folders included; viewers pick what they show). */
  files: readonly FileResponse[];
  /** More items can be loaded after the last one. */
  hasMore: boolean;
  /** Loads the next listing page; resolves when it is in `files`. */
  loadMore: () => Promise<void>;
  /**
   * Where the listing goes on after the loaded items (null at its end), for a viewer that keeps
   * paging after it closed (the music player's playlist).
   */
  continuation?: () => { uri: string; params: ListParams; next: ListPageParam } | null;
}

/** What every viewer component gets (the default export of its lazy module). */
export interface ViewerProps {
  /** The file to show; `path` is the URI to read. */
  file: FileResponse;
  viewer: ViewerDef;
  /** An older version (entity hashid) to show instead of the current one: read-only then. */
  version?: string | undefined;
  /** A full-screen dialog in the explorer, or a panel within a page (a single-file share). */
  mode: "dialog" | "inline";
  /** The listing's context hint, sent along with URL requests. */
  contextHint?: string | undefined;
  /** The caller may save changes: owner, upload capability, not a version, not a share. */
  canEdit: boolean;
  /** Other files of the folder (dialog mode in a folder). */
  sequence?: FileSequence | undefined;
  /** Shows another file in this viewer (the image lightbox's previous / next). */
  show?: ((file: FileResponse) => void) | undefined;
  /** Closes the viewer (after the host asked about unsaved changes). */
  close: () => void;
  /** Downloads the shown file (the version when one is shown). */
  download: () => void;
  /** Editors report unsaved changes, so the host asks before closing or leaving. */
  setDirty: (dirty: boolean) => void;
  /** After "save as": the host shows the new file. */
  openSaved?: ((file: FileResponse) => void) | undefined;
}

/** The explorer's listing as the host needs it (cursor pages append; offset mode holds one page). */
export interface ListingSource {
  files: readonly FileResponse[];
  mode: "cursor" | "offset";
  /** 0-based page shown in offset mode. */
  page: number;
  pageCount: number;
  hasNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
  isPending: boolean;
  /** The parameters the listing was made with, for fetching the pages after it (offset mode). */
  params: ListParams;
}
