import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DialogContentText, MenuItem, TextField } from "@mui/material";
import { describeError } from "../../api/errors";
import { createExtractTask, type Task } from "../../api/queries/workflow";
import { FormDialog } from "../../shared/dialogs/FormDialog";
import { useFormSubmit } from "../../shared/dialogs/useFormSubmit";
import type { DialogProps } from "../../shared/dialogs/host";
import { DestinationField } from "./DestinationField";
import type { ExtractDialogProps } from "./dialogs";
import { ZIP_ENCODINGS } from "./encodings";
import { defaultDestination, isZipName } from "./gates";
import { uriName } from "./model";
import { useTaskCreated } from "./useTaskCreated";

// No password field and no "selected entries only": this server reads neither (docs/server-behaviour.md, "Background tasks").

/** Chooses where an archive's contents go, and for old zips the names' charset (docs/server-behaviour.md, "Background tasks"). */
export default function ExtractArchiveDialog({ open, props, close }: DialogProps<ExtractDialogProps, Task>) {
  const { t } = useTranslation("tasks");
  const created = useTaskCreated();
  const name = uriName(props.uri);
  const zip = isZipName(name);
  const [folder, setFolder] = useState(() => defaultDestination(props.folder));
  const [encoding, setEncoding] = useState(() => ((ZIP_ENCODINGS as readonly string[]).includes(props.encoding ?? "") ? props.encoding! : ""));
  const form = useFormSubmit((err) => describeError(err, t));

  const submit = () =>
    form.submit(null, async () => {
      const task = await createExtractTask({ src: [props.uri], dst: folder, ...(zip && encoding ? { encoding } : {}) });
      created(t("extract.created", { name }));
      close(task);
    });

  return (
    <FormDialog
      open={open}
      title={t("extract.title")}
      intro={<DialogContentText sx={{ overflowWrap: "anywhere" }}>{t("extract.intro", { name })}</DialogContentText>}
      busy={form.busy}
      error={form.error}
      submitLabel={t("extract.submit")}
      cancelLabel={t("common.cancel")}
      onSubmit={() => void submit()}
      onCancel={() => close()}
    >
      <DestinationField
        label={t("extract.folder")}
        help={t("extract.folderHelp")}
        pickTitle={t("extract.pickTitle")}
        value={folder}
        onChange={setFolder}
        disabled={form.busy}
      />
      {zip && (
        <TextField
          select
          label={t("extract.encoding.label")}
          value={encoding}
          onChange={(e) => setEncoding(e.target.value)}
          helperText={t("extract.encoding.help")}
        >
          <MenuItem value="">{t("extract.encoding.auto")}</MenuItem>
          {ZIP_ENCODINGS.map((value) => (
            <MenuItem key={value} value={value}>
              {t(`encodings.${value}`)}
            </MenuItem>
          ))}
        </TextField>
      )}
    </FormDialog>
  );
}
