// Loading a text file and saving it back, for every text editor (plain text, code, Markdown).
// The text is read at a known version (entity) and saved with that version as `previous`, so a
// change made elsewhere meanwhile is never overwritten unasked (40076 → overwrite, save as a new
// file, or reload).
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery, useQueryClient, type InfiniteData } from "@tanstack/react-query";
import { api, unwrap } from "../../../api/client";
import { describeError, ErrorCode, isApiError } from "../../../api/errors";
import { fileKeys, type FileResponse, type ListResponse } from "../../../api/queries/files";
import { saveFileContent, viewerKeys } from "../../../api/queries/viewers";
import { useToast } from "../../../shared/toast";
import { tryParseUri } from "../../../lib/uri";
import { viewerDialogs } from "../dialogs";
import type { ViewerProps } from "../types";
import type { CodeEditorHandle } from "./CodeEditor";
import type { ReadOnlyReason } from "./parts";
import { EDIT_LIMIT, textQuery, VIEW_LIMIT } from "./textQuery";

/** "notes.txt" → "notes (2).txt": a name for "save as" beside the original. */
export function copyName(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? `${name.slice(0, dot)} (2)${name.slice(dot)}` : `${name} (2)`;
}

export function useEditableDocument(p: ViewerProps) {
  const { t } = useTranslation("viewers");
  const toast = useToast();
  const qc = useQueryClient();
  const uri = p.file.path ?? "";
  const tooLarge = p.file.size > VIEW_LIMIT;
  const q = useQuery({ ...textQuery(qc, p.file, p.version, p.contextHint), enabled: !tooLarge });
  // The next opening reads the file again, whatever happened to it meanwhile.
  const version = p.version;
  useEffect(() => () => qc.removeQueries({ queryKey: viewerKeys.text(uri, version), exact: true }), [qc, uri, version]);
  const editor = useRef<CodeEditorHandle>(null);
  const base = useRef<string | undefined>(undefined);
  const [dirty, setDirtyState] = useState(false);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    base.current = q.data?.entity;
  }, [q.data]);

  const large = p.file.size > EDIT_LIMIT;
  const readOnly = !p.canEdit || large;
  const readOnlyReason: ReadOnlyReason = !p.canEdit ? (p.version ? "version" : "permission") : large ? "large" : undefined;

  const onDirtyChange = (d: boolean) => {
    setDirtyState(d);
    p.setDirty(d);
  };

  const folder = tryParseUri(uri)?.parent();
  const afterSave = (f: FileResponse) => {
    base.current = f.primary_entity;
    editor.current?.markClean();
    // The listings show the new version at once: reopening the file reads what was just saved.
    qc.setQueriesData<InfiniteData<ListResponse>>({ queryKey: fileKeys.lists() }, (data) =>
      data
        ? {
            ...data,
            pages: data.pages.map((pg) => ({
              ...pg,
              files: pg.files.map((x) => (x.path === uri ? { ...x, ...f, metadata: x.metadata, capability: x.capability ?? f.capability } : x)),
            })),
          }
        : data,
    );
    if (folder) void qc.invalidateQueries({ queryKey: fileKeys.folder(folder.toString()) });
  };

  async function saveAs(text: string) {
    if (!folder) return;
    let saved: FileResponse | undefined;
    const name = await viewerDialogs.saveAs({
      initial: copyName(p.file.name),
      submit: async (name) => {
        const target = folder.join(name).toString();
        // Saving without `previous` replaces a file of that name: never do it unasked.
        const exists = await unwrap(api.GET("/file/info", { params: { query: { uri: target } } }))
          .then(
            () => true,
            (e: unknown) => (isApiError(e) && (e.code === 40016 || e.code === 404) ? false : Promise.reject(e)),
          )
          .catch((e: unknown) => describeError(e, t));
        if (exists === true) return t("saveAs.exists");
        if (typeof exists === "string") return exists;
        try {
          saved = await saveFileContent(target, text);
          return null;
        } catch (e) {
          return describeError(e, t);
        }
      },
    });
    if (!name || !saved) return;
    editor.current?.markClean();
    void qc.invalidateQueries({ queryKey: fileKeys.folder(folder.toString()) });
    toast({ severity: "success", message: t("editor.savedAs", { name }) });
    p.openSaved?.(saved);
  }

  async function save() {
    if (readOnly || saving || !editor.current) return;
    const text = editor.current.getText();
    setSaving(true);
    try {
      afterSave(await saveFileContent(uri, text, base.current));
      toast({ severity: "success", message: t("editor.saved", { name: p.file.name }) });
    } catch (e) {
      if (!(isApiError(e) && e.code === ErrorCode.StaleVersion)) {
        toast({ severity: "error", message: t("editor.saveFailed", { reason: describeError(e, t) }) });
        return;
      }
      const choice = await viewerDialogs.stale({ fileName: p.file.name });
      if (choice === "overwrite") {
        try {
          afterSave(await saveFileContent(uri, text));
          toast({ severity: "success", message: t("editor.saved", { name: p.file.name }) });
        } catch (e2) {
          toast({ severity: "error", message: t("editor.saveFailed", { reason: describeError(e2, t) }) });
        }
      } else if (choice === "saveAs") await saveAs(text);
      else if (choice === "reload") {
        const fresh = await q.refetch();
        if (fresh.data) {
          base.current = fresh.data.entity;
          editor.current?.reset(fresh.data.text);
        }
      }
    } finally {
      setSaving(false);
    }
  }

  return { q, tooLarge, editor, dirty, saving, save, readOnly, readOnlyReason, onDirtyChange };
}
