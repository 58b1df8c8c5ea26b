import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from "@mui/material";
import type { DialogProps } from "../../../shared/dialogs/host";

/** Closing an editor with unsaved changes. */
export default function DiscardDialog({ open, props, close }: DialogProps<{ fileName: string }, boolean>) {
  const { t } = useTranslation("viewers");
  const titleId = `${useId()}-title`;
  return (
    <Dialog open={open} onClose={() => close()} aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{t("discard.title")}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ overflowWrap: "anywhere" }}>{t("discard.body", { name: props.fileName })}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button autoFocus onClick={() => close()}>
          {t("discard.keep")}
        </Button>
        <Button color="error" variant="contained" onClick={() => close(true)}>
          {t("discard.confirm")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
