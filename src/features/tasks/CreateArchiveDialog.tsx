import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, TextField } from "@mui/material";
import { describeError } from "../../api/errors";
import { createArchiveTask, type Task } from "../../api/queries/workflow";
import { parseUri } from "../../lib/uri";
import type { DialogProps } from "../explorer/dialogs/host";
import { DestinationField } from "./DestinationField";
import type { ArchiveDialogProps } from "./dialogs";
import { archiveNameProblem, defaultArchiveName, defaultDestination } from "./gates";
import { uriName } from "./model";
import { useTaskCreated } from "./useTaskCreated";

/** Names a zip and its folder, then asks the server to build it in the background (contract §10.4). */
export default function CreateArchiveDialog({ open, props, close }: DialogProps<ArchiveDialogProps, Task>) {
  const { t } = useTranslation("tasks");
  const created = useTaskCreated();
  const ids = useId();
  const [names] = useState(() => props.names ?? props.uris.map(uriName));
  const [name, setName] = useState(() => props.name ?? defaultArchiveName(names));
  const [folder, setFolder] = useState(() => defaultDestination(props.folder));
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const problem = archiveNameProblem(name);
  const nameError = touched && problem ? t(`archive.name.${problem}`) : "";

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (problem || busy) return;
    setBusy(true);
    setError("");
    const file = name.trim();
    try {
      const task = await createArchiveTask({ src: props.uris, dst: parseUri(folder).join(file).toString() });
      created(t("archive.created", { name: file }));
      close(task);
    } catch (err) {
      setError(describeError(err, t));
      setBusy(false);
    }
  };

  const titleId = `${ids}-title`;
  const shown = names.slice(0, 3).join(", ");
  return (
    <Dialog open={open} onClose={() => !busy && close()} fullWidth maxWidth="sm" aria-labelledby={titleId}>
      <Box component="form" noValidate onSubmit={(e: FormEvent) => void submit(e)}>
        <DialogTitle id={titleId}>{t("archive.title")}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText sx={{ overflowWrap: "anywhere" }}>
              {names.length > 3 ? t("archive.introMore", { names: shown, count: names.length - 3 }) : t("archive.intro", { names: shown, count: names.length })}
            </DialogContentText>
            {error && <Alert severity="error">{error}</Alert>}
            <TextField
              label={t("archive.name.label")}
              value={name}
              required
              autoFocus
              onChange={(e) => setName(e.target.value)}
              onBlur={() => setTouched(true)}
              error={Boolean(nameError)}
              helperText={nameError || t("archive.name.help")}
            />
            <DestinationField label={t("archive.folder")} help={t("archive.folderHelp")} pickTitle={t("archive.pickTitle")} value={folder} onChange={setFolder} disabled={busy} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => close()} disabled={busy}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" variant="contained" loading={busy}>
            {t("archive.submit")}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
