import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Box, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, FormControlLabel } from "@mui/material";
import type { DialogProps } from "../../../shared/dialogs/host";
import type { DeleteChoice, DeleteDialogProps } from ".";

/** Confirms a permanent delete, with the advanced options the group allows (skip trash, unlink). */
export default function DeleteDialog({ open, props, close }: DialogProps<DeleteDialogProps, DeleteChoice>) {
  const { t } = useTranslation("explorer");
  const [skip, setSkip] = useState(true);
  const [unlink, setUnlink] = useState(false);
  const permanent = props.permanent || skip;
  const what = props.count === 1 ? t("ops.oneName", { name: props.names[0] }) : t("ops.items", { count: props.count });
  return (
    <Dialog open={open} onClose={() => close()} maxWidth="xs" fullWidth aria-labelledby="delete-title" aria-describedby="delete-body">
      <DialogTitle id="delete-title">{permanent ? t("deleteDialog.titlePermanent") : t("deleteDialog.title")}</DialogTitle>
      <DialogContent>
        <DialogContentText id="delete-body">
          {permanent ? t("deleteDialog.bodyPermanent", { what }) : t("deleteDialog.body", { what, days: Math.round((props.retention ?? 0) / 86400) })}
        </DialogContentText>
        {props.count > 1 && (
          <Box component="ul" sx={{ pl: 3, my: 1, color: "text.secondary", typography: "body2" }}>
            {props.names.map((n) => (
              <li key={n}>
                <bdi>{n}</bdi>
              </li>
            ))}
            {props.count > props.names.length && <li>{t("deleteDialog.more", { count: props.count - props.names.length })}</li>}
          </Box>
        )}
        {!props.permanent && props.canSkipTrash && (
          <FormControlLabel control={<Checkbox checked={skip} onChange={(e) => setSkip(e.target.checked)} />} label={t("deleteDialog.skipTrash")} />
        )}
        {permanent && props.canUnlink && (
          <FormControlLabel control={<Checkbox checked={unlink} onChange={(e) => setUnlink(e.target.checked)} />} label={t("deleteDialog.unlink")} />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={() => close()} autoFocus>
          {t("common.cancel")}
        </Button>
        <Button color="error" variant="contained" onClick={() => close({ skipSoftDelete: permanent, unlink: permanent && unlink })}>
          {permanent ? t("deleteDialog.confirmPermanent") : t("deleteDialog.confirm")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
