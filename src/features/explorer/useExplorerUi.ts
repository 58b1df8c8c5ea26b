import { useCallback, useMemo, useRef, useState } from "react";
import { useNavigate } from "react-router";
import type { FileResponse } from "../../api/queries/files";
import { parseSearchQuery, type CrUri } from "../../lib/uri";
import type { MenuAnchor } from "./actions/ActionMenu";
import { dialogs } from "./dialogs";
import type { ViewOverride } from "./listing/viewSettings";
import { explorerHref } from "./nav/href";
import type { ExplorerUi } from "./ops/useExplorerOps";
import { advancedSearchUri, searchBase } from "./search/query";

interface Input {
  uri: CrUri;
  indexOfKey: ReadonlyMap<string, number>;
  setView: (patch: ViewOverride) => void;
  /** Number of selected items: the keyboard's context menu is the selection's when there is one. */
  count: number;
  setMenu: (menu: MenuAnchor | null) => void;
}

/**
 * The explorer's own panels and popups that actions open: the details panel, the search box and
 * the advanced search, the context menu and the view options.
 */
export function useExplorerUi({ uri, indexOfKey, setView, count, setMenu }: Input) {
  const navigate = useNavigate();
  const [viewOptionsAnchor, setViewOptionsAnchor] = useState<HTMLElement | null>(null);
  const [info, setInfo] = useState<{ open: boolean; file: FileResponse | undefined }>({ open: false, file: undefined });
  const searchRef = useRef<HTMLInputElement>(null);

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

  return {
    ui,
    info,
    closeInfo: () => setInfo({ open: false, file: undefined }),
    viewOptionsAnchor,
    setViewOptionsAnchor,
    searchRef,
    openAdvancedSearch: () => void openAdvancedSearch(),
  };
}
