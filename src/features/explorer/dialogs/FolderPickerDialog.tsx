import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  Box,
  Breadcrumbs,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Link,
  List,
  ListItem,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  Typography,
} from "@mui/material";
import FolderIcon from "@mui/icons-material/FolderOutlined";
import { describeError } from "../../../api/errors";
import { parseUri, type CrUri } from "../../../lib/uri";
import { useSubfolders } from "../listing/useSubfolders";
import type { DialogProps } from "../../../shared/dialogs/host";
import type { FolderPickerProps } from ".";

/** Chooses a destination folder in My files, browsing folder by folder. */
export default function FolderPickerDialog({ open, props, close }: DialogProps<FolderPickerProps, string>) {
  const { t } = useTranslation("explorer");
  const [at, setAt] = useState<CrUri>(props.start);
  const q = useSubfolders(at.toString(), props.maxPageSize);
  const folders = q.folders;
  const excluded = (u: CrUri) => props.exclude.some((x) => u.toString() === x || u.isDescendantOf(parseUri(x)));
  const crumbs = [at.root(), ...at.segments.map((_, i) => at.root().join(...at.segments.slice(0, i + 1)))];
  return (
    <Dialog open={open} onClose={() => close()} fullWidth maxWidth="sm" aria-labelledby="picker-title">
      <DialogTitle id="picker-title">{props.title}</DialogTitle>
      <DialogContent dividers sx={{ p: 0 }}>
        <Breadcrumbs aria-label={t("breadcrumb.label")} sx={{ px: 2, py: 1 }} maxItems={4}>
          {crumbs.map((c, i) =>
            i === crumbs.length - 1 ? (
              <Typography key={c.toString()} color="text.primary" aria-current="location">
                <bdi>{c.name || t("roots.my")}</bdi>
              </Typography>
            ) : (
              <Link key={c.toString()} component="button" type="button" underline="hover" onClick={() => setAt(c)}>
                <bdi>{c.name || t("roots.my")}</bdi>
              </Link>
            ),
          )}
        </Breadcrumbs>
        {/* Only the folders form the list: its status messages stand beside it, not inside. */}
        <Box sx={{ height: 320, overflow: "auto" }}>
          {q.isPending && (
            <Box sx={{ display: "grid", placeItems: "center", p: 3 }}>
              <CircularProgress size={24} aria-label={t("status.loading")} />
            </Box>
          )}
          {q.error && (
            <Typography sx={{ p: 2 }} color="error">
              {describeError(q.error, t)}
            </Typography>
          )}
          {!q.isPending && !q.error && folders.length === 0 && (
            <Typography sx={{ p: 2 }} color="text.secondary">
              {t("picker.noFolders")}
            </Typography>
          )}
          {folders.length > 0 && (
            <List dense aria-label={t("picker.folders")}>
              {folders.map((f) => {
                const u = parseUri(f.path!);
                const blocked = excluded(u);
                return (
                  <ListItem key={f.path} disablePadding>
                    <ListItemButton disabled={blocked} onClick={() => setAt(u)}>
                      <ListItemIcon aria-hidden>
                        <FolderIcon />
                      </ListItemIcon>
                      <ListItemText primary={<bdi>{f.name}</bdi>} secondary={blocked ? t("picker.cannotIntoItself") : undefined} />
                    </ListItemButton>
                  </ListItem>
                );
              })}
            </List>
          )}
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => close()}>{t("common.cancel")}</Button>
        <Button variant="contained" disabled={excluded(at)} onClick={() => close(at.toString())}>
          {props.confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
