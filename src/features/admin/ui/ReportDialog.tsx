import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, List, ListItem, ListItemText } from "@mui/material";
import type { DialogProps } from "../../../shared/dialogs/host";
import type { ReportProps } from "./dialogs";

/** What a batch action could not do: one entry per item, with the reason the server gave. */
export default function ReportDialog({ open, props, close }: DialogProps<ReportProps, void>) {
  const { t } = useTranslation("admin");
  const id = useId();
  return (
    <Dialog open={open} onClose={() => close()} aria-labelledby={`${id}-t`} maxWidth="sm" fullWidth>
      <DialogTitle id={`${id}-t`}>{props.title}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t("batch.summary", { done: props.done, failed: props.failures.length })}</DialogContentText>
        <List dense aria-label={t("batch.failures")}>
          {props.failures.map((f, i) => (
            <ListItem key={i} disableGutters>
              <ListItemText primary={f.name} secondary={f.reason} slotProps={{ primary: { sx: { overflowWrap: "anywhere" } } }} />
            </ListItem>
          ))}
        </List>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={() => close()} autoFocus>
          {t("common.close")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
