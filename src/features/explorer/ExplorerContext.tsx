import { createContext, useContext, type MutableRefObject } from "react";
import type { FileResponse } from "../../api/queries/files";
import type { CrUri } from "../../lib/uri";
import type { ActionState, ExplorerOps } from "./actions/types";
import type { FolderListing } from "./listing/useFolderListing";
import type { EffectiveView, ViewOverride } from "./listing/viewSettings";
import type { Selection } from "./selection/model";
import type { GridLayout } from "./selection/geometry";

export interface Modifiers {
  shift: boolean;
  toggle: boolean;
}

export interface SelectionApi {
  selection: Selection;
  /** Number selected, counting items not loaded yet under a symbolic "all". */
  count: number;
  isSelected: (key: string) => boolean;
  /** Click semantics: plain = only this, toggle (Ctrl/⌘) = add/remove, shift = range from the anchor. */
  click: (index: number, mods: Modifiers) => void;
  toggle: (index: number) => void;
  set: (sel: Selection, anchor?: number) => void;
  /** Rubber band: the given indexes, added to `base` when the modifier is held. */
  band: (indexes: number[], base: Selection | null) => void;
}

export interface FocusApi {
  activeIndex: number;
  /** Moves the roving focus; `focus` also moves DOM focus (after scrolling the item into view). */
  setActive: (index: number, opts?: { focus?: boolean }) => void;
}

export interface ExplorerContextValue {
  uri: CrUri;
  /** Name of the root of `uri` (a share's own name inside a share). */
  rootName: string;
  listing: FolderListing;
  files: FileResponse[];
  view: EffectiveView;
  setView: (patch: ViewOverride) => void;
  synced: boolean;
  sel: SelectionApi;
  focus: FocusApi;
  actionState: ActionState;
  runAction: (id: string, via: "hotkey" | "menu" | "toolbar" | "palette") => void;
  ops: ExplorerOps;
  /** Opens the item or folder context menu at a point (mouse) or at an element (keyboard). */
  openMenu: (at: { x: number; y: number } | HTMLElement, kind: "selection" | "folder") => void;
  /** Key of the item being renamed in place, if any. */
  renaming: string | null;
  commitRename: (file: FileResponse, name: string | null) => Promise<string | null>;
  /** Items can be dragged (move allowed here). */
  canDrag: boolean;
  /** Drops the dragged items (or the current selection) into a folder. */
  dropInto: (folderUri: string, copy: boolean) => void;
  /** Each view publishes its geometry here, for rubber-band selection and PageUp/PageDown. */
  layoutRef: MutableRefObject<GridLayout & { viewportRows: number }>;
  contextHint: string | undefined;
  isTouch: boolean;
}

export const ExplorerContext = createContext<ExplorerContextValue | null>(null);

export function useExplorer(): ExplorerContextValue {
  const ctx = useContext(ExplorerContext);
  if (!ctx) throw new Error("useExplorer outside <Explorer>");
  return ctx;
}
