// What every explorer operation needs besides its own arguments: translations, toasts, the query
// cache, navigation, and the folder it runs in. Built once per render by useExplorerOps and passed
// explicitly, so each operation module is a set of plain functions that can be read (and tested)
// on its own.
import type { QueryClient } from "@tanstack/react-query";
import { ApiError, type Translate } from "../../../api/errors";
import type { FileResponse, ListResponse } from "../../../api/queries/files";
import type { Toast } from "../../../shared/toast";
import type { CrUri } from "../../../lib/uri";
import type { Selection } from "../selection/model";
import type { ErrorEnv, OpResult } from "./errors";
import { undoStack } from "./undo";

export interface OpsEnv extends ErrorEnv {
  t: Translate;
  toast: (t: Toast) => void;
  qc: QueryClient;
  /** Goes to a folder, optionally focusing one of its items once it has loaded. */
  go: (uri: CrUri | string, focus?: string) => void;
  navigate: (to: string, opts?: { replace?: boolean; state?: unknown }) => void;
}

/** The folder an operation runs in and what it may change about it. */
export interface FolderScope {
  uri: CrUri;
  /** `uri` as a string: the key of its listing in the cache. */
  current: string;
  /** Name of the root of `uri` (a share's own name inside a share). */
  rootName: string;
  head: ListResponse | undefined;
  /** Loaded items of the folder. */
  files: FileResponse[];
  maxPageSize: number;
  /** Items per batch request (the site's `max_batch_size`). */
  maxBatch: number;
  groupPermission: string | undefined;
  trashRetention: number | undefined;
  setSelection: (sel: Selection, anchor?: number) => void;
  /** Focuses an item of the folder once it is rendered. */
  focusKey: (key: string) => void;
  setRenaming: (key: string | null) => void;
}

/** "report.pdf" or "3 items", for toasts and dialog titles. */
export const namesOf = (env: OpsEnv, files: FileResponse[]) =>
  files.length === 1 ? env.t("ops.oneName", { name: files[0]!.name }) : env.t("ops.items", { count: files.length });

/** A success toast whose action undoes the operation (also reachable with Mod+Z). */
export function undoToast(env: OpsEnv, message: string, undo: () => Promise<void>) {
  const entry = undoStack.push(message, undo);
  env.toast({
    severity: "success",
    message,
    action: {
      label: env.t("ops.undo"),
      run: () => {
        const e = undoStack.take(entry);
        if (e) void e.run();
      },
    },
  });
}

/** Where an item leads: share shortcuts open their share (metadata sys:shared_redirect). */
export const linkedUri = (f: FileResponse) => f.metadata?.["sys:shared_redirect"] || f.path || "";

/** Keys of the items a partly failed batch (ApiError.aggregated) did not handle. */
export const failedKeys = (res: OpResult<unknown>): Set<string> =>
  new Set(res.ok || !(res.error instanceof ApiError) ? [] : Object.keys(res.error.aggregated ?? {}));
