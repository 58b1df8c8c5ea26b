import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Box, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, List, ListItem, ListItemText, TextField } from "@mui/material";
import UpIcon from "@mui/icons-material/ArrowUpward";
import DownIcon from "@mui/icons-material/ArrowDownward";
import type { ListViewColumn } from "../../../api/queries/files";
import type { DialogProps } from "../../../shared/dialogs/host";
import type { ColumnsDialogProps } from "../dialogs";
import { Col } from "../listing/viewSettings";
import { AVAILABLE_COLUMNS, columnDef } from "./columns";

/** Which list columns to show and in what order (saved with the folder's view). */
export default function ColumnsDialog({ open, props, close }: DialogProps<ColumnsDialogProps, ListViewColumn[]>) {
  const { t, i18n } = useTranslation("explorer");
  const [cols, setCols] = useState<ListViewColumn[]>(props.columns.some((c) => c.type === Col.Name) ? props.columns : [{ type: Col.Name }, ...props.columns]);
  const [metaKey, setMetaKey] = useState("");
  const shown = (type: number) => cols.some((c) => c.type === type);
  const label = (c: ListViewColumn) => columnDef(c, t, i18n.language)?.label ?? String(c.type);
  const move = (i: number, d: number) => {
    const next = [...cols];
    const [c] = next.splice(i, 1);
    next.splice(Math.max(1, Math.min(next.length, i + d)), 0, c!);
    setCols(next);
  };
  const available = AVAILABLE_COLUMNS.filter((c) => c !== Col.Name && c !== Col.Metadata && !shown(c));
  return (
    <Dialog open={open} onClose={() => close()} fullWidth maxWidth="xs" aria-labelledby="cols-title">
      <DialogTitle id="cols-title">{t("columns.choose")}</DialogTitle>
      <DialogContent dividers>
        <List dense aria-label={t("columns.shown")}>
          {cols.map((c, i) => (
            <ListItem
              key={`${c.type}:${c.props?.metadata_key ?? ""}`}
              secondaryAction={
                c.type !== Col.Name && (
                  <Box>
                    <IconButton size="small" aria-label={t("columns.up", { name: label(c) })} disabled={i <= 1} onClick={() => move(i, -1)}>
                      <UpIcon fontSize="small" />
                    </IconButton>
                    <IconButton size="small" aria-label={t("columns.down", { name: label(c) })} disabled={i === cols.length - 1} onClick={() => move(i, 1)}>
                      <DownIcon fontSize="small" />
                    </IconButton>
                  </Box>
                )
              }
            >
              <Checkbox
                edge="start"
                checked
                disabled={c.type === Col.Name}
                onChange={() => setCols(cols.filter((_, j) => j !== i))}
                slotProps={{ input: { "aria-label": label(c) } }}
              />
              <ListItemText primary={label(c)} />
            </ListItem>
          ))}
          {available.map((type) => (
            <ListItem key={type}>
              <Checkbox edge="start" checked={false} onChange={() => setCols([...cols, { type }])} slotProps={{ input: { "aria-label": label({ type }) } }} />
              <ListItemText primary={label({ type })} sx={{ color: "text.secondary" }} />
            </ListItem>
          ))}
        </List>
        <Box sx={{ display: "flex", gap: 1, mt: 1 }}>
          <TextField size="small" label={t("columns.metadataKey")} value={metaKey} onChange={(e) => setMetaKey(e.target.value)} sx={{ flex: 1 }} />
          <Button
            disabled={!metaKey.trim()}
            onClick={() => {
              setCols([...cols, { type: Col.Metadata, props: { metadata_key: metaKey.trim() } }]);
              setMetaKey("");
            }}
          >
            {t("columns.addMetadata")}
          </Button>
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => close()}>{t("common.cancel")}</Button>
        <Button variant="contained" onClick={() => close(cols)}>
          {t("common.apply")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
