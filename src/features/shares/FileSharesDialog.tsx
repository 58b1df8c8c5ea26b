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
  Stack,
  Typography,
  useMediaQuery,
  useTheme,
} from "@mui/material";
import AddLinkIcon from "@mui/icons-material/AddLinkOutlined";
import { describeError } from "../../api/errors";
import { fileKeys, fileQueries } from "../../api/queries/files";
import type { Share } from "../../api/queries/shares";
import type { DialogProps } from "../../shared/dialogs/host";
import { ConfirmDeleteDialog } from "./ConfirmDeleteDialog";
import { ShareRow } from "./ShareRow";
import { openShareDialog, type FileSharesProps } from "./shareDialog";
import { useShareActions } from "./useShareActions";

/**
 * The share links of one file or folder (the owner's file details list them), each with copy, edit
 * and delete as on My shares, and a way to make another link.
 */
export default function FileSharesDialog({ open, props, close }: DialogProps<FileSharesProps, void>) {
  const { t } = useTranslation("shares");
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down("sm"), { noSsr: true });
  const queryClient = useQueryClient();
  const info = useQuery({ ...fileQueries.info(props.uri, { extended: true }), staleTime: 0 });
  const { edit, remove, copy } = useShareActions();
  const [pendingDelete, setPendingDelete] = useState<Share | null>(null);
  const shares = info.data?.extended_info?.shares ?? [];
  // The listing's "shared" mark and the details change with the links.
  const refresh = () => Promise.all([info.refetch(), queryClient.invalidateQueries({ queryKey: fileKeys.lists() })]);
  const after = (p: Promise<unknown>) => void p.then(refresh);
  return (
    <Dialog open={open} onClose={() => close()} fullWidth maxWidth="sm" fullScreen={phone} aria-labelledby="file-shares-title">
      <DialogTitle id="file-shares-title" sx={{ overflowWrap: "anywhere" }}>
        {t("fileShares.title", { name: props.name })}
      </DialogTitle>
      <DialogContent dividers>
        {info.isPending ? (
          <Box sx={{ display: "grid", placeItems: "center", p: 2 }}>
            <CircularProgress size={24} aria-label={t("page.loading")} />
          </Box>
        ) : info.error ? (
          <Alert severity="error">{describeError(info.error, t)}</Alert>
        ) : shares.length === 0 ? (
          <Typography color="text.secondary">{t("fileShares.none")}</Typography>
        ) : (
          <Stack component="ul" spacing={1} sx={{ listStyle: "none", p: 0, m: 0 }} aria-label={t("fileShares.list")}>
            {shares.map((s) => (
              <ShareRow key={s.id} share={s} heading="h3" actions={{ copy: (x) => void copy(x), edit: (x) => after(edit(x)), remove: setPendingDelete }} />
            ))}
          </Stack>
        )}
      </DialogContent>
      <DialogActions sx={{ flexWrap: "wrap" }}>
        <Button startIcon={<AddLinkIcon aria-hidden />} onClick={() => after(openShareDialog({ uri: props.uri, name: props.name, isFolder: props.isFolder }))}>
          {t("fileShares.new")}
        </Button>
        <Button variant="contained" onClick={() => close()}>
          {t("common.done")}
        </Button>
      </DialogActions>
      <ConfirmDeleteDialog
        name={pendingDelete ? (pendingDelete.name ?? "") : null}
        onClose={(ok) => {
          const s = pendingDelete;
          setPendingDelete(null);
          if (ok && s) after(remove(s));
        }}
      />
    </Dialog>
  );
}
