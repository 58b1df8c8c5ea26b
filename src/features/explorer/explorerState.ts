// What the explorer derives from its folder, its user and its selection for the action registry.
import type { ListResponse } from "../../api/queries/files";
import type { CrUri } from "../../lib/uri";
import type { ActionState } from "./actions/types";
import type { Layout } from "./listing/viewSettings";
import { fileKey, type FileResponse } from "./model/files";
import type { Selection } from "./selection/model";

/** The loaded items a selection covers (under a symbolic "all", every loaded one it does not except). */
export function selectedFiles(files: readonly FileResponse[], selection: Selection): FileResponse[] {
  return selection.kind === "some" ? files.filter((f) => selection.keys.has(fileKey(f))) : files.filter((f) => !selection.except.has(fileKey(f)));
}

export interface ActionStateInput {
  uri: Pick<CrUri, "fs" | "isRoot" | "isSearch">;
  head: ListResponse | undefined;
  group: { permission?: string | undefined; direct_link_batch_size?: number | undefined } | undefined;
  loggedIn: boolean;
  targets: readonly FileResponse[];
  count: number;
  selection: Selection;
  hasItems: boolean;
  canUndo: boolean;
  layout: Layout;
}

/** What decides which actions are enabled here (see actions/rules.ts). */
export function actionStateOf(i: ActionStateInput): ActionState {
  return {
    fs: i.uri.fs,
    folderCapability: i.head?.props.capability,
    folderOwned: Boolean(i.head?.parent.owned),
    isRoot: i.uri.isRoot,
    isSearch: i.uri.isSearch,
    singleFileView: Boolean(i.head?.single_file_view),
    groupPermission: i.group?.permission,
    loggedIn: i.loggedIn,
    directLinkBatch: i.group?.direct_link_batch_size ?? 0,
    targets: i.targets,
    count: i.count,
    symbolicAll: i.selection.kind === "all",
    hasItems: i.hasItems,
    canUndo: i.canUndo,
    layout: i.layout,
  };
}
