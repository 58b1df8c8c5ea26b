import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, FormControl, FormControlLabel, FormLabel, Radio, RadioGroup, Stack, TextField } from "@mui/material";
import TorrentIcon from "@mui/icons-material/InsertDriveFileOutlined";
import { describeError } from "../../api/errors";
import { createRemoteDownloads, type Task } from "../../api/queries/workflow";
import { tryParseUri } from "../../lib/uri";
import type { DialogProps } from "../explorer/dialogs/host";
import { DestinationField } from "./DestinationField";
import { taskDialogs, type RemoteDownloadProps } from "./dialogs";
import { parseLinks } from "./download";
import { defaultDestination } from "./gates";
import { folderLabel } from "./model";
import { useTaskCreated } from "./useTaskCreated";

type Source = "links" | "torrent";

/** Starts downloads on the server from links or a .torrent file in the drive (contract §10.6). */
export default function RemoteDownloadDialog({ open, props, close }: DialogProps<RemoteDownloadProps, Task[]>) {
  const { t } = useTranslation("tasks");
  const created = useTaskCreated();
  const ids = useId();
  const [source, setSource] = useState<Source>(props.torrent ? "torrent" : "links");
  const [text, setText] = useState("");
  const [torrent, setTorrent] = useState(props.torrent ?? "");
  const [folder, setFolder] = useState(() => defaultDestination(props.folder));
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const links = parseLinks(text);
  const problem = source === "links" ? (links.length === 0 ? t("remote.links.required") : "") : torrent ? "" : t("remote.torrent.required");
  const shownProblem = touched ? problem : "";

  const chooseTorrent = async () => {
    const start = tryParseUri(torrent)?.parent().toString() ?? folder;
    const picked = await taskDialogs.pickTorrent({ start: defaultDestination(start) });
    if (picked) setTorrent(picked);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (problem || busy) return;
    setBusy(true);
    setError("");
    try {
      const tasks = await createRemoteDownloads(source === "links" ? { src: links, dst: folder } : { src_file: torrent, dst: folder });
      created(t("remote.created", { count: tasks.length }), "/downloads");
      close(tasks);
    } catch (err) {
      setError(describeError(err, t));
      setBusy(false);
    }
  };

  const titleId = `${ids}-title`;
  return (
    <Dialog open={open} onClose={() => !busy && close()} fullWidth maxWidth="sm" aria-labelledby={titleId}>
      <Box component="form" noValidate onSubmit={(e: FormEvent) => void submit(e)}>
        <DialogTitle id={titleId}>{t("remote.title")}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            {error && <Alert severity="error">{error}</Alert>}
            <FormControl>
              <FormLabel id={`${ids}-source`}>{t("remote.source")}</FormLabel>
              <RadioGroup row aria-labelledby={`${ids}-source`} value={source} onChange={(e) => setSource(e.target.value as Source)}>
                <FormControlLabel value="links" control={<Radio />} label={t("remote.fromLinks")} />
                <FormControlLabel value="torrent" control={<Radio />} label={t("remote.fromTorrent")} />
              </RadioGroup>
            </FormControl>
            {source === "links" ? (
              <TextField
                label={t("remote.links.label")}
                value={text}
                multiline
                minRows={4}
                maxRows={12}
                required
                autoFocus
                onChange={(e) => setText(e.target.value)}
                error={Boolean(shownProblem)}
                helperText={shownProblem || t("remote.links.help")}
                slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: "off", autoCorrect: "off" } }}
              />
            ) : (
              <Box sx={{ display: "flex", gap: 1, alignItems: "flex-start", flexWrap: { xs: "wrap", sm: "nowrap" } }}>
                <TextField
                  label={t("remote.torrent.label")}
                  value={torrent ? folderLabel(torrent, t("folders.my")) : ""}
                  placeholder={t("remote.torrent.none")}
                  required
                  fullWidth
                  error={Boolean(shownProblem)}
                  helperText={shownProblem || t("remote.torrent.help")}
                  slotProps={{ htmlInput: { readOnly: true } }}
                />
                <Button variant="outlined" startIcon={<TorrentIcon aria-hidden />} onClick={() => void chooseTorrent()} disabled={busy} sx={{ flexShrink: 0, mt: { sm: 1 } }}>
                  {t("remote.torrent.choose")}
                </Button>
              </Box>
            )}
            <DestinationField label={t("remote.folder")} help={t("remote.folderHelp")} pickTitle={t("remote.pickTitle")} value={folder} onChange={setFolder} disabled={busy} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => close()} disabled={busy}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" variant="contained" loading={busy}>
            {t("remote.submit")}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
