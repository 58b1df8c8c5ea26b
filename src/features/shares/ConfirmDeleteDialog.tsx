import { useTranslation } from "react-i18next";
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from "@mui/material";

export function ConfirmDeleteDialog({ name, onClose }: { name: string | null; onClose: (confirmed: boolean) => void }) {
  const { t } = useTranslation("shares");
  return (
    <Dialog open={name !== null} onClose={() => onClose(false)} aria-labelledby="delete-share-title">
      <DialogTitle id="delete-share-title">{t("delete.title")}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t("delete.body", { name: name ?? "" })}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose(false)}>{t("common.cancel")}</Button>
        <Button color="error" variant="contained" onClick={() => onClose(true)}>
          {t("delete.confirm")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
