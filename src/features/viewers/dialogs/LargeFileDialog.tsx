import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from "@mui/material";
import type { DialogProps } from "../../../shared/dialogs/host";
import { formatBytes } from "../../../lib/format";
import type { LargeFileProps } from "../dialogs";
import { viewerName } from "../names";

/** The admin's size limit of a viewer is advice: the user hears it and may go on. */
export default function LargeFileDialog({ open, props, close }: DialogProps<LargeFileProps, boolean>) {
  const { t, i18n } = useTranslation("viewers");
  const titleId = `${useId()}-title`;
  return (
    <Dialog open={open} onClose={() => close()} aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{t("large.title")}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ overflowWrap: "anywhere" }}>
          {t("large.body", {
            name: props.fileName,
            size: formatBytes(props.size, i18n.language),
            max: formatBytes(props.maxSize, i18n.language),
            app: viewerName({ displayName: props.viewerName }, t),
          })}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => close()}>{t("common.cancel")}</Button>
        <Button variant="contained" onClick={() => close(true)}>
          {t("large.openAnyway")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
