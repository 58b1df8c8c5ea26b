import { createContext, useContext, type Context, type RefObject } from "react";
import type { FileResponse } from "../../api/queries/files";
import type { CrUri } from "../../lib/uri";
import type { ActionState, ActionVia, ExplorerOps } from "./actions/types";
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

// The explorer's state reaches its parts through four contexts, split by how often they change,
// so that a part re-renders only for what it reads: the folder (its listing and view settings),
// the selection and focus (every click), the actions (what can run, and running it) and the items'
// own interactions (rename in place, drag and drop, the views' geometry).

export interface FolderState {
  uri: CrUri;
  /** Name of the root of `uri` (a share's own name inside a share). */
  rootName: string;
  listing: FolderListing;
  files: FileResponse[];
  view: EffectiveView;
  setView: (patch: ViewOverride) => void;
  synced: boolean;
  contextHint: string | undefined;
}

export interface SelectionState {
  sel: SelectionApi;
  focus: FocusApi;
}

export interface ActionsState {
  actionState: ActionState;
  runAction: (id: string, via: ActionVia) => void;
  ops: ExplorerOps;
  /** Opens the item or folder context menu at a point (mouse) or at an element (keyboard). */
  openMenu: (at: { x: number; y: number } | HTMLElement, kind: "selection" | "folder") => void;
}

export interface ItemUiState {
  /** Key of the item being renamed in place, if any. */
  renaming: string | null;
  commitRename: (file: FileResponse, name: string | null) => Promise<string | null>;
  /** Items can be dragged (move allowed here). */
  canDrag: boolean;
  /** Drops the dragged items (or the current selection) into a folder. */
  dropInto: (folderUri: string, copy: boolean) => void;
  /** Each view publishes its geometry here, for rubber-band selection and PageUp/PageDown. */
  layoutRef: RefObject<GridLayout & { viewportRows: number }>;
  isTouch: boolean;
}

export const FolderContext = createContext<FolderState | null>(null);
export const SelectionContext = createContext<SelectionState | null>(null);
export const ActionsContext = createContext<ActionsState | null>(null);
export const ItemUiContext = createContext<ItemUiState | null>(null);

function use<T>(ctx: Context<T | null>, name: string): T {
  const value = useContext(ctx);
  if (!value) throw new Error(`${name} outside <Explorer>`);
  return value;
}

export const useFolder = () => use(FolderContext, "useFolder");
export const useSelectionState = () => use(SelectionContext, "useSelectionState");
export const useActions = () => use(ActionsContext, "useActions");
export const useItemUi = () => use(ItemUiContext, "useItemUi");
