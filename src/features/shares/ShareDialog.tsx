import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQueryClient } from "@tanstack/react-query";
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from "@mui/material";
import { describeError } from "../../api/errors";
import { createShare, editShare, shareKeys } from "../../api/queries/shares";
import { fileKeys } from "../../api/queries/files";
import { useServerFeatures } from "../../api/queries/serverFeatures";
import type { DialogProps } from "../../shared/dialogs/host";
import type { ShareDialogProps } from "./shareDialog";
import { CopyLink } from "./CopyLink";
import { QrCode } from "../../shared/ui/QrCode";
import { initialShareForm, shareFormProblems, shareRequest, type ShareForm } from "./shareForm";
import { ShareFormFields } from "./ShareFormFields";

/** Create or edit a share link (docs/server-behaviour.md, "Share links"); the result step shows the link and its QR code. */
export default function ShareDialog({ open, props, close }: DialogProps<ShareDialogProps, string>) {
  const { t } = useTranslation("shares");
  const queryClient = useQueryClient();
  const existing = props.share;
  const editing = Boolean(existing);
  // "Now" as of opening the dialog: what the form checks the chosen date against.
  const [openedAt] = useState(() => Date.now());
  const [form, setForm] = useState<ShareForm>(() => initialShareForm(existing, openedAt));
  const set = (patch: Partial<ShareForm>) => setForm((f) => ({ ...f, ...patch }));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const [link, setLink] = useState<string | null>(null);
  const readmeOption = useServerFeatures().shareReadme;
  const problems = shareFormProblems(form, editing, openedAt);
  const invalid = Object.keys(problems).length > 0;

  const submit = async () => {
    if (invalid) return;
    setBusy(true);
    setError("");
    const body = shareRequest(form, props, editing, Date.now(), readmeOption);
    try {
      const url = existing ? await editShare(existing.id, body) : await createShare(body);
      setLink(url);
      void queryClient.invalidateQueries({ queryKey: shareKeys.all });
      void queryClient.invalidateQueries({ queryKey: fileKeys.all });
    } catch (e) {
      setError(describeError(e, t));
    } finally {
      setBusy(false);
    }
  };

  const title = existing ? t("dialog.editTitle", { name: props.name }) : t("dialog.createTitle", { name: props.name });
  return (
    <Dialog open={open} onClose={() => close(link ?? undefined)} maxWidth="sm" fullWidth aria-labelledby="share-title">
      <DialogTitle id="share-title" sx={{ overflowWrap: "anywhere" }}>
        {title}
      </DialogTitle>
      {link ? (
        <DialogContent>
          <Typography sx={{ mb: 2 }}>{existing ? t("dialog.saved") : t("dialog.created")}</Typography>
          <CopyLink link={link} label={t("link.label")} />
          <Box sx={{ display: "flex", justifyContent: "center", mt: 1 }}>
            <QrCode text={link} label={t("link.qr")} />
          </Box>
        </DialogContent>
      ) : (
        <DialogContent>
          <ShareFormFields form={form} set={set} problems={problems} editing={editing} isFolder={props.isFolder} readmeOption={readmeOption} error={error} />
        </DialogContent>
      )}
      <DialogActions>
        {link ? (
          <Button variant="contained" onClick={() => close(link)}>
            {t("common.done")}
          </Button>
        ) : (
          <>
            <Button onClick={() => close()}>{t("common.cancel")}</Button>
            <Button variant="contained" onClick={() => void submit()} disabled={busy || invalid}>
              {existing ? t("dialog.save") : t("dialog.create")}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
