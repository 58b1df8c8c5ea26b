import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from "@mui/material";
import type { DialogProps } from "../../shared/dialogs/host";

/** Asks before a download is stopped: what it fetched so far is not kept. */
export default function CancelDownloadDialog({ open, props, close }: DialogProps<{ name: string }, boolean>) {
  const { t } = useTranslation("tasks");
  const titleId = `${useId()}-title`;
  return (
    <Dialog open={open} onClose={() => close()} aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{t("cancel.title")}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ overflowWrap: "anywhere" }}>{t("cancel.body", { name: props.name })}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => close()}>{t("cancel.keep")}</Button>
        <Button color="error" variant="contained" onClick={() => close(true)}>
          {t("cancel.confirm")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
