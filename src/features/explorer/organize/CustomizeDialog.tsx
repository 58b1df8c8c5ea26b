// An item's emoji icon (`customize:emoji`, one of the site's emoji presets) and, for a folder, its
// icon colour (`customize:icon_color`), as the official frontend stores them (docs/server-behaviour.md, "File objects and metadata").
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Box, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from "@mui/material";
import { describeError } from "../../../api/errors";
import { siteQueries } from "../../../api/queries/site";
import { useToast } from "../../../shared/toast";
import type { DialogProps } from "../../../shared/dialogs/host";
import { ColorChoice } from "./ColorChoice";
import { patchFiles, type MetaPatch } from "./metadata";
import type { CustomizeDialogProps } from "./dialogs";

const EMOJI = "customize:emoji";
const COLOR = "customize:icon_color";

/** The site's presets: JSON text of `{ "<group emoji>": ["😀", …] }`; anything else is no presets. */
function presetsOf(json: string | undefined): [string, string[]][] {
  try {
    const parsed = JSON.parse(json ?? "{}") as Record<string, unknown>;
    return Object.entries(parsed).filter((e): e is [string, string[]] => Array.isArray(e[1]) && e[1].every((x) => typeof x === "string"));
  } catch {
    return [];
  }
}

const pickSx = (on: boolean) => ({
  minWidth: 40,
  width: 40,
  height: 40,
  fontSize: 22,
  p: 0,
  borderRadius: 2,
  border: 2,
  borderColor: on ? "primary.main" : "transparent",
});

export default function CustomizeDialog({ open, props, close }: DialogProps<CustomizeDialogProps, boolean>) {
  const { t } = useTranslation(["organize", "explorer"]);
  const qc = useQueryClient();
  const toast = useToast();
  const { file } = props;
  const isFolder = file.type === 1;
  const site = useQuery(siteQueries.config("emojis"));
  const groups = useMemo(() => presetsOf((site.data as { emoji_preset?: string } | undefined)?.emoji_preset), [site.data]);
  const [emoji, setEmoji] = useState(file.metadata?.[EMOJI] ?? "");
  const [color, setColor] = useState(file.metadata?.[COLOR] ?? "");
  const [group, setGroup] = useState(0);
  const [busy, setBusy] = useState(false);
  const shownGroup = groups[Math.min(group, groups.length - 1)];

  const save = async () => {
    const patches: MetaPatch[] = [];
    const was = file.metadata ?? {};
    if (emoji !== (was[EMOJI] ?? "")) patches.push(emoji ? { key: EMOJI, value: emoji } : { key: EMOJI, remove: true });
    if (isFolder && color !== (was[COLOR] ?? "")) patches.push(color ? { key: COLOR, value: color } : { key: COLOR, remove: true });
    if (patches.length === 0) return close(false);
    setBusy(true);
    try {
      await patchFiles(qc, [file], () => patches);
      toast({ severity: "success", message: t("organize:customize.saved") });
      close(true);
    } catch (e) {
      toast({ severity: "error", message: `${t("organize:customize.failed")}: ${describeError(e, t)}` });
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} onClose={() => close()} fullWidth maxWidth="sm" aria-labelledby="customize-title">
      <DialogTitle id="customize-title" sx={{ overflowWrap: "anywhere" }}>
        {t("organize:customize.title", { name: file.name })}
      </DialogTitle>
      <DialogContent dividers>
        <Typography variant="subtitle2" component="h3" id="customize-emoji">
          {t("organize:customize.emoji")}
        </Typography>
        {site.isPending && <CircularProgress size={20} aria-label={t("explorer:status.loading")} />}
        {site.error && <Typography color="error">{describeError(site.error, t)}</Typography>}
        <Box role="group" aria-labelledby="customize-emoji" sx={{ mt: 1 }}>
          <Button variant={emoji ? "outlined" : "contained"} size="small" aria-pressed={!emoji} onClick={() => setEmoji("")}>
            {t("organize:customize.noEmoji")}
          </Button>
          {groups.length > 1 && (
            <Box sx={{ display: "flex", flexWrap: "wrap", gap: 0.5, mt: 1, borderBottom: 1, borderColor: "divider", pb: 1 }}>
              {groups.map(([g], i) => (
                <Button
                  key={g}
                  aria-label={t("organize:customize.emojiGroup", { group: g })}
                  aria-pressed={i === group}
                  onClick={() => setGroup(i)}
                  sx={pickSx(i === group)}
                >
                  {g}
                </Button>
              ))}
            </Box>
          )}
          {shownGroup && (
            <Box sx={{ display: "flex", flexWrap: "wrap", gap: 0.5, mt: 1, maxHeight: 220, overflowY: "auto" }}>
              {shownGroup[1].map((e) => (
                <Button key={e} aria-pressed={emoji === e} onClick={() => setEmoji(e)} sx={pickSx(emoji === e)}>
                  {e}
                </Button>
              ))}
            </Box>
          )}
        </Box>
        {isFolder && (
          <Box sx={{ mt: 3 }}>
            <ColorChoice label={t("organize:customize.color")} value={color} onChange={setColor} noneLabel={t("organize:colors.none")} />
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={() => close()}>{t("organize:customize.cancel")}</Button>
        <Button variant="contained" disabled={busy} onClick={() => void save()}>
          {t("organize:customize.save")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
