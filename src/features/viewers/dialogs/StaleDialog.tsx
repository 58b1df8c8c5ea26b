import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from "@mui/material";
import type { DialogProps } from "../../../shared/dialogs/host";
import type { StaleChoice } from "../dialogs";

/** The file changed on the server since it was opened (40076): nothing is overwritten unasked. */
export default function StaleDialog({ open, props, close }: DialogProps<{ fileName: string }, StaleChoice>) {
  const { t } = useTranslation("viewers");
  const titleId = `${useId()}-title`;
  return (
    <Dialog open={open} onClose={() => close()} aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{t("stale.title")}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ overflowWrap: "anywhere" }}>{t("stale.body", { name: props.fileName })}</DialogContentText>
      </DialogContent>
      <DialogActions sx={{ flexWrap: "wrap", gap: 1 }}>
        <Button onClick={() => close()}>{t("common.cancel")}</Button>
        <Button onClick={() => close("reload")}>{t("stale.reload")}</Button>
        <Button onClick={() => close("saveAs")}>{t("stale.saveAs")}</Button>
        <Button color="warning" variant="contained" onClick={() => close("overwrite")}>
          {t("stale.overwrite")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
