import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Box, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, List, Typography } from "@mui/material";
import { describeError } from "../../../api/errors";
import { fileKeys, fileQueries } from "../../../api/queries/files";
import { loadDownloads } from "../../transfers";
import { fileApi } from "../ops/api";
import type { DialogProps } from "../../../shared/dialogs/host";
import type { VersionsProps } from ".";
import { VersionRow } from "./VersionRow";
import { storedVersions } from "./versions";

/** Stored versions of one file (entities of type 0): download any, make one current, delete old ones. */
export default function VersionsDialog({ open, props, close }: DialogProps<VersionsProps, void>) {
  const { t } = useTranslation("explorer");
  const qc = useQueryClient();
  const info = useQuery({ ...fileQueries.info(props.uri, { extended: true }), staleTime: 0 });
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const versions = storedVersions(info.data?.extended_info?.entities);
  const current = info.data?.primary_entity;

  const run = async (id: string, action: () => Promise<unknown>) => {
    setBusy(id);
    setError(null);
    try {
      await action();
      // The file's size and date follow its current version: listings and details change too.
      await Promise.all([qc.invalidateQueries({ queryKey: fileKeys.infos() }), qc.invalidateQueries({ queryKey: fileKeys.lists() })]);
    } catch (e) {
      setError(describeError(e, t));
    } finally {
      setBusy(null);
      setConfirming(null);
    }
  };

  return (
    <Dialog open={open} onClose={() => close()} maxWidth="sm" fullWidth aria-labelledby="versions-title">
      <DialogTitle id="versions-title">{t("versions.title", { name: props.name })}</DialogTitle>
      <DialogContent>
        {info.isPending && <CircularProgress aria-label={t("versions.loading")} />}
        {info.error && (
          <Alert severity="error" action={<Button onClick={() => void info.refetch()}>{t("errors.retry")}</Button>}>
            {describeError(info.error, t)}
          </Alert>
        )}
        {error && (
          <Alert severity="error" sx={{ mb: 1 }}>
            {error}
          </Alert>
        )}
        {info.data && versions.length === 0 && <Typography>{t("versions.none")}</Typography>}
        {versions.length > 0 && (
          <List aria-label={t("versions.listLabel")} dense>
            {versions.map((v) => (
              <VersionRow
                key={v.id}
                version={v}
                isCurrent={v.id === current}
                canManage={props.canManage}
                busy={busy !== null}
                confirming={confirming === v.id}
                onOpen={
                  props.open &&
                  (() => {
                    close();
                    props.open!(v.id);
                  })
                }
                onDownload={() => void run(v.id, async () => (await loadDownloads()).downloadFile(props.uri, { entity: v.id }))}
                onRestore={() => void run(v.id, () => fileApi.setCurrentVersion(props.uri, v.id))}
                onAskDelete={() => setConfirming(v.id)}
                onDelete={() => void run(v.id, () => fileApi.deleteVersion(props.uri, v.id))}
              />
            ))}
          </List>
        )}
        <Box role="status" aria-live="polite" sx={{ typography: "caption", color: "text.secondary" }}>
          {busy ? t("versions.working") : ""}
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => close()} variant="contained">
          {t("common.close")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
