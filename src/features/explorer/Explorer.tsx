import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Box, useMediaQuery, useTheme } from "@mui/material";
import { usePageTitle } from "../../shared/usePageTitle";
import { BOTTOM_DOCK } from "../../shared/bottomDock";
import type { CrUri } from "../../lib/uri";
import { ExplorerProviders } from "./ExplorerProviders";
import { ExplorerHeader } from "./ExplorerHeader";
import { ExplorerToolbar } from "./ExplorerToolbar";
import { FolderBody } from "./FolderBody";
import { StatusBar } from "./StatusBar";
import { ActionMenu, type MenuAnchor } from "./actions/ActionMenu";
import { useRunAction } from "./actions/useRunAction";
import { closeAllDialogs } from "../../shared/dialogs/host";
import { actionStateOf, selectedFiles } from "./explorerState";
import { useFolderListing } from "./listing/useFolderListing";
import { useFolderView, useListParams } from "./listing/useFolderView";
import { fileKey } from "./model/files";
import { useExplorerOps } from "./ops/useExplorerOps";
import { useCanUndo } from "./ops/undo";
import { useFolderSelection } from "./selection/useFolderSelection";
import { MobileActionBar } from "./mobile/MobileActionBar";
import { useRootName } from "./nav/useRootName";
import type { GridLayout } from "./selection/geometry";
import { useContextStates } from "./useContextStates";
import { useExplorerUi } from "./useExplorerUi";
import { useExplorerUser } from "./useExplorerUser";
import { FolderViewer } from "./FolderViewer";

const InfoPanel = lazy(() => import("./info/InfoPanel"));

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
  const { user, group, loggedIn, maxBatch } = useExplorerUser();
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
  const { selection, count, sel, focus, setSelection, focusOnly, pendingFocus, indexOfKey, focusKey } = useFolderSelection(
    uriStr,
    files,
    listing.total ?? files.length,
  );

  // Inline rename and the context menu belong to one folder too.
  const [renaming, setRenaming] = usePerUri<string | null>(uriStr, null);
  const [menu, setMenu] = usePerUri<MenuAnchor | null>(uriStr, null);
  const layoutRef = useRef<GridLayout & { viewportRows: number }>({ columns: 1, rowHeight: 44, columnWidth: 0, top: 0, left: 0, count: 0, viewportRows: 10 });
  const canUndo = useCanUndo();

  // Leaving a folder closes its dialogs.
  useEffect(() => closeAllDialogs(), [uriStr]);

  const targets = useMemo(() => selectedFiles(files, selection), [files, selection]);
  const actionState = useMemo(
    () => actionStateOf({ uri, head, group, loggedIn, targets, count, selection, hasItems: files.length > 0, canUndo, layout: view.layout }),
    [uri, head, group, loggedIn, targets, count, selection, files.length, canUndo, view.layout],
  );
  const explorerUi = useExplorerUi({ uri, indexOfKey, setView, count, setMenu });
  const pinned = user?.pined;
  const palette = useMemo(() => ({ loggedIn, pinned: pinned ?? [] }), [loggedIn, pinned]);
  const ops = useExplorerOps({
    folder: { uri, rootName, files, maxBatch, groupPermission: group?.permission, trashRetention: group?.trash_retention, setSelection, focusKey, setRenaming },
    listing,
    selection,
    palette,
    ui: explorerUi.ui,
  });

  const runAction = useRunAction(actionState, ops);

  const title = uri.isSearch ? t("search.results") : uri.name || rootName;
  usePageTitle(title);

  const contextHint = head?.context_hint;
  const canDrag = actionState.fs === "my" && loggedIn && Boolean(head?.parent.owned || uri.isSearch) && !isTouch;
  const contexts = useContextStates({
    uri,
    rootName,
    listing,
    files,
    view,
    setView,
    synced,
    contextHint,
    sel,
    focus,
    actionState,
    runAction,
    ops,
    setMenu,
    renaming,
    canDrag,
    layoutRef,
    isTouch,
  });

  return (
    <ExplorerProviders value={contexts}>
      <Box sx={{ display: "flex", height: { xs: `calc(100dvh - 56px - ${BOTTOM_DOCK})`, sm: `calc(100dvh - 64px - ${BOTTOM_DOCK})` }, minHeight: 320 }}>
        <Box sx={{ flex: 1, minWidth: 0, display: "flex", flexDirection: "column" }}>
          <ExplorerHeader searchRef={explorerUi.searchRef} onAdvanced={explorerUi.openAdvancedSearch} />
          <ExplorerToolbar viewOptionsAnchor={explorerUi.viewOptionsAnchor} setViewOptionsAnchor={explorerUi.setViewOptionsAnchor} />
          <Box sx={{ flex: 1, minHeight: 0, display: "flex", flexDirection: "column", position: "relative" }}>
            <FolderBody label={t("view.label", { folder: title })} pendingFocus={pendingFocus} />
          </Box>
          <StatusBar />
          {phone && <Box sx={{ height: count > 0 ? 72 : 0 }} />}
        </Box>
        {explorerUi.info.open && (
          <Suspense fallback={null}>
            <InfoPanel file={explorerUi.info.file} onClose={explorerUi.closeInfo} />
          </Suspense>
        )}
      </Box>
      <ActionMenu anchor={menu} state={actionState} onClose={() => setMenu(null)} run={(id) => runAction(id, "menu")} />
      <FolderViewer
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
      {phone && <MobileActionBar />}
    </ExplorerProviders>
  );
}
