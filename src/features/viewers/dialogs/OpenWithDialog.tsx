import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
  List,
  ListItem,
  ListItemButton,
  ListItemIcon,
  ListItemText,
} from "@mui/material";
import AppIcon from "@mui/icons-material/WebAssetOutlined";
import ExternalIcon from "@mui/icons-material/OpenInNewOutlined";
import type { DialogProps } from "../../../shared/dialogs/host";
import type { OpenWithProps, OpenWithResult } from "../dialogs";
import { viewerName } from "../names";

/**
 * "Open with": the viewers the admin offers for this kind of file, the ones this app shows itself
 * first, and "always use this" for the extension. A list of choices, each a button, so it reads and
 * works the same by mouse, keyboard and screen reader.
 */
export default function OpenWithDialog({ open, props, close }: DialogProps<OpenWithProps, OpenWithResult>) {
  const { t } = useTranslation("viewers");
  const titleId = `${useId()}-title`;
  const [always, setAlways] = useState(false);
  const [picked, setPicked] = useState(props.options[0]?.id);
  return (
    <Dialog open={open} onClose={() => close()} aria-labelledby={titleId} fullWidth maxWidth="xs">
      <DialogTitle id={titleId} sx={{ overflowWrap: "anywhere" }}>
        {t("openWith.title", { name: props.fileName })}
      </DialogTitle>
      <DialogContent sx={{ px: 1 }}>
        {props.options.length === 0 ? (
          <DialogContentText sx={{ px: 2 }}>{t("openWith.none")}</DialogContentText>
        ) : (
          <List aria-label={t("openWith.listLabel")}>
            {props.options.map((o, i) => (
              <ListItem key={o.id} disablePadding>
                <ListItemButton
                  autoFocus={i === 0}
                  selected={picked === o.id}
                  aria-pressed={picked === o.id}
                  onClick={() => setPicked(o.id)}
                  onDoubleClick={() => close({ viewerId: o.id, always })}
                >
                  <ListItemIcon>{o.builtIn ? <AppIcon aria-hidden /> : <ExternalIcon aria-hidden />}</ListItemIcon>
                  <ListItemText primary={viewerName(o, t)} secondary={o.builtIn ? t("openWith.inApp") : t("openWith.notInApp")} />
                </ListItemButton>
              </ListItem>
            ))}
          </List>
        )}
        {props.ext && props.options.length > 0 && (
          <FormControlLabel
            sx={{ px: 2 }}
            control={<Checkbox checked={always} onChange={(e) => setAlways(e.target.checked)} />}
            label={t("openWith.always", { ext: props.ext })}
          />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={() => close()}>{t("common.cancel")}</Button>
        <Button variant="contained" disabled={!picked} onClick={() => picked && close({ viewerId: picked, always })}>
          {t("openWith.open")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
