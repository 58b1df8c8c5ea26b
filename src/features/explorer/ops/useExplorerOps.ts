// The implementation of every explorer action (actions/types.ts ExplorerOps). Each operation reads
// top to bottom: ask (promise dialog) → request → update caches → toast, with Undo where it can.
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ApiError, ErrorCode, describeError } from "../../../api/errors";
import { refreshAfterDownload } from "../../../api/queries/shares";
import { siteKeys } from "../../../api/queries/site";
import { fileKeys, walkFolder, type FileResponse } from "../../../api/queries/files";
import { createArchive, extractArchive, remoteDownload, whenTaskEnds, type Task } from "../../tasks";
import { useToast } from "../../../app/toast";
import { GroupPerm, NavCap, hasGroupPerm, hasNavCap } from "../../../lib/capabilities";
import { parseUri, tryParseUri, validateName, type CrUri } from "../../../lib/uri";
import type { ExplorerOps } from "../actions/types";
import { dialogs } from "../dialogs";
import type { FolderListing } from "../listing/useFolderListing";
import type { Layout } from "../listing/viewSettings";
import { fileKey, isFolder, restoreUriOf } from "../model/files";
import { explorerHref } from "../nav/href";
import { EMPTY, invert as invertSel, selectAll as selectAllSel, selectedLoaded, type Selection } from "../selection/model";
import { fileApi } from "./api";
import { insertIntoFolder, refetchFolder, removeFromLists, replaceInLists, staleFolders } from "./cache";
import { runOp, type ErrorEnv } from "./errors";
import { undoStack } from "./undo";
import { openFile } from "../../viewers";

// Downloads (folder walks, zips, the download queue) load with the first one a user starts.
const loadDownloads = () => import("../../transfers/download");

export interface OpsDeps {
  uri: CrUri;
  /** Name of the root of `uri` (a share's own name inside a share). */
  rootName: string;
  listing: FolderListing;
  files: FileResponse[];
  selection: Selection;
  setSelection: (sel: Selection, anchor?: number) => void;
  focusKey: (key: string) => void;
  groupPermission: string | undefined;
  trashRetention: number | undefined;
  maxBatch: number;
  setLayout: (l: Layout) => void;
  setRenaming: (key: string | null) => void;
  isRendered: (key: string) => boolean;
  showInfo: (file: FileResponse | undefined) => void;
  openPalette: () => void;
  focusSearch: () => void;
  advancedSearch: () => void;
  openContextMenu: () => void;
  viewOptions: () => void;
}

/** Where an item leads: share shortcuts open their share (metadata sys:shared_redirect). */
export const linkedUri = (f: FileResponse) => f.metadata?.["sys:shared_redirect"] || f.path || "";

export function useExplorerOps(d: OpsDeps): ExplorerOps & { commitRename: (f: FileResponse, name: string | null) => Promise<string | null>; moveTo: (files: FileResponse[], dst: string, copy: boolean) => Promise<void> } {
  const { t } = useTranslation("explorer");
  const toast = useToast();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const current = d.uri.toString();
  const head = d.listing.head;
  const hint = head?.context_hint;
  const maxPageSize = head?.props.max_page_size ?? 1000;
  const byKey = new Map(d.files.map((f) => [fileKey(f), f]));
  const env: ErrorEnv = { t, toast, nameOf: (u) => byKey.get(u)?.name };
  const go = (uri: CrUri | string, focus?: string) => navigate(explorerHref(uri), focus ? { state: { focusKey: focus } } : undefined);
  const names = (files: FileResponse[]) => (files.length === 1 ? t("ops.oneName", { name: files[0]!.name }) : t("ops.items", { count: files.length }));

  const undoToast = (message: string, undo: () => Promise<void>) => {
    const entry = undoStack.push(message, undo);
    toast({
      severity: "success",
      message,
      action: {
        label: t("ops.undo"),
        run: () => {
          const e = undoStack.take(entry);
          if (e) void e.run();
        },
      },
    });
  };

  async function resolveTargets(): Promise<FileResponse[]> {
    const sel = d.selection;
    if (sel.kind === "some") return d.files.filter((f) => sel.keys.has(fileKey(f)));
    const complete = d.listing.mode === "cursor" ? !d.listing.hasNextPage : d.listing.pageCount <= 1;
    const all = complete ? d.files : await walkFolder(current, { maxPageSize });
    return all.filter((f) => !sel.except.has(fileKey(f)));
  }

  /** Folders and share shortcuts are entered; files open in their viewer (features/viewers). */
  async function open(f: FileResponse, ask = false, version?: string) {
    if (isFolder(f) || f.metadata?.["sys:shared_redirect"]) {
      go(linkedUri(f));
      return;
    }
    await runOp(env, t("ops.openFailed"), () =>
      openFile(f, { qc, navigate, groupPermission: d.groupPermission, download: (x) => download([x]), byName: d.uri.fs === "share" }, { ask, version }),
    );
  }

  async function download(files: FileResponse[]) {
    if (files.length === 0) return;
    const targets = files.map((f) => ({ uri: linkedUri(f), name: f.name, type: f.type }));
    const res = await runOp(env, t("ops.downloadFailed"), async () =>
      (await loadDownloads()).downloadMany(targets, { contextHint: hint, describe: (e) => describeError(e, t) }),
    );
    if (res.ok && res.value.capped) toast({ severity: "warning", message: t("ops.downloadCapped", { count: (await loadDownloads()).WALK_LIMIT }) });
    if (res.ok && d.uri.fs === "share" && head?.single_file_view) await refreshAfterDownload(qc, d.uri.id ?? "", d.uri.password);
  }

  /**
   * Renames; the answer is the message to show beside the name, or null when done. The inline
   * field stays open (with the message) until the rename went through or was given up.
   */
  async function commitRename(f: FileResponse, name: string | null): Promise<string | null> {
    if (name === null || name === f.name) {
      d.setRenaming(null);
      return null;
    }
    const invalid = validateName(name);
    if (invalid) return t(`names.${invalid}`);
    const oldKey = fileKey(f);
    let next: FileResponse;
    try {
      next = await fileApi.rename(oldKey, name);
    } catch (e) {
      if (e instanceof ApiError && e.code === ErrorCode.ObjectExist) return t("errors.exists");
      if (e instanceof ApiError && e.code === 40052) return t("names.nameIllegalChar");
      // A lock conflict can be forced open; then the rename itself is sent again.
      const res = await runOp(env, t("actions.rename"), () => fileApi.rename(oldKey, name), e);
      if (!res.ok) return describeError(res.error, t);
      next = res.value;
    }
    d.setRenaming(null);
    replaceInLists(qc, oldKey, next);
    staleFolders(qc, [current]);
    d.setSelection({ kind: "some", keys: new Set([fileKey(next)]) });
    d.focusKey(fileKey(next));
    undoToast(t("ops.renamed", { from: f.name, to: name }), async () => {
      const back = await runOp(env, t("ops.undoFailed"), () => fileApi.rename(fileKey(next), f.name));
      if (back.ok) {
        replaceInLists(qc, fileKey(next), back.value);
        toast({ severity: "info", message: t("ops.undone") });
      }
    });
    return null;
  }

  async function rename(f: FileResponse) {
    const takenNames = new Set(d.files.filter((x) => x !== f).map((x) => x.name));
    await dialogs.name({ mode: "rename", initial: f.name, taken: takenNames, submit: (name) => commitRename(f, name) });
  }

  async function newItem(kind: "folder" | "file") {
    const taken = new Set(d.files.map((x) => x.name));
    await dialogs.name({
      mode: kind === "folder" ? "newFolder" : "newFile",
      initial: kind === "folder" ? t("ops.defaultFolderName") : t("ops.defaultFileName"),
      taken,
      submit: async (name) => {
        const invalid = validateName(name);
        if (invalid) return t(`names.${invalid}`);
        try {
          const created = await fileApi.create(d.uri.withoutSearch().join(name).toString(), kind);
          insertIntoFolder(qc, current, { ...created, metadata: created.metadata ?? {}, capability: created.capability ?? head?.props.capability });
          staleFolders(qc, [current]);
          d.setSelection({ kind: "some", keys: new Set([fileKey(created)]) });
          d.focusKey(fileKey(created));
          toast({ severity: "success", message: t(kind === "folder" ? "ops.folderCreated" : "ops.fileCreated", { name }) });
          return null;
        } catch (e) {
          if (e instanceof ApiError && e.code === ErrorCode.ObjectExist) return t("errors.exists");
          return describeError(e, t);
        }
      },
    });
  }

  /** Moves or copies into `dst`, with client-side checks first (contract §8.5). */
  async function moveTo(files: FileResponse[], dst: string, copy: boolean) {
    const dstUri = tryParseUri(dst);
    if (!dstUri || files.length === 0) return;
    const moving = files.filter((f) => {
      const u = tryParseUri(fileKey(f));
      return u && !(copy === false && u.parent().equals(dstUri));
    });
    if (moving.length === 0) {
      toast({ severity: "info", message: t("ops.alreadyThere") });
      return;
    }
    if (moving.some((f) => isFolder(f) && (dst === fileKey(f) || dstUri.isDescendantOf(parseUri(fileKey(f)))))) {
      toast({ severity: "error", message: t("ops.intoItself") });
      return;
    }
    const uris = moving.map(fileKey);
    const res = await runOp(env, copy ? t("ops.copyFailed") : t("ops.moveFailed"), () => fileApi.move(uris, dst, copy, d.maxBatch));
    if (!res.ok && !res.partial) return;
    const failed = new Set(res.ok ? [] : Object.keys((res.error as ApiError).aggregated ?? {}));
    const done = moving.filter((f) => !failed.has(fileKey(f)));
    if (!copy) removeFromLists(qc, new Set(done.map(fileKey)));
    staleFolders(qc, [dst, current]);
    if (done.length === 0) return;
    const folderName = dstUri.name || t(`roots.${dstUri.fs}`);
    if (copy) {
      toast({ severity: "success", message: t("ops.copied", { what: names(done), folder: folderName }) });
      return;
    }
    d.setSelection(EMPTY);
    undoToast(t("ops.moved", { what: names(done), folder: folderName }), async () => {
      // Back to where each item came from, one request per original folder.
      const byParent = new Map<string, string[]>();
      for (const f of done) {
        const from = parseUri(fileKey(f)).parent().toString();
        byParent.set(from, [...(byParent.get(from) ?? []), dstUri.join(f.name).toString()]);
      }
      let ok = true;
      for (const [from, list] of byParent) {
        const back = await runOp(env, t("ops.undoFailed"), () => fileApi.move(list, from, false, d.maxBatch));
        ok &&= back.ok;
        removeFromLists(qc, new Set(list));
        staleFolders(qc, [from]);
      }
      await refetchFolder(qc, current);
      if (ok) toast({ severity: "info", message: t("ops.undone") });
    });
  }

  async function moveOrCopy(files: FileResponse[], copy: boolean) {
    if (files.length === 0) return;
    const start = d.uri.fs === "my" ? d.uri.withoutSearch() : parseUri("cloudreve://my");
    const dst = await dialogs.pickFolder({
      title: copy ? t("picker.copyTitle", { what: names(files) }) : t("picker.moveTitle", { what: names(files) }),
      confirmLabel: copy ? t("picker.copyHere") : t("picker.moveHere"),
      start,
      exclude: files.filter(isFolder).map(fileKey),
      maxPageSize,
    });
    if (dst) await moveTo(files, dst, copy);
  }

  /** Finds the trash entries of items deleted from `originals` (trash names are UUIDs). */
  async function trashEntriesOf(originals: Set<string>): Promise<string[]> {
    const trash = await walkFolder("cloudreve://trash", { maxPageSize });
    return trash.filter((f) => originals.has(restoreUriOf(f) ?? "")).map(fileKey);
  }

  async function trash(files: FileResponse[]) {
    if (files.length === 0) return;
    const uris = files.map(fileKey);
    const res = await runOp(env, t("ops.deleteFailed"), () => fileApi.remove(uris, {}, d.maxBatch));
    if (!res.ok && !res.partial) return;
    const failed = new Set(res.ok ? [] : Object.keys((res.error as ApiError).aggregated ?? {}));
    const done = files.filter((f) => !failed.has(fileKey(f)));
    removeFromLists(qc, new Set(done.map(fileKey)));
    staleFolders(qc, [current, "cloudreve://trash"]);
    d.setSelection(EMPTY);
    if (done.length === 0) return;
    undoToast(t("ops.trashed", { what: names(done) }), async () => {
      const entries = await trashEntriesOf(new Set(done.map(fileKey)));
      const back = await runOp(env, t("ops.undoFailed"), () => fileApi.restore(entries, d.maxBatch));
      removeFromLists(qc, new Set(entries));
      staleFolders(qc, ["cloudreve://trash"]);
      await refetchFolder(qc, current);
      if (back.ok) toast({ severity: "info", message: t("ops.undone") });
    });
  }

  async function deleteForever(files: FileResponse[]) {
    if (files.length === 0) return;
    const inTrash = d.uri.fs === "trash";
    const choice = await dialogs.confirmDelete({
      names: files.slice(0, 5).map((f) => f.name),
      count: files.length,
      permanent: inTrash,
      canSkipTrash: !inTrash && files.every((f) => hasNavCap(f.capability, NavCap.SoftDelete)),
      canUnlink: hasGroupPerm(d.groupPermission, GroupPerm.AdvanceDelete),
      retention: d.trashRetention,
    });
    if (!choice) return;
    const uris = files.map(fileKey);
    const opts = { skipSoftDelete: inTrash || choice.skipSoftDelete, unlink: choice.unlink };
    const res = await runOp(env, t("ops.deleteFailed"), () => fileApi.remove(uris, opts, d.maxBatch));
    if (!res.ok && !res.partial) return;
    const failed = new Set(res.ok ? [] : Object.keys((res.error as ApiError).aggregated ?? {}));
    removeFromLists(qc, new Set(uris.filter((u) => !failed.has(u))));
    staleFolders(qc, [current, "cloudreve://trash"]);
    d.setSelection(EMPTY);
    if (res.ok) toast({ severity: "success", message: opts.skipSoftDelete ? t("ops.deleted", { what: names(files) }) : t("ops.trashed", { what: names(files) }) });
  }

  /** When a task the user started here ends, the folders it wrote into show its result. */
  function refreshWhenDone(task: Task | undefined) {
    if (task) whenTaskEnds(task, () => void qc.invalidateQueries({ queryKey: fileKeys.lists() }));
  }

  async function compress(files: FileResponse[]) {
    if (files.length === 0) return;
    refreshWhenDone(await createArchive({ uris: files.map(fileKey), names: files.map((f) => f.name), folder: d.uri.withoutSearch().toString() }));
  }

  async function extract(file: FileResponse) {
    refreshWhenDone(await extractArchive({ uri: fileKey(file), folder: d.uri.withoutSearch().toString() }));
  }

  async function downloadTorrent(file: FileResponse) {
    await remoteDownload({ torrent: fileKey(file), folder: d.uri.withoutSearch().toString() });
  }

  /** Everything in the trash, not only the loaded pages, through the same confirmation as a selection. */
  async function emptyTrash() {
    const res = await runOp(env, t("ops.deleteFailed"), () => walkFolder("cloudreve://trash", { maxPageSize }));
    if (res.ok) await deleteForever(res.value);
  }

  async function restore(files: FileResponse[]) {
    if (files.length === 0) return;
    const uris = files.map(fileKey);
    const res = await runOp(env, t("ops.restoreFailed"), () => fileApi.restore(uris, d.maxBatch));
    if (!res.ok && !res.partial) return;
    const failed = new Set(res.ok ? [] : Object.keys((res.error as ApiError).aggregated ?? {}));
    const done = files.filter((f) => !failed.has(fileKey(f)));
    removeFromLists(qc, new Set(done.map(fileKey)));
    const origins = done.map((f) => tryParseUri(restoreUriOf(f) ?? "")?.parent().toString()).filter((u): u is string => Boolean(u));
    staleFolders(qc, [current, ...origins]);
    d.setSelection(EMPTY);
    if (done.length === 0) return;
    const firstOrigin = origins[0];
    toast({
      severity: "success",
      message: t("ops.restored", { what: names(done) }),
      ...(firstOrigin ? { action: { label: t("ops.showRestored"), run: () => go(firstOrigin, restoreUriOf(done[0]!)) } } : {}),
    });
  }

  async function directLinks(files: FileResponse[]) {
    const uris = files.map(fileKey);
    let links: { link: string; file_url: string }[] = [];
    try {
      links = await fileApi.directLinks(uris);
    } catch (e) {
      // A partial failure still carries the links that were made; a forced lock makes them again.
      if (e instanceof ApiError && Array.isArray(e.data)) links = e.data as typeof links;
      const res = await runOp(env, t("ops.directLinkFailed"), () => fileApi.directLinks(uris), e);
      if (res.ok) links = res.value;
      if (!links.length) return;
    }
    const nameOf = (u: string) => byKey.get(u)?.name ?? tryParseUri(u)?.name ?? u;
    await dialogs.directLinks({ links: links.map((l) => ({ name: nameOf(l.file_url), link: l.link })) });
  }

  async function pin(file: FileResponse | undefined) {
    const target = file ? linkedUri(file) : current;
    const folder = d.uri.name || d.rootName;
    const name = file ? file.name : d.uri.isSearch ? t("search.pinnedName", { folder }) : folder;
    const res = await runOp(env, t("ops.pinFailed"), () => fileApi.pin(target, name));
    if (!res.ok) return;
    await qc.invalidateQueries({ queryKey: siteKeys.config("basic") });
    toast({ severity: "success", message: t("ops.pinned", { name }) });
  }

  function goParent() {
    if (d.uri.isSearch) go(d.uri.withoutSearch());
    else if (!d.uri.isRoot) go(d.uri.parent(), current);
  }

  return {
    resolveTargets,
    open: (f) => open(f),
    openWith: (f) => open(f, true),
    openVersion: (f, version) => open(f, false, version),
    download,
    goParent,
    openContainingFolder: (f) => {
      const parent = tryParseUri(fileKey(f))?.parent();
      if (parent) go(parent, fileKey(f));
    },
    refresh: () => {
      void qc.resetQueries({ queryKey: ["files", "list", current] });
    },
    newItem,
    rename,
    renameInline: (f) => {
      if (d.isRendered(fileKey(f))) d.setRenaming(fileKey(f));
      else void rename(f);
    },
    commitRename,
    moveOrCopy,
    moveTo,
    trash,
    deleteForever,
    emptyTrash,
    compress,
    extract,
    downloadTorrent,
    restore,
    info: d.showInfo,
    directLinks,
    pin,
    selectAll: () => d.setSelection(selectAllSel()),
    selectNone: () => d.setSelection(EMPTY),
    invertSelection: () => {
      const next = invertSel(d.selection);
      // A fully loaded folder can show the inverted set concretely.
      d.setSelection(next.kind === "all" && !d.listing.hasNextPage && d.listing.pageCount <= 1 ? { kind: "some", keys: new Set(selectedLoaded(next, d.files.map(fileKey))) } : next);
    },
    undo: async () => {
      const entry = undoStack.take();
      if (entry) await entry.run();
    },
    setLayout: d.setLayout,
    openPalette: d.openPalette,
    openHelp: () => void dialogs.help({}),
    focusSearch: d.focusSearch,
    advancedSearch: d.advancedSearch,
    openContextMenu: d.openContextMenu,
    viewOptions: d.viewOptions,
  };
}
