// Tags of one or several files: the tags they carry (with how many carry each), new ones with a
// colour, recent tags one click away. Saving sends only what changes on each file.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQueryClient } from "@tanstack/react-query";
import { Box, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from "@mui/material";
import CloseIcon from "@mui/icons-material/Close";
import { describeError } from "../../../api/errors";
import { useToast } from "../../../shared/toast";
import type { DialogProps } from "../../../shared/dialogs/host";
import { ColorChoice } from "./ColorChoice";
import { patchFiles } from "./metadata";
import { isHexColor } from "./palette";
import { recentTagColors, recentTags, rememberTags } from "./recentTags";
import { addTag, cleanTagName, tagPatches, tagRows, type TagRow } from "./tagEdits";
import type { TagsDialogProps } from "./dialogs";

const swatch = (color: string) => (isHexColor(color) ? { borderLeft: `6px solid ${color}` } : undefined);

export default function TagsDialog({ open, props, close }: DialogProps<TagsDialogProps, boolean>) {
  const { t } = useTranslation(["organize", "explorer"]);
  const qc = useQueryClient();
  const toast = useToast();
  const { files } = props;
  const [rows, setRows] = useState<TagRow[]>(() => tagRows(files));
  const [name, setName] = useState("");
  const [color, setColor] = useState("");
  const [busy, setBusy] = useState(false);
  const [[recent, recentColors]] = useState(() => [recentTags(), recentTagColors()] as const);
  const shown = rows.filter((r) => r.edit !== "remove");
  const offered = recent.filter(
    (r) => !shown.some((s) => s.name === r.name && s.edit === "all") && !shown.some((s) => s.name === r.name && s.count === files.length),
  );

  const add = (tagName: string, tagColor: string) => {
    const clean = cleanTagName(tagName);
    if (!clean) return;
    setRows((prev) => addTag(prev, clean, tagColor));
  };
  const save = async () => {
    setBusy(true);
    try {
      await patchFiles(qc, files, (f) => tagPatches(rows, f));
      rememberTags(rows.filter((r) => r.edit === "all").map((r) => ({ name: r.name, color: r.color })));
      toast({ severity: "success", message: t("organize:tags.saved") });
      close(true);
    } catch (e) {
      toast({ severity: "error", message: `${t("organize:tags.failed")}: ${describeError(e, t)}` });
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} onClose={() => close()} fullWidth maxWidth="sm" aria-labelledby="tags-title">
      <DialogTitle id="tags-title">
        {t("organize:tags.title")}
        <Typography variant="body2" color="text.secondary" component="span" sx={{ display: "block", overflowWrap: "anywhere" }}>
          {files.length === 1 ? <bdi>{files[0]!.name}</bdi> : t("organize:tags.selected", { count: files.length })}
        </Typography>
      </DialogTitle>
      <DialogContent dividers>
        <Box
          component="ul"
          aria-label={t("organize:tags.title")}
          sx={{ display: "flex", flexWrap: "wrap", gap: 0.75, listStyle: "none", p: 0, m: 0, minHeight: 32 }}
        >
          {shown.length === 0 && (
            <Typography component="li" variant="body2" color="text.secondary">
              {t("organize:tags.none")}
            </Typography>
          )}
          {shown.map((r) => {
            const partial = r.edit === "keep" && r.count < files.length;
            return (
              <li key={r.name}>
                <Chip
                  label={
                    <>
                      <bdi>{r.name}</bdi>
                      {partial && ` (${t("organize:tags.partial", { n: r.count, total: files.length })})`}
                    </>
                  }
                  variant={partial ? "outlined" : "filled"}
                  sx={swatch(r.color)}
                  onDelete={() => setRows((prev) => prev.map((x) => (x.name === r.name ? { ...x, edit: "remove" } : x)))}
                  deleteIcon={<CloseIcon aria-label={t("organize:tags.remove", { name: r.name })} />}
                />
              </li>
            );
          })}
        </Box>
        <Box
          component="form"
          sx={{ mt: 3, display: "grid", gap: 1.5 }}
          onSubmit={(e) => {
            e.preventDefault();
            add(name, color);
            setName("");
          }}
        >
          <Box sx={{ display: "flex", gap: 1 }}>
            <TextField
              size="small"
              label={t("organize:tags.add")}
              value={name}
              onChange={(e) => setName(e.target.value)}
              sx={{ flex: 1 }}
              slotProps={{ htmlInput: { maxLength: 64 } }}
            />
            <Button type="submit" variant="outlined" disabled={!cleanTagName(name)}>
              {t("organize:tags.addButton")}
            </Button>
          </Box>
          <ColorChoice label={t("organize:tags.color")} value={color} onChange={setColor} noneLabel={t("organize:colors.none")} extra={recentColors} />
        </Box>
        {offered.length > 0 && (
          <Box sx={{ mt: 3 }}>
            <Typography variant="subtitle2" component="h3" id="recent-tags">
              {t("organize:tags.recent")}
            </Typography>
            <Box component="ul" aria-labelledby="recent-tags" sx={{ display: "flex", flexWrap: "wrap", gap: 0.75, listStyle: "none", p: 0, m: 0, mt: 1 }}>
              {offered.map((r) => (
                <li key={r.name}>
                  <Chip label={<bdi>{r.name}</bdi>} variant="outlined" sx={swatch(r.color)} onClick={() => add(r.name, r.color)} />
                </li>
              ))}
            </Box>
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={() => close()}>{t("organize:tags.cancel")}</Button>
        <Button variant="contained" disabled={busy} onClick={() => void save()}>
          {t("organize:tags.save")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
