import { useCallback, useEffect, useMemo, useRef } from "react";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api, unwrap } from "../../../api/client";
import { describeError } from "../../../api/errors";
import { fileQueries, type ListResponse } from "../../../api/queries/files";
import { sessionStore } from "../../../api/session";
import { useToast } from "../../../shared/toast";
import type { CrUri } from "../../../lib/uri";
import { localViews, useLocalView } from "./localViews";
import {
  canSyncView,
  DEFAULT_VIEW,
  hasSortOverride,
  listParamsFrom,
  resolveView,
  savedSort,
  toViewInput,
  type EffectiveView,
  type SyncContext,
  type ViewOverride,
} from "./viewSettings";

const DEFAULTS_KEY = "explorer_default_view";
const SORT_KEYS = ["pageSize", "orderBy", "direction"] as const;
const DISPLAY_KEYS = ["layout", "thumbnail", "galleryWidth", "columns"] as const;

/** Where a folder's local view is kept: searches share one entry per folder they search in. */
export const folderViewKey = (uri: CrUri) => uri.withoutSearch().toString() + (uri.isSearch ? "#search" : "");

/** Display defaults for folders without a server view (view sync off, shares without share_view). */
function userDefaults(isSearch: boolean): EffectiveView {
  const raw = sessionStore.settings()[DEFAULTS_KEY];
  const saved = raw && typeof raw === "object" ? (raw as ViewOverride) : {};
  const display = Object.fromEntries(DISPLAY_KEYS.filter((k) => saved[k] !== undefined).map((k) => [k, saved[k]]));
  // Search results are most useful as a list with their locations.
  return { ...DEFAULT_VIEW, ...display, ...(isSearch ? { layout: "list" as const } : {}) };
}

export interface FolderView {
  view: EffectiveView;
  /** Whether changes are saved on the server for this folder. */
  synced: boolean;
  setView: (patch: ViewOverride) => void;
}

/**
 * Parameters to request the listing with, before the listing is known (they are part of its key).
 * Listings always carry them, so the sort a folder's owner saved on the server is read from the
 * folder's details instead; the root's details cannot be read, so its sort is kept locally.
 */
export function useListParams(uri: CrUri, loggedIn: boolean) {
  const local = useLocalView(folderViewKey(uri));
  const learn = loggedIn && uri.fs === "my" && !uri.isRoot && !uri.isSearch && !hasSortOverride(local);
  const { data: details } = useQuery({ ...fileQueries.info(uri.toString(), { extended: true }), enabled: learn, retry: false, staleTime: 60_000 });
  const saved = learn ? details?.extended_info?.view : undefined;
  return useMemo(() => listParamsFrom(local, savedSort(saved)), [local, saved]);
}

export function useFolderView(uri: CrUri, head: ListResponse | undefined, sync: Omit<SyncContext, "parentOwned" | "folderCapability">): FolderView {
  const { t } = useTranslation("explorer");
  const toast = useToast();
  const key = folderViewKey(uri);
  const local = useLocalView(key);
  const view = useMemo(() => resolveView(head?.view, local, head?.props, userDefaults(uri.isSearch)), [head?.view, head?.props, local, uri.isSearch]);
  const synced = canSyncView({ ...sync, parentOwned: Boolean(head?.parent.owned), folderCapability: head?.props.capability });
  const pure = uri.withoutSearch().toString();

  // Saves a change where this folder keeps its view; needs the listing, which says whether the
  // folder's view lives on the server.
  const save = useCallback(
    (touched: ViewOverride, next: EffectiveView) => {
      if (synced) {
        // The server's copy is read back from the folder's details after a reload; the root has
        // none to read, so its order and page size are kept on this device as well.
        if (uri.isRoot) localViews.setPersistent(key, touched);
        else localViews.setSession(key, touched);
        unwrap(api.PATCH("/file/view", { body: { uri: pure, view: toViewInput(next) } })).catch((e: unknown) => {
          // Not saved on the server: keep it locally so the change survives a reload anyway.
          localViews.setPersistent(key, touched);
          toast({ severity: "warning", message: t("view.notSaved", { reason: describeError(e, t) }) });
        });
      } else {
        localViews.setPersistent(key, touched);
      }
    },
    [synced, key, pure, toast, t, uri.isRoot],
  );

  // A change made before the listing arrived (say a click on the layout toggle while the folder
  // loads) shows at once and is saved once the listing tells where, instead of being kept on this
  // device only and hiding the folder's saved view from then on.
  const early = useRef<{ key: string; touched: ViewOverride } | null>(null);
  useEffect(() => {
    const held = early.current;
    if (!head || held?.key !== key) return;
    early.current = null;
    save(held.touched, view);
  }, [head, key, view, save]);

  const setView = useCallback(
    (patch: ViewOverride) => {
      const next = { ...view, ...patch };
      // Only a change of sort or page size makes the listing explicit (and so refetch it); a
      // layout change must not throw away the pages already loaded.
      const touched: ViewOverride = { ...patch };
      if (SORT_KEYS.some((k) => k in patch)) for (const k of SORT_KEYS) (touched as Record<string, unknown>)[k] = next[k];
      const display = Object.fromEntries(DISPLAY_KEYS.filter((k) => k in patch).map((k) => [k, next[k]]));
      if (Object.keys(display).length) sessionStore.setSetting(DEFAULTS_KEY, { ...(sessionStore.settings()[DEFAULTS_KEY] as object), ...display });
      if (head) return save(touched, next);
      early.current = { key, touched: { ...(early.current?.key === key ? early.current.touched : {}), ...touched } };
      localViews.setSession(key, touched);
    },
    [view, head, key, save],
  );
  return { view, synced, setView };
}
