import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";
import { useQuery } from "@tanstack/react-query";
import { Box, useMediaQuery, useTheme } from "@mui/material";
import type { FileResponse } from "../../api/queries/files";
import { siteQueries } from "../../api/queries/site";
import { useCurrentSession } from "../../app/useSession";
import { usePageTitle } from "../../app/usePageTitle";
import { parseSearchQuery, type CrUri } from "../../lib/uri";
import { ExplorerContext, type ExplorerContextValue, type Modifiers } from "./ExplorerContext";
import { ExplorerToolbar } from "./ExplorerToolbar";
import { FolderBody } from "./FolderBody";
import { StatusBar } from "./StatusBar";
import { ActionMenu, type MenuAnchor } from "./actions/ActionMenu";
import { ACTIONS, enabledActions } from "./actions/registry";
import { formatHotkey } from "./actions/hotkeys";
import type { ActionState } from "./actions/types";
import { useHotkeys } from "./actions/useHotkeys";
import { DialogHost, closeAllDialogs } from "./dialogs/host";
import { dialogs } from "./dialogs";
import { useFolderListing } from "./listing/useFolderListing";
import { useFolderView, useListParams } from "./listing/useFolderView";
import { fileKey } from "./model/files";
import { Breadcrumb } from "./nav/Breadcrumb";
import { explorerHref } from "./nav/href";
import { useExplorerOps } from "./ops/useExplorerOps";
import { useCanUndo } from "./ops/undo";
import { SearchBox } from "./search/SearchBox";
import { advancedSearchUri, searchBase } from "./search/query";
import { EMPTY, isSelected, only, selectRange, selectedCount, toggle, type Selection } from "./selection/model";
import { MobileActionBar } from "./mobile/MobileActionBar";
import { dragSession } from "./views/dnd";
import { useRootName } from "./nav/useRootName";
import type { GridLayout } from "./selection/geometry";
import { ViewerHost } from "../viewers";

const InfoPanel = lazy(() => import("./info/InfoPanel"));

interface SelState {
  uri: string;
  sel: Selection;
  anchor: number;
  active: number;
}

/** Batch size until the site says its own (`max_batch_size`, the server's default). */
const DEFAULT_MAX_BATCH = 1000;

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

  // Selection and focus belong to one URI: a different folder starts empty (no effect needed).
  const [selState, setSelState] = useState<SelState>({ uri: uriStr, sel: EMPTY, anchor: -1, active: -1 });
  const current = selState.uri === uriStr ? selState : { uri: uriStr, sel: EMPTY, anchor: -1, active: -1 };
  const selection = current.sel;
  const total = listing.total ?? files.length;
  const count = selectedCount(selection, selection.kind === "all" && listing.total === undefined ? files.length : total);
  const pendingFocus = useRef(false);
  const update = useCallback((patch: Partial<SelState>) => setSelState((prev) => ({ ...(prev.uri === uriStr ? prev : { uri: uriStr, sel: EMPTY, anchor: -1, active: -1 }), ...patch })), [uriStr]);

  // Inline rename and the context menu belong to one folder too.
  const [renamingState, setRenamingState] = useState<{ uri: string; key: string | null }>({ uri: uriStr, key: null });
  const renaming = renamingState.uri === uriStr ? renamingState.key : null;
  const setRenaming = useCallback((key: string | null) => setRenamingState({ uri: uriStr, key }), [uriStr]);
  const [menuState, setMenuState] = useState<{ uri: string; anchor: MenuAnchor | null }>({ uri: uriStr, anchor: null });
  const menu = menuState.uri === uriStr ? menuState.anchor : null;
  const setMenu = useCallback((anchor: MenuAnchor | null) => setMenuState({ uri: uriStr, anchor }), [uriStr]);
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
    pendingFocus.current = true;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- applied once, when the row named by the navigation has loaded
    update({ sel: only(focusKeyFromNav), anchor: i, active: i });
    navigate(location.pathname + location.search, { replace: true, state: null });
  }, [focusKeyFromNav, indexOfKey, update, navigate, location.pathname, location.search]);

  const selectedTargets = useMemo(() => {
    if (selection.kind === "some") return files.filter((f) => selection.keys.has(fileKey(f)));
    return files.filter((f) => !selection.except.has(fileKey(f)));
  }, [files, selection]);

  const group = user?.group;
  const actionState: ActionState = {
    fs: uri.fs,
    folderCapability: head?.props.capability,
    folderOwned: Boolean(head?.parent.owned),
    isRoot: uri.isRoot,
    isSearch: uri.isSearch,
    singleFileView: Boolean(head?.single_file_view),
    groupPermission: group?.permission,
    loggedIn,
    directLinkBatch: group?.direct_link_batch_size ?? 0,
    targets: selectedTargets,
    count,
    symbolicAll: selection.kind === "all",
    hasItems: files.length > 0,
    canUndo,
    layout: view.layout,
  };

  const setSelection = useCallback((sel: Selection, anchor?: number) => update(anchor === undefined ? { sel } : { sel, anchor, active: anchor }), [update]);

  const openAdvancedSearch = async () => {
    const base = searchBase(uri);
    const res = await dialogs.advancedSearch({ initial: uri.isSearch ? parseSearchQuery(uri) : {}, base });
    if (res) navigate(explorerHref(advancedSearchUri(res.scope === "root" ? base.root() : base, res.options)));
  };

  let runAction: (id: string, via: "hotkey" | "menu" | "toolbar" | "palette") => void = () => {};

  const ops = useExplorerOps({
    uri,
    rootName,
    listing,
    files,
    selection,
    setSelection,
    focusKey: (key) => {
      const i = indexOfKey.get(key);
      pendingFocus.current = true;
      if (i !== undefined) update({ active: i, anchor: i });
    },
    groupPermission: group?.permission,
    trashRetention: group?.trash_retention,
    maxBatch: explorerConfig?.max_batch_size || DEFAULT_MAX_BATCH,
    setLayout: (layout) => setView({ layout }),
    setRenaming,
    isRendered: (key) => Boolean(document.querySelector(`[data-explorer-view] [data-index="${indexOfKey.get(key)}"]`)),
    showInfo: (file) => setInfo({ open: true, file }),
    openPalette: async () => {
      const commands = [
        ...enabledActions(actionState, (a) => a.id !== "palette" && a.id !== "contextMenu").map((a) => ({ id: a.id, label: t(a.labelKey), hotkey: a.hotkeys?.[0] ? formatHotkey(a.hotkeys[0]) : undefined, group: t(`groups.${a.group}`) })),
        ...(loggedIn
          ? (["my", "shared_with_me", "trash"] as const).map((fs) => ({ id: `nav:cloudreve://${fs}`, label: t("palette.goTo", { place: t(`roots.${fs}`) }), hotkey: undefined, group: t("groups.go") }))
          : []),
        ...(user?.pined ?? []).map((p) => ({ id: `nav:${p.uri}`, label: t("palette.goTo", { place: p.name || p.uri }), hotkey: undefined, group: t("groups.pinned") })),
      ];
      const id = await dialogs.palette({ commands });
      if (!id) return;
      if (id.startsWith("nav:")) navigate(explorerHref(id.slice(4)));
      else runAction(id, "palette");
    },
    focusSearch: () => searchRef.current?.focus(),
    advancedSearch: () => void openAdvancedSearch(),
    openContextMenu: () => {
      const el = document.activeElement instanceof HTMLElement && document.activeElement.closest("[data-explorer-view]") ? document.activeElement : null;
      setMenu({ at: el ?? document.querySelector<HTMLElement>("[data-explorer-view]") ?? document.body, kind: count > 0 ? "selection" : "folder" });
    },
    viewOptions: () => setViewOptionsAnchor(document.querySelector<HTMLElement>("[data-view-options]")),
  });

  runAction = (id, via) => {
    const a = ACTIONS.find((x) => x.id === id);
    if (!a || !a.isEnabled(actionState)) return;
    void a.run({ ...actionState, ops, via });
  };
  useHotkeys(actionState, (id) => runAction(id, "hotkey"));

  const click = (index: number, mods: Modifiers) => {
    const key = keys[index];
    if (key === undefined) return;
    if (mods.shift && current.anchor >= 0) update({ sel: selectRange(selection, keys, current.anchor, index, !mods.toggle), active: index });
    else if (mods.toggle) update({ sel: toggle(selection, key), anchor: index, active: index });
    else update({ sel: only(key), anchor: index, active: index });
  };

  const title = uri.isSearch ? t("search.results") : uri.name || rootName;
  usePageTitle(title);
  const viewLabel = t("view.label", { folder: title });

  const ctx: ExplorerContextValue = {
    uri,
    rootName,
    listing,
    files,
    view,
    setView,
    synced,
    sel: {
      selection,
      count,
      isSelected: (key) => isSelected(selection, key),
      click,
      toggle: (index) => {
        const key = keys[index];
        if (key !== undefined) update({ sel: toggle(selection, key), anchor: index, active: index });
      },
      set: setSelection,
      band: (indexes, base) => {
        const picked = indexes.map((i) => keys[i]).filter((k): k is string => k !== undefined);
        const sel: Selection = base ? (base.kind === "all" ? { kind: "all", except: new Set([...base.except].filter((k) => !picked.includes(k))) } : { kind: "some", keys: new Set([...base.keys, ...picked]) }) : { kind: "some", keys: new Set(picked) };
        update({ sel });
      },
    },
    focus: {
      activeIndex: current.active,
      setActive: (index, opts) => {
        if (opts?.focus) pendingFocus.current = true;
        update({ active: index });
      },
    },
    actionState,
    runAction,
    ops,
    openMenu: (at, kind) => setMenu({ at, kind }),
    renaming,
    commitRename: ops.commitRename,
    canDrag: actionState.fs === "my" && loggedIn && Boolean(head?.parent.owned || uri.isSearch) && !isTouch,
    dropInto: (folderUri, copy) => {
      const drag = dragSession.take();
      if (!drag) return;
      void drag.resolve().then((items) => ops.moveTo(items, folderUri, copy));
    },
    layoutRef,
    contextHint: head?.context_hint,
    isTouch,
  };

  return (
    <ExplorerContext.Provider value={ctx}>
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
            contextHint={head?.context_hint}
            groupPermission={group?.permission}
            loggedIn={loggedIn}
            download={ops.download}
            onClosed={(f) => {
              const i = indexOfKey.get(fileKey(f));
              if (i === undefined) return;
              pendingFocus.current = true;
              update({ sel: only(fileKey(f)), anchor: i, active: i });
            }}
          />
        </Suspense>
      )}
      {phone && <MobileActionBar />}
      <DialogHost />
    </ExplorerContext.Provider>
  );
}
