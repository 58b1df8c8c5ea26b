// A file's direct links, as newer servers list them (`extended_info.direct_links`): each with its
// downloads and age, copy, and delete (`DELETE /file/source/:id`, asked once more first, since a
// deleted link stops working wherever it was posted). Offered only where the server has it.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  Box,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  TextField,
  Tooltip,
  Typography,
} from "@mui/material";
import CopyIcon from "@mui/icons-material/ContentCopyOutlined";
import DeleteIcon from "@mui/icons-material/DeleteOutlineOutlined";
import { api, unwrap } from "../../../api/client";
import { describeError } from "../../../api/errors";
import { fileKeys, fileQueries } from "../../../api/queries/files";
import { formatDate } from "../../../lib/format";
import { forceDownloadLink } from "../../../lib/serverVersion";
import type { DialogProps } from "../../../shared/dialogs/host";
import { useToast } from "../../../shared/toast";
import type { ManageLinksProps } from ".";
import { ForceDownloadSwitch } from "./ForceDownloadSwitch";

export default function ManageLinksDialog({ open, props, close }: DialogProps<ManageLinksProps, void>) {
  const { t, i18n } = useTranslation("explorer");
  const qc = useQueryClient();
  const toast = useToast();
  const info = useQuery({ ...fileQueries.info(props.uri, { extended: true }), staleTime: 0 });
  const [download, setDownload] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const links = info.data?.extended_info?.direct_links ?? [];

  const remove = async (id: string) => {
    setBusy(true);
    try {
      await unwrap(api.DELETE("/file/source/{id}", { params: { path: { id } } }));
      await qc.invalidateQueries({ queryKey: fileKeys.infos() });
      toast({ severity: "success", message: t("manageLinks.deleted") });
    } catch (e) {
      toast({ severity: "error", message: `${t("manageLinks.deleteFailed")}: ${describeError(e, t)}` });
    } finally {
      setConfirming(null);
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} onClose={() => close()} maxWidth="sm" fullWidth aria-labelledby="manage-links-title">
      <DialogTitle id="manage-links-title">
        {t("manageLinks.title")}
        <Typography variant="body2" color="text.secondary" component="span" sx={{ display: "block", overflowWrap: "anywhere" }}>
          <bdi>{props.name}</bdi>
        </Typography>
      </DialogTitle>
      <DialogContent>
        {info.isPending && <CircularProgress size={24} aria-label={t("manageLinks.loading")} />}
        {info.isError && <Alert severity="error">{describeError(info.error, t)}</Alert>}
        {info.isSuccess && links.length === 0 && <Typography color="text.secondary">{t("manageLinks.none")}</Typography>}
        {links.length > 0 && <ForceDownloadSwitch checked={download} onChange={setDownload} />}
        <Box component="ul" aria-label={t("manageLinks.title")} sx={{ listStyle: "none", p: 0, m: 0 }}>
          {links.map((l, i) => {
            const url = download ? forceDownloadLink(l.url) : l.url;
            const label = t("manageLinks.link", { n: i + 1 });
            return (
              <Box component="li" key={l.id} aria-label={label} sx={{ mt: 1.5 }}>
                <Box sx={{ display: "flex", alignItems: "center", gap: 1 }}>
                  <TextField fullWidth size="small" label={label} value={url} slotProps={{ htmlInput: { readOnly: true, dir: "ltr" } }} />
                  <Tooltip title={t("directLinks.copy")}>
                    <IconButton
                      aria-label={t("manageLinks.copy", { n: i + 1 })}
                      onClick={() => void navigator.clipboard?.writeText(url).catch(() => undefined)}
                    >
                      <CopyIcon fontSize="small" />
                    </IconButton>
                  </Tooltip>
                  <Tooltip title={t("manageLinks.delete", { n: i + 1 })}>
                    <IconButton aria-label={t("manageLinks.delete", { n: i + 1 })} onClick={() => setConfirming(l.id)} disabled={busy}>
                      <DeleteIcon fontSize="small" />
                    </IconButton>
                  </Tooltip>
                </Box>
                <Typography variant="caption" color="text.secondary">
                  {t("manageLinks.stats", { count: l.downloaded, date: formatDate(l.created_at, i18n.language) })}
                </Typography>
                {confirming === l.id && (
                  <Alert
                    severity="warning"
                    sx={{ mt: 1 }}
                    action={
                      <>
                        <Button color="inherit" size="small" onClick={() => setConfirming(null)}>
                          {t("manageLinks.keep")}
                        </Button>
                        <Button color="inherit" size="small" disabled={busy} onClick={() => void remove(l.id)}>
                          {t("manageLinks.confirmDelete")}
                        </Button>
                      </>
                    }
                  >
                    {t("manageLinks.confirm")}
                  </Alert>
                )}
              </Box>
            );
          })}
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
