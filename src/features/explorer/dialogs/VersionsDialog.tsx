import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  Box,
  Button,
  Chip,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  ListItemText,
  Stack,
  Typography,
} from "@mui/material";
import { describeError } from "../../../api/errors";
import { fileKeys, fileQueries } from "../../../api/queries/files";
import { formatBytes, formatDate } from "../../../lib/format";
import { loadDownloads } from "../../transfers";
import { fileApi } from "../ops/api";
import type { DialogProps } from "../../../shared/dialogs/host";
import type { VersionsProps } from ".";

/** Stored versions of one file (entities of type 0): download any, make one current, delete old ones. */
export default function VersionsDialog({ open, props, close }: DialogProps<VersionsProps, void>) {
  const { t, i18n } = useTranslation("explorer");
  const qc = useQueryClient();
  const info = useQuery({ ...fileQueries.info(props.uri, { extended: true }), staleTime: 0 });
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const versions = (info.data?.extended_info?.entities ?? []).filter((e) => e.type === 0).sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at));
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
            {versions.map((v) => {
              const when = formatDate(v.created_at, i18n.language);
              const isCurrent = v.id === current;
              return (
                <ListItem
                  key={v.id}
                  divider
                  sx={{ flexWrap: "wrap", gap: 1 }}
                  aria-label={t("versions.itemLabel", { when, size: formatBytes(v.size, i18n.language) })}
                >
                  <ListItemText
                    primary={
                      <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
                        <span>{when}</span>
                        {isCurrent && <Chip size="small" color="primary" label={t("versions.current")} />}
                      </Stack>
                    }
                    secondary={[formatBytes(v.size, i18n.language), v.created_by?.nickname].filter(Boolean).join(" · ")}
                    sx={{ minWidth: 180 }}
                  />
                  <Box sx={{ display: "flex", gap: 0.5, flexWrap: "wrap" }}>
                    {props.open && (
                      <Button
                        size="small"
                        disabled={busy !== null}
                        onClick={() => {
                          close();
                          props.open!(v.id);
                        }}
                        aria-label={t("versions.open", { when })}
                      >
                        {t("actions.open")}
                      </Button>
                    )}
                    <Button
                      size="small"
                      disabled={busy !== null}
                      onClick={() => void run(v.id, async () => (await loadDownloads()).downloadFile(props.uri, { entity: v.id }))}
                      aria-label={t("versions.download", { when })}
                    >
                      {t("actions.download")}
                    </Button>
                    {props.canManage && !isCurrent && (
                      <Button
                        size="small"
                        disabled={busy !== null}
                        onClick={() => void run(v.id, () => fileApi.setCurrentVersion(props.uri, v.id))}
                        aria-label={t("versions.restore", { when })}
                      >
                        {t("versions.restoreShort")}
                      </Button>
                    )}
                    {props.canManage && !isCurrent && confirming !== v.id && (
                      <Button
                        size="small"
                        color="error"
                        disabled={busy !== null}
                        onClick={() => setConfirming(v.id)}
                        aria-label={t("versions.delete", { when })}
                      >
                        {t("versions.deleteShort")}
                      </Button>
                    )}
                    {confirming === v.id && (
                      <Button
                        size="small"
                        color="error"
                        variant="contained"
                        disabled={busy !== null}
                        onClick={() => void run(v.id, () => fileApi.deleteVersion(props.uri, v.id))}
                      >
                        {t("versions.confirmDelete", { when })}
                      </Button>
                    )}
                  </Box>
                </ListItem>
              );
            })}
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
