// The folders of My files as a tree in the navigation drawer (WAI-ARIA tree view): children load
// when a folder is expanded, through the same folder listing as the rest of the explorer; the
// folder being browsed is selected and, with the "tree auto-expand" preference, shown expanded to.
// Items dragged over a closed folder open it after a short hover (useHoverExpand.ts).
// Loaded lazily by the drawer (app/shell/NavDrawer.tsx), so it costs the first load nothing.
import { createContext, useContext, useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";
import { Box, CircularProgress } from "@mui/material";
import ChevronIcon from "@mui/icons-material/ChevronRight";
import { parseUri, tryParseUri } from "../../../lib/uri";
import { useSubfolders } from "../listing/useSubfolders";
import { fileKey, type FileResponse } from "../model/files";
import { explorerHref } from "../nav/href";
import { dropHighlight, useDrawerDrop } from "../nav/drawerDrop";
import { useExplorerPref } from "../prefs/explorerPrefs";
import { initialTypeahead, typeahead } from "../selection/typeahead";
import { FileIcon } from "../views/FileIcon";
import { ancestorPaths, treeKey, type ShownItem } from "./keys";
import { useHoverExpand } from "./useHoverExpand";

const ROOT = "cloudreve://my";
/** The server refuses pages above its maximum; the tree asks for at most this many per page. */
const MAX_PAGE = 200;
const INDENT = 1.5; // theme spacing units per level

/** Expanded folders survive the drawer closing and reopening on phones (it unmounts its content). */
let remembered = new Set<string>();

interface TreeState {
  expanded: ReadonlySet<string>;
  toggle: (uri: string, open?: boolean) => void;
  current: string | null;
  setTabStop: (uri: string) => void;
  open: (uri: string) => void;
}

const TreeContext = createContext<TreeState | null>(null);

/** The folder the explorer shows, when it is a folder of My files (not a search, share or trash). */
function currentFolder(search: string): string | null {
  const raw = new URLSearchParams(search).get("path");
  const u = raw ? tryParseUri(raw) : null;
  return u && u.fs === "my" && !u.id && !u.isSearch ? u.toString() : null;
}

const norm = (uri: string) => tryParseUri(uri)?.toString() ?? uri;

export default function FolderTree({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation("organize");
  const location = useLocation();
  const navigate = useNavigate();
  const autoExpand = useExplorerPref("treeAutoExpand");
  const current = currentFolder(location.search);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set(remembered));
  const [tabStop, setTabStop] = useState<string | null>(null);
  const ref = useRef<HTMLUListElement>(null);
  const typeaheadState = useRef(initialTypeahead);
  const root = useSubfolders(ROOT, MAX_PAGE);

  useEffect(() => {
    remembered = new Set(expanded);
  }, [expanded]);

  // Browsing to a folder shows it in the tree: its ancestors open, once per folder visited (the
  // user may close them again). State adjusted while rendering, as React recommends over an effect.
  const [shownFor, setShownFor] = useState<string | null>(null);
  const reveal = autoExpand ? current : null;
  if (reveal !== shownFor) {
    setShownFor(reveal);
    if (reveal) {
      const u = parseUri(reveal);
      const need = ancestorPaths(u.segments).map((segs) =>
        u
          .root()
          .join(...segs)
          .toString(),
      );
      if (!need.every((n) => expanded.has(n))) setExpanded(new Set([...expanded, ...need]));
    }
  }

  // Roving tab stop: exactly one item is in the tab order, the last focused, else the current
  // folder, else the first. Items render with tabindex -1; this picks the one among those shown.
  useLayoutEffect(() => {
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role="treeitem"]') ?? [])];
    const stop = items.find((el) => el.dataset.uri === tabStop) ?? items.find((el) => el.dataset.uri === current) ?? items[0];
    for (const el of items) el.tabIndex = el === stop ? 0 : -1;
  });

  const state: TreeState = {
    expanded,
    current,
    setTabStop,
    toggle: (uri, open) =>
      setExpanded((prev) => {
        const next = new Set(prev);
        if (open ?? !prev.has(uri)) next.add(uri);
        else next.delete(uri);
        return next;
      }),
    open: (uri) => {
      navigate(explorerHref(uri));
      onNavigate?.();
    },
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const tree = ref.current;
    if (!tree || e.altKey || e.ctrlKey || e.metaKey) return;
    const items = [...tree.querySelectorAll<HTMLElement>('[role="treeitem"]')];
    const index = items.findIndex((el) => el === (e.target as HTMLElement).closest('[role="treeitem"]'));
    const focusAt = (i: number) => {
      const el = items[i];
      if (!el) return;
      setTabStop(el.dataset.uri!);
      el.focus();
    };
    if (e.key.length === 1 && e.key !== " ") {
      // Type-ahead: the next shown folder whose name starts with the letters typed.
      const names = items.map((el) => el.dataset.name ?? "");
      const res = typeahead(typeaheadState.current, e.key, Date.now(), names, index);
      typeaheadState.current = res.state;
      if (res.index >= 0) {
        e.preventDefault();
        focusAt(res.index);
      }
      return;
    }
    const shown: ShownItem[] = items.map((el) => ({
      level: Number(el.getAttribute("aria-level")),
      expanded: el.hasAttribute("aria-expanded") ? el.getAttribute("aria-expanded") === "true" : undefined,
    }));
    const rtl = getComputedStyle(tree).direction === "rtl";
    const move = treeKey(shown, index, e.key, rtl);
    if (!move) return;
    e.preventDefault();
    const uri = items[move.index]?.dataset.uri;
    if (!uri) return;
    if (move.kind === "focus") focusAt(move.index);
    else if (move.kind === "expand") state.toggle(uri, true);
    else if (move.kind === "collapse") state.toggle(uri, false);
    else state.open(uri);
  };

  if (root.folders.length === 0) return null;
  return (
    <TreeContext.Provider value={state}>
      <Box component="ul" role="tree" ref={ref} aria-label={t("organize:tree.label")} onKeyDown={onKeyDown} sx={{ listStyle: "none", m: 0, p: 0, mx: 1 }}>
        {root.folders.map((f) => (
          <TreeNode key={fileKey(f)} file={f} level={1} />
        ))}
      </Box>
    </TreeContext.Provider>
  );
}

function TreeNode({ file, level }: { file: FileResponse; level: number }) {
  const { t } = useTranslation("organize");
  const tree = useContext(TreeContext)!;
  const uri = norm(fileKey(file));
  const open = tree.expanded.has(uri);
  const sub = useSubfolders(uri, MAX_PAGE, open);
  const labelId = useId();
  const { over, dropProps } = useDrawerDrop({ kind: "folder", uri });
  // Until its listing is known a folder may have subfolders; a folder found empty is a leaf.
  const leaf = sub.loaded && sub.folders.length === 0;
  useHoverExpand(over, !open && !leaf, () => tree.toggle(uri, true));
  const selected = tree.current === uri;
  return (
    <li
      role="treeitem"
      aria-level={level}
      aria-expanded={leaf ? undefined : open}
      aria-selected={selected}
      aria-labelledby={labelId}
      aria-busy={open && sub.isPending ? true : undefined}
      tabIndex={-1}
      data-uri={uri}
      data-name={file.name}
      onFocus={(e) => {
        if (e.target === e.currentTarget) tree.setTabStop(uri);
      }}
      style={{ outline: "none" }}
      className="folder-tree-item"
    >
      <Box
        {...dropProps}
        onClick={() => tree.open(uri)}
        sx={{
          display: "flex",
          alignItems: "center",
          gap: 0.5,
          minHeight: 32,
          pr: 1,
          pl: (level - 1) * INDENT,
          borderRadius: 4,
          cursor: "pointer",
          bgcolor: selected ? "action.selected" : undefined,
          "&:hover": { bgcolor: selected ? "action.selected" : "action.hover" },
          // The focus ring goes on the row, since the item's box also holds its children.
          ".folder-tree-item:focus-visible > &": { outline: "2px solid", outlineColor: "primary.main", outlineOffset: -2 },
          ...dropHighlight(over),
        }}
      >
        <Box
          component="span"
          aria-hidden
          onClick={(e) => {
            e.stopPropagation();
            if (!leaf) tree.toggle(uri);
          }}
          sx={{ display: "inline-flex", width: 24, justifyContent: "center", flexShrink: 0, visibility: leaf ? "hidden" : "visible" }}
        >
          <ChevronIcon
            fontSize="small"
            sx={{
              transform: open ? "rotate(90deg)" : "none",
              transition: "transform .15s",
              "[dir=rtl] &": { transform: open ? "rotate(90deg)" : "scaleX(-1)" },
            }}
          />
        </Box>
        <FileIcon file={file} size={20} />
        <Box
          component="span"
          id={labelId}
          sx={{ overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", minWidth: 0, fontSize: "0.875rem", fontWeight: selected ? 600 : undefined }}
          title={file.name}
        >
          <bdi>{file.name}</bdi>
        </Box>
      </Box>
      {open && !leaf && (
        <Box component="ul" role="group" sx={{ listStyle: "none", m: 0, p: 0 }}>
          {sub.isPending ? (
            <li role="none" style={{ paddingInlineStart: `${level * INDENT * 8 + 28}px` }}>
              <CircularProgress size={14} aria-label={t("organize:tree.loading")} />
            </li>
          ) : (
            sub.folders.map((f) => <TreeNode key={fileKey(f)} file={f} level={level + 1} />)
          )}
        </Box>
      )}
    </li>
  );
}
