import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";
import { useQuery } from "@tanstack/react-query";
import { Box, useMediaQuery, useTheme } from "@mui/material";
import type { FileResponse } from "../../api/queries/files";
import { siteQueries } from "../../api/queries/site";
import { useCurrentSession } from "../../shared/useSession";
import { usePageTitle } from "../../shared/usePageTitle";
import { parseSearchQuery, type CrUri } from "../../lib/uri";
import {
  ActionsContext,
  FolderContext,
  ItemUiContext,
  SelectionContext,
  type ActionsState,
  type FolderState,
  type ItemUiState,
  type SelectionState,
} from "./ExplorerContext";
import { ExplorerToolbar } from "./ExplorerToolbar";
import { FolderBody } from "./FolderBody";
import { StatusBar } from "./StatusBar";
import { ActionMenu, type MenuAnchor } from "./actions/ActionMenu";
import { actionById } from "./actions/registry";
import type { ActionState, ActionVia } from "./actions/types";
import { useHotkeys } from "./actions/useHotkeys";
import { closeAllDialogs } from "../../shared/dialogs/host";
import { dialogs } from "./dialogs";
import { useFolderListing } from "./listing/useFolderListing";
import { useFolderView, useListParams } from "./listing/useFolderView";
import { fileKey } from "./model/files";
import { Breadcrumb } from "./nav/Breadcrumb";
import { explorerHref } from "./nav/href";
import { useExplorerOps, type ExplorerUi } from "./ops/useExplorerOps";
import { useCanUndo } from "./ops/undo";
import { SearchBox } from "./search/SearchBox";
import { advancedSearchUri, searchBase } from "./search/query";
import { useItemSelection } from "./selection/useSelectionState";
import { MobileActionBar } from "./mobile/MobileActionBar";
import { dragSession } from "./views/dnd";
import { useRootName } from "./nav/useRootName";
import type { GridLayout } from "./selection/geometry";
import { ViewerHost } from "../viewers";

const InfoPanel = lazy(() => import("./info/InfoPanel"));

/** Batch size until the site says its own (`max_batch_size`, the server's default). */
const DEFAULT_MAX_BATCH = 1000;

/** State that belongs to one folder: leaving it forgets the value (no effect needed). */
function usePerUri<T>(uri: string, initial: T): [T, (v: T) => void] {
  const [state, setState] = useState<{ uri: string; value: T }>({ uri, value: initial });
  const set = useCallback((value: T) => setState({ uri, value }), [uri]);
  return [state.uri === uri ? state.value : initial, set];
}

/** The file manager for one URI (folder, search or share). The URL is the source of truth for where. */
export function Explorer({ uri, page }: { uri: CrUri; page: number }) {
  const { t } = useTranslation("explorer");
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down("sm"), { noSsr: true });
  const isTouch = useMediaQuery("(pointer: coarse)", { noSsr: true });
  const navigate = useNavigate();
  const location = useLocation();
  const session = useCurrentSession();
  const { data: site } = useQuery(siteQueries.config("basic"));
  const { data: explorerConfig } = useQuery(siteQueries.config("explorer"));
  const user = session ? (site?.user && !site.user.anonymous ? site.user : session.user) : site?.user;
  const group = user?.group;
  const loggedIn = Boolean(session);
  const uriStr = uri.toString();
  const rootName = useRootName(uri);

  const params = useListParams(uri, loggedIn);
  const listing = useFolderListing(uriStr, params, page);
  const { files, head } = listing;
  const { view, synced, setView } = useFolderView(uri, head, {
    fs: uri.fs,
    isRoot: uri.isRoot,
    isSearch: uri.isSearch,
    loggedIn,
    disableViewSync: Boolean(user?.disable_view_sync),
  });
  const keys = useMemo(() => files.map(fileKey), [files]);
  const indexOfKey = useMemo(() => new Map(keys.map((k, i) => [k, i])), [keys]);
  const { selection, count, sel, focus, update, setSelection, focusOnly, pendingFocus } = useItemSelection(uriStr, keys, listing.total ?? files.length);

  // Inline rename and the context menu belong to one folder too.
  const [renaming, setRenaming] = usePerUri<string | null>(uriStr, null);
  const [menu, setMenu] = usePerUri<MenuAnchor | null>(uriStr, null);
  const [viewOptionsAnchor, setViewOptionsAnchor] = useState<HTMLElement | null>(null);
  const [info, setInfo] = useState<{ open: boolean; file: FileResponse | undefined }>({ open: false, file: undefined });
  const searchRef = useRef<HTMLInputElement>(null);
  const layoutRef = useRef<GridLayout & { viewportRows: number }>({ columns: 1, rowHeight: 44, columnWidth: 0, top: 0, left: 0, count: 0, viewportRows: 10 });
  const canUndo = useCanUndo();
  const [viewerUsed, setViewerUsed] = useState(false);
  if (!viewerUsed && new URLSearchParams(location.search).has("open")) setViewerUsed(true);

  // Leaving a folder closes its dialogs.
  useEffect(() => closeAllDialogs(), [uriStr]);

  // Coming back up (Backspace) or from "show in folder": focus the item we came from once loaded.
  const focusKeyFromNav = (location.state as { focusKey?: string } | null)?.focusKey;
  useEffect(() => {
    if (!focusKeyFromNav) return;
    const i = indexOfKey.get(focusKeyFromNav);
    if (i === undefined) return;
    focusOnly(focusKeyFromNav, i);
    navigate(location.pathname + location.search, { replace: true, state: null });
  }, [focusKeyFromNav, indexOfKey, focusOnly, navigate, location.pathname, location.search]);

  const targets = useMemo(
    () => (selection.kind === "some" ? files.filter((f) => selection.keys.has(fileKey(f))) : files.filter((f) => !selection.except.has(fileKey(f)))),
    [files, selection],
  );
  const actionState: ActionState = useMemo(
    () => ({
      fs: uri.fs,
      folderCapability: head?.props.capability,
      folderOwned: Boolean(head?.parent.owned),
      isRoot: uri.isRoot,
      isSearch: uri.isSearch,
      singleFileView: Boolean(head?.single_file_view),
      groupPermission: group?.permission,
      loggedIn,
      directLinkBatch: group?.direct_link_batch_size ?? 0,
      targets,
      count,
      symbolicAll: selection.kind === "all",
      hasItems: files.length > 0,
      canUndo,
      layout: view.layout,
    }),
    [uri, head, group, loggedIn, targets, count, selection.kind, files.length, canUndo, view.layout],
  );

  const openAdvancedSearch = useCallback(async () => {
    const base = searchBase(uri);
    const res = await dialogs.advancedSearch({ initial: uri.isSearch ? parseSearchQuery(uri) : {}, base });
    if (res) navigate(explorerHref(advancedSearchUri(res.scope === "root" ? base.root() : base, res.options)));
  }, [uri, navigate]);

  const ui: ExplorerUi = useMemo(
    () => ({
      isRendered: (key) => Boolean(document.querySelector(`[data-explorer-view] [data-index="${indexOfKey.get(key)}"]`)),
      showInfo: (file) => setInfo({ open: true, file }),
      setLayout: (layout) => setView({ layout }),
      focusSearch: () => searchRef.current?.focus(),
      advancedSearch: () => void openAdvancedSearch(),
      openContextMenu: () => {
        const el = document.activeElement instanceof HTMLElement && document.activeElement.closest("[data-explorer-view]") ? document.activeElement : null;
        setMenu({ at: el ?? document.querySelector<HTMLElement>("[data-explorer-view]") ?? document.body, kind: count > 0 ? "selection" : "folder" });
      },
      viewOptions: () => setViewOptionsAnchor(document.querySelector<HTMLElement>("[data-view-options]")),
    }),
    [indexOfKey, setView, openAdvancedSearch, setMenu, count],
  );
  const focusKey = useCallback(
    (key: string) => {
      const i = indexOfKey.get(key);
      pendingFocus.current = true;
      if (i !== undefined) update({ active: i, anchor: i });
    },
    [indexOfKey, pendingFocus, update],
  );
  const pinned = user?.pined;
  const palette = useMemo(() => ({ loggedIn, pinned: pinned ?? [] }), [loggedIn, pinned]);
  const ops = useExplorerOps({
    folder: {
      uri,
      rootName,
      files,
      maxBatch: explorerConfig?.max_batch_size || DEFAULT_MAX_BATCH,
      groupPermission: group?.permission,
      trashRetention: group?.trash_retention,
      setSelection,
      focusKey,
      setRenaming,
    },
    listing,
    selection,
    palette,
    ui,
  });

  const runAction = useCallback(
    function run(id: string, via: ActionVia) {
      const a = actionById(id);
      if (a && a.isEnabled(actionState)) void a.run({ ...actionState, ops, via, runAction: run });
    },
    [actionState, ops],
  );
  useHotkeys(actionState, (id) => runAction(id, "hotkey"));

  const title = uri.isSearch ? t("search.results") : uri.name || rootName;
  usePageTitle(title);
  const viewLabel = t("view.label", { folder: title });

  const contextHint = head?.context_hint;
  const folderState: FolderState = useMemo(
    () => ({ uri, rootName, listing, files, view, setView, synced, contextHint }),
    [uri, rootName, listing, files, view, setView, synced, contextHint],
  );
  const selectionState: SelectionState = useMemo(() => ({ sel, focus }), [sel, focus]);
  const actionsState: ActionsState = useMemo(
    () => ({ actionState, runAction, ops, openMenu: (at, kind) => setMenu({ at, kind }) }),
    [actionState, runAction, ops, setMenu],
  );
  const canDrag = actionState.fs === "my" && loggedIn && Boolean(head?.parent.owned || uri.isSearch) && !isTouch;
  const itemUi: ItemUiState = useMemo(
    () => ({
      renaming,
      commitRename: ops.commitRename,
      canDrag,
      dropInto: (folderUri, copy) => {
        const drag = dragSession.take();
        if (drag) void drag.resolve().then((items) => ops.moveTo(items, folderUri, copy));
      },
      layoutRef,
      isTouch,
    }),
    [renaming, ops, canDrag, isTouch],
  );

  return (
    <FolderContext.Provider value={folderState}>
      <SelectionContext.Provider value={selectionState}>
        <ActionsContext.Provider value={actionsState}>
          <ItemUiContext.Provider value={itemUi}>
            <Box sx={{ display: "flex", height: { xs: "calc(100dvh - 56px)", sm: "calc(100dvh - 64px)" }, minHeight: 320 }}>
              <Box sx={{ flex: 1, minWidth: 0, display: "flex", flexDirection: "column" }}>
                <Box sx={{ display: "flex", alignItems: "center", gap: 1, px: { xs: 1, sm: 2 }, pt: 1, flexWrap: { xs: "wrap", sm: "nowrap" } }}>
                  <Breadcrumb />
                  {/* A single shared file has nothing to search. */}
                  {!head?.single_file_view && (
                    <Box sx={{ display: "flex", flex: { xs: "1 1 100%", sm: "0 1 360px" }, justifyContent: "flex-end", minWidth: 0 }}>
                      <SearchBox
                        key={uriStr}
                        uri={uri}
                        inputRef={searchRef}
                        onAdvanced={() => void openAdvancedSearch()}
                        placeholder={t("search.placeholder", { place: searchBase(uri).name || rootName })}
                      />
                    </Box>
                  )}
                </Box>
                <ExplorerToolbar viewOptionsAnchor={viewOptionsAnchor} setViewOptionsAnchor={setViewOptionsAnchor} />
                <Box sx={{ flex: 1, minHeight: 0, display: "flex", flexDirection: "column", position: "relative" }}>
                  <FolderBody label={viewLabel} pendingFocus={pendingFocus} />
                </Box>
                <StatusBar />
                {phone && <Box sx={{ height: count > 0 ? 72 : 0 }} />}
              </Box>
              {info.open && (
                <Suspense fallback={null}>
                  <InfoPanel file={info.file} onClose={() => setInfo({ open: false, file: undefined })} />
                </Suspense>
              )}
            </Box>
            <ActionMenu anchor={menu} state={actionState} onClose={() => setMenu(null)} run={(id) => runAction(id, "menu")} />
            {/* The viewer named in the URL (features/viewers): its code loads when a file first opens, and
                the host stays mounted afterwards so it can ask about unsaved changes when Back closes it. */}
            {viewerUsed && (
              <Suspense fallback={null}>
                <ViewerHost
                  folder={uri}
                  listing={{ ...listing, params }}
                  contextHint={contextHint}
                  groupPermission={group?.permission}
                  loggedIn={loggedIn}
                  download={ops.download}
                  onClosed={(f) => {
                    const i = indexOfKey.get(fileKey(f));
                    if (i !== undefined) focusOnly(fileKey(f), i);
                  }}
                />
              </Suspense>
            )}
            {phone && <MobileActionBar />}
          </ItemUiContext.Provider>
        </ActionsContext.Provider>
      </SelectionContext.Provider>
    </FolderContext.Provider>
  );
}
