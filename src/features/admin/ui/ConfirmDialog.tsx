import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from "@mui/material";
import type { DialogProps } from "../../../shared/dialogs/host";
import type { ConfirmProps } from "./dialogs";

export default function ConfirmDialog({ open, props, close }: DialogProps<ConfirmProps, "confirm" | "alternative">) {
  const { t } = useTranslation("admin");
  const id = useId();
  return (
    <Dialog open={open} onClose={() => close()} aria-labelledby={`${id}-t`} aria-describedby={`${id}-d`} maxWidth="xs" fullWidth>
      <DialogTitle id={`${id}-t`} sx={{ overflowWrap: "anywhere" }}>
        {props.title}
      </DialogTitle>
      <DialogContent>
        <DialogContentText id={`${id}-d`} sx={{ overflowWrap: "anywhere" }}>
          {props.body}
        </DialogContentText>
      </DialogContent>
      <DialogActions sx={{ flexWrap: "wrap", gap: 1 }}>
        <Button onClick={() => close()} autoFocus>
          {t("common.cancel")}
        </Button>
        {props.alternative && <Button onClick={() => close("alternative")}>{props.alternative}</Button>}
        <Button variant="contained" color={props.danger ? "error" : "primary"} onClick={() => close("confirm")}>
          {props.confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
