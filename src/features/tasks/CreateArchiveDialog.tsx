import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DialogContentText, TextField } from "@mui/material";
import { describeError } from "../../api/errors";
import { createArchiveTask, type Task } from "../../api/queries/workflow";
import { parseUri } from "../../lib/uri";
import { FormDialog } from "../../shared/dialogs/FormDialog";
import { useFormSubmit } from "../../shared/dialogs/useFormSubmit";
import type { DialogProps } from "../../shared/dialogs/host";
import { DestinationField } from "./DestinationField";
import type { ArchiveDialogProps } from "./dialogs";
import { archiveNameProblem, defaultArchiveName, defaultDestination } from "./gates";
import { uriName } from "./model";
import { useTaskCreated } from "./useTaskCreated";

/** Names a zip and its folder, then asks the server to build it in the background (docs/server-behaviour.md, "Background tasks"). */
export default function CreateArchiveDialog({ open, props, close }: DialogProps<ArchiveDialogProps, Task>) {
  const { t } = useTranslation("tasks");
  const created = useTaskCreated();
  const form = useFormSubmit((err) => describeError(err, t));
  const [names] = useState(() => props.names ?? props.uris.map(uriName));
  const [name, setName] = useState(() => props.name ?? defaultArchiveName(names));
  const [folder, setFolder] = useState(() => defaultDestination(props.folder));
  const problem = archiveNameProblem(name);
  const nameError = form.touched && problem ? t(`archive.name.${problem}`) : "";

  const submit = () =>
    form.submit(problem, async () => {
      const file = name.trim();
      const task = await createArchiveTask({ src: props.uris, dst: parseUri(folder).join(file).toString() });
      created(t("archive.created", { name: file }));
      close(task);
    });

  const shown = names.slice(0, 3).join(", ");
  return (
    <FormDialog
      open={open}
      title={t("archive.title")}
      intro={
        <DialogContentText sx={{ overflowWrap: "anywhere" }}>
          {names.length > 3 ? t("archive.introMore", { names: shown, count: names.length - 3 }) : t("archive.intro", { names: shown, count: names.length })}
        </DialogContentText>
      }
      busy={form.busy}
      error={form.error}
      submitLabel={t("archive.submit")}
      cancelLabel={t("common.cancel")}
      onSubmit={() => void submit()}
      onCancel={() => close()}
    >
      <TextField
        label={t("archive.name.label")}
        value={name}
        required
        autoFocus
        onChange={(e) => setName(e.target.value)}
        onBlur={() => form.setTouched(true)}
        error={Boolean(nameError)}
        helperText={nameError || t("archive.name.help")}
      />
      <DestinationField
        label={t("archive.folder")}
        help={t("archive.folderHelp")}
        pickTitle={t("archive.pickTitle")}
        value={folder}
        onChange={setFolder}
        disabled={form.busy}
      />
    </FormDialog>
  );
}
