// The explorer's operations (actions/types.ts ExplorerOps), assembled from the operation modules
// beside this file. Each module is plain functions taking what they need: the environment (OpsEnv:
// translations, toasts, cache, navigation) and the folder they act in (FolderScope). This hook
// only builds those two and binds them; see docs/architecture.md, "One action end to end".
import { useMemo } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { walkFolder, type FileResponse } from "../../../api/queries/files";
import { useToast } from "../../../shared/toast";
import type { ExplorerOps } from "../actions/types";
import { dialogs } from "../dialogs";
import type { FolderListing } from "../listing/useFolderListing";
import type { Layout } from "../listing/viewSettings";
import { fileKey } from "../model/files";
import { explorerHref } from "../nav/href";
import { EMPTY, invert, selectAll, selectedLoaded, type Selection } from "../selection/model";
import type { FolderScope, OpsEnv } from "./env";
import { directLinks, pin } from "./links";
import { download, goParent, openContainingFolder, openItem, prepareOpen } from "./open";
import { pickCommand, type PaletteSource } from "./palette";
import { deleteForever, emptyTrash, moveToTrash, restore } from "./remove";
import { commitRename, newItem, renameInDialog } from "./rename";
import { newDocument } from "./newDocument";
import { compress, downloadTorrent, extract } from "./tasks";
import { moveOrCopy, moveTo } from "./transfer";
import { undoStack } from "./undo";

/** What the operations ask of the page around them (panels, menus, fields it owns). */
export interface ExplorerUi {
  isRendered: (key: string) => boolean;
  showInfo: (file: FileResponse | undefined) => void;
  setLayout: (l: Layout) => void;
  focusSearch: () => void;
  advancedSearch: () => void;
  openContextMenu: () => void;
  viewOptions: () => void;
}

export interface OpsInput {
  folder: Omit<FolderScope, "current" | "maxPageSize" | "head">;
  listing: FolderListing;
  selection: Selection;
  palette: PaletteSource;
  ui: ExplorerUi;
}

export type BoundOps = ExplorerOps & {
  commitRename: (f: FileResponse, name: string | null) => Promise<string | null>;
  moveTo: (files: FileResponse[], dst: string, copy: boolean) => Promise<void>;
};

/** The operations' environment; stable while the language stays the same. */
function useOpsEnv(): OpsEnv {
  const { t } = useTranslation("explorer");
  const toast = useToast();
  const qc = useQueryClient();
  const navigate = useNavigate();
  return useMemo(
    () => ({ t, toast, qc, navigate, go: (uri, focus) => navigate(explorerHref(uri), focus ? { state: { focusKey: focus } } : undefined) }),
    [t, toast, qc, navigate],
  );
}

export function useExplorerOps({ folder: f, listing, selection, palette, ui }: OpsInput): BoundOps {
  const env = useOpsEnv();
  const head = listing.head;
  const { uri, rootName, files, maxBatch, groupPermission, trashRetention, setSelection, focusKey, setRenaming } = f;
  const folder: FolderScope = useMemo(
    () => ({
      uri,
      rootName,
      files,
      maxBatch,
      groupPermission,
      trashRetention,
      setSelection,
      focusKey,
      setRenaming,
      head,
      current: uri.toString(),
      maxPageSize: head?.props.max_page_size ?? 1000,
    }),
    [uri, rootName, files, maxBatch, groupPermission, trashRetention, setSelection, focusKey, setRenaming, head],
  );
  // Items named in an error are found among the loaded ones (falls back to the URI's last segment).
  const named: OpsEnv = useMemo(() => {
    const byKey = new Map(files.map((x) => [fileKey(x), x.name]));
    return { ...env, nameOf: (u: string) => byKey.get(u) };
  }, [env, files]);
  const { mode, hasNextPage, pageCount } = listing;

  return useMemo((): BoundOps => {
    /** Resolves the selection to items, walking the rest of the folder for a symbolic "all". */
    async function resolveTargets(): Promise<FileResponse[]> {
      if (selection.kind === "some") return folder.files.filter((x) => selection.keys.has(fileKey(x)));
      const complete = mode === "cursor" ? !hasNextPage : pageCount <= 1;
      const all = complete ? folder.files : await walkFolder(folder.current, { maxPageSize: folder.maxPageSize });
      return all.filter((x) => !selection.except.has(fileKey(x)));
    }
    const e = named;
    return {
      resolveTargets,
      open: (x) => openItem(e, folder, x),
      prepareOpen: (x) => prepareOpen(e, folder, x),
      openWith: (x) => openItem(e, folder, x, { ask: true }),
      openVersion: (x, version) => openItem(e, folder, x, { version }),
      download: (xs) => download(e, folder, xs),
      goParent: () => goParent(e, folder),
      openContainingFolder: (x) => openContainingFolder(e, x),
      refresh: () => void e.qc.resetQueries({ queryKey: ["files", "list", folder.current] }),
      newItem: (kind) => newItem(e, folder, kind),
      newDocument: () => newDocument(e, folder),
      rename: (x) => renameInDialog(e, folder, x),
      renameInline: (x) => {
        if (ui.isRendered(fileKey(x))) folder.setRenaming(fileKey(x));
        else void renameInDialog(e, folder, x);
      },
      commitRename: (x, name) => commitRename(e, folder, x, name),
      moveOrCopy: (xs, copy) => moveOrCopy(e, folder, xs, copy),
      moveTo: (xs, dst, copy) => moveTo(e, folder, xs, dst, copy),
      trash: (xs) => moveToTrash(e, folder, xs),
      deleteForever: (xs) => deleteForever(e, folder, xs),
      emptyTrash: () => emptyTrash(e, folder),
      restore: (xs) => restore(e, folder, xs),
      compress: (xs) => compress(e, folder, xs),
      extract: (x) => extract(e, folder, x),
      downloadTorrent: (x) => downloadTorrent(folder, x),
      info: ui.showInfo,
      directLinks: (xs) => directLinks(e, xs),
      pin: (x) => pin(e, folder, x),
      selectAll: () => folder.setSelection(selectAll()),
      selectNone: () => folder.setSelection(EMPTY),
      invertSelection: () => {
        const next = invert(selection);
        // A fully loaded folder can show the inverted set concretely.
        const concrete = next.kind === "all" && !hasNextPage && pageCount <= 1;
        folder.setSelection(concrete ? { kind: "some", keys: new Set(selectedLoaded(next, folder.files.map(fileKey))) } : next);
      },
      undo: async () => {
        const entry = undoStack.take();
        if (entry) await entry.run();
      },
      setLayout: ui.setLayout,
      pickCommand: (state) => pickCommand(e, state, palette),
      openHelp: () => void dialogs.help({}),
      focusSearch: ui.focusSearch,
      advancedSearch: ui.advancedSearch,
      openContextMenu: ui.openContextMenu,
      viewOptions: ui.viewOptions,
    };
  }, [named, folder, selection, mode, hasNextPage, pageCount, palette, ui]);
}
