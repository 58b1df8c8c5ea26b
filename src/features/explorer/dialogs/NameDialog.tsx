import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from "@mui/material";
import { validateName } from "../../../lib/uri";
import type { DialogProps } from "../../../shared/dialogs/host";
import type { NameDialogProps } from ".";
import { newFileName } from "./newFileName";

/**
 * New folder, new file and rename. Names the server would refuse are explained before anything is
 * sent (validateName mirrors the server's rules); a name already in the folder is flagged too.
 */
export default function NameDialog({ open, props, close }: DialogProps<NameDialogProps, string>) {
  const { t } = useTranslation("explorer");
  const [value, setValue] = useState(props.initial);
  const [serverError, setServerError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A new file's name gets ".txt" only when the typed name has no extension of its own.
  const name = props.mode === "newFile" ? newFileName(value) : value;
  const invalid = validateName(name);
  const clash = name !== props.initial && props.taken.has(name);
  const error = serverError ?? (value === "" ? null : invalid ? t(`names.${invalid}`) : clash ? t("errors.exists") : null);
  const note = name !== value ? t("nameDialog.createdAs", { name }) : " ";
  const submit = async () => {
    if (invalid || busy) return;
    if (props.mode === "rename" && name === props.initial) {
      close();
      return;
    }
    setBusy(true);
    const err = await props.submit(name);
    setBusy(false);
    if (err) setServerError(err);
    else close(name);
  };
  const title = t(`nameDialog.${props.mode}`);
  return (
    <Dialog open={open} onClose={() => close()} fullWidth maxWidth="xs" aria-labelledby="name-dialog-title">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <DialogTitle id="name-dialog-title">{title}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            fullWidth
            margin="dense"
            label={t("nameDialog.label")}
            value={value}
            onChange={(e) => {
              setValue(e.target.value);
              setServerError(null);
            }}
            onFocus={(e) => {
              // Renaming keeps the extension selected out; a new file's suggested name is replaced
              // whole, so a typed "x.md" is the name and not "x.md.txt".
              const dot = props.mode === "rename" ? e.target.value.lastIndexOf(".") : -1;
              e.target.setSelectionRange(0, dot > 0 ? dot : e.target.value.length);
            }}
            error={Boolean(error)}
            helperText={error ?? note}
            slotProps={{ htmlInput: { spellCheck: false, "aria-describedby": undefined } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => close()}>{t("common.cancel")}</Button>
          <Button type="submit" variant="contained" disabled={Boolean(invalid) || busy}>
            {props.mode === "rename" ? t("nameDialog.rename") : t("nameDialog.create")}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
