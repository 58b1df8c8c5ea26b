// The one place viewers are rendered in the explorer: it reads the viewer from the URL (target.ts),
// finds the file, picks the implementation (registry.ts) and renders it as its own lazy chunk.
// Unsaved changes are guarded here for every editor: closing asks, Back asks (the viewer stays on
// screen meanwhile), leaving the page asks the browser's own question.
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Box, Button, CircularProgress } from "@mui/material";
import { fileKeys, type FileResponse } from "../../api/queries/files";
import { viewerQueries } from "../../api/queries/viewers";
import { describeError } from "../../api/errors";
import { NavCap, hasNavCap } from "../../lib/capabilities";
import type { CrUri } from "../../lib/uri";
import { chooseViewer } from "./choose";
import { viewerDialogs } from "./dialogs";
import { ViewerFrame } from "./frame/ViewerFrame";
import { CatalogueViewer, NO_VIEWER } from "./lazyViewer";
import { isImplemented } from "./registry";
import { PUSHED, sameTarget, searchWith, targetOf, type ViewerTarget } from "./target";
import { useCatalogue } from "./useCatalogue";
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
  const { t } = useTranslation("viewers");
  const location = useLocation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const toast = useToast();
  const urlTarget = useMemo(() => targetOf(new URLSearchParams(location.search)), [location.search]);
  const byName = folder.fs === "share";

  // Unsaved changes: the target the URL left while an editor was dirty stays on screen until the
  // user decided.
  const dirty = useRef(false);
  const [held, setHeld] = useState<ViewerTarget | null>(null);
  const previous = useRef(urlTarget);
  const shownFile = useRef<FileResponse | undefined>(undefined);
  useEffect(() => {
    const prev = previous.current;
    previous.current = urlTarget;
    if (held && sameTarget(held, urlTarget)) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the URL came back to the held viewer
      setHeld(null);
      return;
    }
    if (!prev || sameTarget(prev, urlTarget) || !dirty.current) return;
    setHeld(prev);
    void viewerDialogs.discard({ fileName: shownFile.current?.name ?? "" }).then((ok) => {
      if (ok) {
        dirty.current = false;
        setHeld(null);
      } else navigate(`${location.pathname}${searchWith(location.search, prev)}`, { state: { [PUSHED]: true } });
    });
  }, [urlTarget, held, navigate, location.pathname, location.search]);
  const target = held ?? urlTarget;

  const setDirty = useCallback((d: boolean) => {
    dirty.current = d;
  }, []);
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (!dirty.current) return;
      e.preventDefault();
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  const { catalogue, ready: catalogueReady } = useCatalogue(props.groupPermission);
  const loaded = target ? (sequence.files.find((f) => f.id === target.open) ?? sequence.files.find((f) => f.type === 0 && f.name === target.open)) : undefined;
  const nameUri = target && !folder.isSearch ? folder.join(target.open).toString() : undefined;
  const resolved = useQuery({ ...viewerQueries.resolve(folder.toString(), target?.open ?? "", nameUri), enabled: Boolean(target && ready && !loaded) });
  const file = loaded ?? resolved.data;
  useEffect(() => {
    shownFile.current = file;
  }, [file]);

  const finish = useCallback(() => {
    dirty.current = false;
    const last = shownFile.current;
    if ((location.state as Record<string, unknown> | null)?.[PUSHED]) navigate(-1);
    else navigate(`${location.pathname}${searchWith(location.search, null)}`, { replace: true });
    if (last) props.onClosed?.(last);
  }, [location.pathname, location.search, location.state, navigate, props]);

  const close = useCallback(async () => {
    if (dirty.current && !(await viewerDialogs.discard({ fileName: shownFile.current?.name ?? "" }))) return;
    finish();
  }, [finish]);

  if (!target) return null;
  if (!file || !catalogueReady) {
    const failed = resolved.error;
    return (
      <ViewerFrame title={target.open} mode="dialog" close={() => void close()}>
        <Box sx={{ flex: 1, display: "grid", placeItems: "center", p: 2 }}>
          {failed ? (
            <Alert
              severity="error"
              action={
                <Button color="inherit" size="small" onClick={() => void close()}>
                  {t("frame.close")}
                </Button>
              }
            >
              {t("host.notFound", { reason: describeError(failed, t) })}
            </Alert>
          ) : (
            <CircularProgress aria-label={t("frame.loading")} />
          )}
        </Box>
      </ViewerFrame>
    );
  }

  let viewer = target.viewer ? catalogue.byId.get(target.viewer) : undefined;
  if (!viewer && !target.viewer) {
    // A link without a viewer: the usual choice, else the first viewer this app shows itself.
    const choice = chooseViewer(catalogue, file.name, sessionStore.settings(), { implemented: isImplemented });
    viewer = choice.kind === "open" ? choice.viewer : choice.kind === "ask" ? choice.options[0] : undefined;
  }
  const canEdit = props.loggedIn && folder.fs === "my" && Boolean(file.owned) && hasNavCap(file.capability, NavCap.UploadFile) && !target.version;
  const show = (f: FileResponse) =>
    navigate(`${location.pathname}${searchWith(location.search, { open: byName ? f.name : f.id, viewer: viewer?.id, version: undefined })}`, {
      replace: true,
      state: location.state,
    });

  return (
    <Suspense
      fallback={
        <ViewerFrame title={file.name} mode="dialog" close={() => void close()}>
          <Box sx={{ flex: 1, display: "grid", placeItems: "center" }}>
            <CircularProgress aria-label={t("frame.loading")} />
          </Box>
        </ViewerFrame>
      }
    >
      <CatalogueViewer
        key={viewer?.id ?? ""}
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
