import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from "@mui/material";
import type { DialogProps } from "../../shared/dialogs/host";

/** Asks before an account goes: every client still using its password loses access. */
export default function DeleteAccountDialog({ open, props, close }: DialogProps<{ name: string }, boolean>) {
  const { t } = useTranslation("connect");
  const titleId = `${useId()}-title`;
  return (
    <Dialog open={open} onClose={() => close()} aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{t("delete.title")}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ overflowWrap: "anywhere" }}>{t("delete.body", { name: props.name })}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => close()}>{t("common.cancel")}</Button>
        <Button color="error" variant="contained" onClick={() => close(true)}>
          {t("delete.confirm")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
