import { useTranslation } from "react-i18next";
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, List, ListItem, ListItemText } from "@mui/material";
import { tryParseUri } from "../../../lib/uri";
import type { DialogProps } from "../../../shared/dialogs/host";
import type { LockConflictProps } from ".";

const APPS = [
  "create",
  "rename",
  "setPermission",
  "moveCopy",
  "upload",
  "updateMetadata",
  "delete",
  "softDelete",
  "dav",
  "versionControl",
  "viewer",
  "mount",
  "relocate",
];

/** 40073: something holds a lock. Says what, and offers to force the locks open and retry. */
export default function LockConflictDialog({ open, props, close }: DialogProps<LockConflictProps, boolean>) {
  const { t } = useTranslation("explorer");
  const canForce = props.conflicts.some((c) => c.token);
  return (
    <Dialog open={open} onClose={() => close(false)} maxWidth="sm" fullWidth aria-labelledby="lock-title" aria-describedby="lock-body">
      <DialogTitle id="lock-title">{t("lock.title")}</DialogTitle>
      <DialogContent>
        <DialogContentText id="lock-body">{canForce ? t("lock.body") : t("lock.bodyNoToken")}</DialogContentText>
        <List dense>
          {props.conflicts.map((c, i) => {
            const uri = tryParseUri(c.path);
            return (
              <ListItem key={i} disableGutters>
                <ListItemText
                  primary={<bdi>{uri ? "/" + uri.segments.join("/") : c.path || t("lock.unknownPath")}</bdi>}
                  secondary={t("lock.heldBy", {
                    app: APPS.includes(c.application) ? t(`lock.apps.${c.application}`) : c.application || t("lock.apps.unknown"),
                  })}
                />
              </ListItem>
            );
          })}
        </List>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => close(false)} autoFocus>
          {t("common.cancel")}
        </Button>
        {canForce && (
          <Button color="warning" variant="contained" onClick={() => close(true)}>
            {t("lock.force")}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
