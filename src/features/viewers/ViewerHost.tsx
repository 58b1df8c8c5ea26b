// The one place viewers are rendered in the explorer: it reads the viewer from the URL (target.ts),
// finds the file, picks the implementation (registry.ts) and renders it as its own lazy chunk.
// Unsaved changes are guarded here for every editor: closing asks, Back asks (the viewer stays on
// screen meanwhile), leaving the page asks the browser's own question.
import { Suspense, useCallback, useEffect, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { fileKeys, type FileResponse } from "../../api/queries/files";
import { viewerQueries } from "../../api/queries/viewers";
import { describeError } from "../../api/errors";
import { NavCap, hasNavCap } from "../../lib/capabilities";
import type { CrUri } from "../../lib/uri";
import { chooseViewer } from "./choose";
import { viewerDialogs } from "./dialogs";
import { PendingViewer } from "./PendingViewer";
import { useHeldTarget } from "./useHeldTarget";
import { CatalogueViewer, NO_VIEWER } from "./lazyViewer";
import { isImplemented } from "./registry";
import { PUSHED, searchWith, targetOf } from "./target";
import { useCatalogue } from "./useCatalogue";
import { warmViewer } from "./warm";
import type { Catalogue, ViewerDef } from "./catalogue";
import type { ListingSource } from "./types";
import { useSequence } from "./useSequence";
import { sessionStore } from "../../api/session";
import { loadDownloads } from "../transfers";
import { useToast } from "../../shared/toast";

export interface ViewerHostProps {
  /** The listed URI (folder, search or share). */
  folder: CrUri;
  listing: ListingSource;
  contextHint?: string | undefined;
  groupPermission: string | undefined;
  loggedIn: boolean;
  /** The explorer's download (counts a single-file share's downloads); versions download here. */
  download: (files: FileResponse[]) => Promise<void>;
  /** The viewer closed on this file (the explorer selects it). */
  onClosed?: (file: FileResponse) => void;
}

export default function ViewerHost(props: ViewerHostProps) {
  const { folder } = props;
  const sequence = useSequence(folder.toString(), props.listing);
  const ready = !props.listing.isPending;
  // Only a failed download's message needs the texts: the viewer's code must not wait for them.
  const { t } = useTranslation("viewers", { useSuspense: false });
  const location = useLocation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const toast = useToast();
  const urlTarget = useMemo(() => targetOf(new URLSearchParams(location.search)), [location.search]);
  const byName = folder.fs === "share";

  const { target, dirtyRef, setDirty, shownFileRef } = useHeldTarget(urlTarget);

  const { catalogue, ready: catalogueReady } = useCatalogue(props.groupPermission);
  const loaded = target ? (sequence.files.find((f) => f.id === target.open) ?? sequence.files.find((f) => f.type === 0 && f.name === target.open)) : undefined;
  const nameUri = target && !folder.isSearch ? folder.join(target.open).toString() : undefined;
  const resolved = useQuery({ ...viewerQueries.resolve(folder.toString(), target?.open ?? "", nameUri), enabled: Boolean(target && ready && !loaded) });
  const file = loaded ?? resolved.data;
  useEffect(() => {
    shownFileRef.current = file;
  }, [file, shownFileRef]);

  const finish = useCallback(() => {
    dirtyRef.current = false;
    const last = shownFileRef.current;
    if ((location.state as Record<string, unknown> | null)?.[PUSHED]) navigate(-1);
    else navigate(`${location.pathname}${searchWith(location.search, null)}`, { replace: true });
    if (last) props.onClosed?.(last);
  }, [location.pathname, location.search, location.state, navigate, props, dirtyRef, shownFileRef]);

  const close = useCallback(async () => {
    if (dirtyRef.current && !(await viewerDialogs.discard({ fileName: shownFileRef.current?.name ?? "" }))) return;
    finish();
  }, [finish, dirtyRef, shownFileRef]);

  const viewer = target && file && catalogueReady ? viewerFor(catalogue, target.viewer, file.name) : undefined;
  // A deep link or a reload: start the viewer's code and first reads together (opening from the
  // explorer already did, and nothing is asked twice).
  const warmKey = target && file && catalogueReady ? `${file.id}|${viewer?.id ?? ""}|${target.version ?? ""}` : "";
  useEffect(() => {
    if (warmKey && file) warmViewer(qc, viewer, { file, version: target?.version, contextHint: props.contextHint });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per file, viewer and version
  }, [warmKey]);

  if (!target) return null;
  if (!file || !catalogueReady) return <PendingViewer title={target.open} error={resolved.error} close={() => void close()} />;
  const pending = <PendingViewer title={file.name} close={() => void close()} />;
  const canEdit = props.loggedIn && folder.fs === "my" && Boolean(file.owned) && hasNavCap(file.capability, NavCap.UploadFile) && !target.version;
  const show = (f: FileResponse) =>
    navigate(`${location.pathname}${searchWith(location.search, { open: byName ? f.name : f.id, viewer: viewer?.id, version: undefined })}`, {
      replace: true,
      state: location.state,
    });

  return (
    <Suspense fallback={pending}>
      <CatalogueViewer
        key={viewer?.id ?? ""}
        pending={pending}
        file={file}
        viewer={viewer ?? NO_VIEWER}
        version={target.version}
        mode="dialog"
        contextHint={props.contextHint}
        canEdit={canEdit}
        sequence={sequence}
        show={show}
        close={() => void close()}
        download={() => {
          if (!target.version) return void props.download([file]);
          loadDownloads()
            .then((m) => m.downloadFile(file.path ?? "", { entity: target.version, contextHint: props.contextHint }))
            .catch((e: unknown) => toast({ severity: "error", message: t("host.downloadFailed", { reason: describeError(e, t) }) }));
        }}
        setDirty={setDirty}
        openSaved={(f) => {
          void qc.invalidateQueries({ queryKey: fileKeys.folder(folder.toString()) });
          show(f);
        }}
      />
    </Suspense>
  );
}

/** The viewer a link names; without one, the usual choice, else the first viewer this app shows itself. */
function viewerFor(catalogue: Catalogue, named: string | undefined, fileName: string): ViewerDef | undefined {
  if (named) return catalogue.byId.get(named);
  const choice = chooseViewer(catalogue, fileName, sessionStore.settings(), { implemented: isImplemented });
  return choice.kind === "open" ? choice.viewer : choice.kind === "ask" ? choice.options[0] : undefined;
}
