import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, MenuItem, Stack, TextField } from "@mui/material";
import { describeError } from "../../api/errors";
import { createExtractTask, type Task } from "../../api/queries/workflow";
import type { DialogProps } from "../explorer/dialogs/host";
import { DestinationField } from "./DestinationField";
import type { ExtractDialogProps } from "./dialogs";
import { ZIP_ENCODINGS } from "./encodings";
import { defaultDestination, isZipName } from "./gates";
import { uriName } from "./model";
import { useTaskCreated } from "./useTaskCreated";

// No password field and no "selected entries only": this server reads neither (contract §10.5).

/** Chooses where an archive's contents go, and for old zips the names' charset (contract §10.5). */
export default function ExtractArchiveDialog({ open, props, close }: DialogProps<ExtractDialogProps, Task>) {
  const { t } = useTranslation("tasks");
  const created = useTaskCreated();
  const ids = useId();
  const name = uriName(props.uri);
  const zip = isZipName(name);
  const [folder, setFolder] = useState(() => defaultDestination(props.folder));
  const [encoding, setEncoding] = useState(() => ((ZIP_ENCODINGS as readonly string[]).includes(props.encoding ?? "") ? props.encoding! : ""));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError("");
    try {
      const task = await createExtractTask({ src: [props.uri], dst: folder, ...(zip && encoding ? { encoding } : {}) });
      created(t("extract.created", { name }));
      close(task);
    } catch (err) {
      setError(describeError(err, t));
      setBusy(false);
    }
  };

  const titleId = `${ids}-title`;
  return (
    <Dialog open={open} onClose={() => !busy && close()} fullWidth maxWidth="sm" aria-labelledby={titleId}>
      <Box component="form" noValidate onSubmit={(e: FormEvent) => void submit(e)}>
        <DialogTitle id={titleId}>{t("extract.title")}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText sx={{ overflowWrap: "anywhere" }}>{t("extract.intro", { name })}</DialogContentText>
            {error && <Alert severity="error">{error}</Alert>}
            <DestinationField label={t("extract.folder")} help={t("extract.folderHelp")} pickTitle={t("extract.pickTitle")} value={folder} onChange={setFolder} disabled={busy} />
            {zip && (
              <TextField select label={t("extract.encoding.label")} value={encoding} onChange={(e) => setEncoding(e.target.value)} helperText={t("extract.encoding.help")}>
                <MenuItem value="">{t("extract.encoding.auto")}</MenuItem>
                {ZIP_ENCODINGS.map((value) => (
                  <MenuItem key={value} value={value}>
                    {t(`encodings.${value}`)}
                  </MenuItem>
                ))}
              </TextField>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => close()} disabled={busy}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" variant="contained" loading={busy}>
            {t("extract.submit")}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
