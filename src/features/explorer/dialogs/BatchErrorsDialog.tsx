import { useTranslation } from "react-i18next";
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Table, TableBody, TableCell, TableHead, TableRow } from "@mui/material";
import type { DialogProps } from "../../../shared/dialogs/host";
import type { BatchErrorsProps } from ".";

/** A partly failed batch (40081): which item failed and why, one row each. */
export default function BatchErrorsDialog({ open, props, close }: DialogProps<BatchErrorsProps, void>) {
  const { t } = useTranslation("explorer");
  return (
    <Dialog open={open} onClose={() => close()} maxWidth="sm" fullWidth aria-labelledby="batch-title">
      <DialogTitle id="batch-title">{props.title}</DialogTitle>
      <DialogContent>
        <Table size="small" aria-labelledby="batch-title">
          <TableHead>
            <TableRow>
              <TableCell>{t("batchErrors.item")}</TableCell>
              <TableCell>{t("batchErrors.reason")}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {props.items.map((it, i) => (
              <TableRow key={i}>
                <TableCell sx={{ wordBreak: "break-all" }}>
                  <bdi>{it.name}</bdi>
                </TableCell>
                <TableCell>{it.reason}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => close()} autoFocus>
          {t("common.close")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
