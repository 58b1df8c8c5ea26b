import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from "@mui/material";
import { validateName } from "../../../lib/uri";
import type { DialogProps } from "./host";
import type { NameDialogProps } from ".";

/**
 * New folder, new file and rename. Names the server would refuse are explained before anything is
 * sent (validateName mirrors the server's rules); a name already in the folder is flagged too.
 */
export default function NameDialog({ open, props, close }: DialogProps<NameDialogProps, string>) {
  const { t } = useTranslation("explorer");
  const [value, setValue] = useState(props.initial);
  const [serverError, setServerError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const invalid = validateName(value);
  const clash = value !== props.initial && props.taken.has(value);
  const error = serverError ?? (value === "" ? null : invalid ? t(`names.${invalid}`) : clash ? t("errors.exists") : null);
  const submit = async () => {
    if (invalid || busy) return;
    if (props.mode === "rename" && value === props.initial) {
      close();
      return;
    }
    setBusy(true);
    const err = await props.submit(value);
    setBusy(false);
    if (err) setServerError(err);
    else close(value);
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
              // Pre-select the name without its extension.
              const dot = props.mode === "newFolder" ? -1 : e.target.value.lastIndexOf(".");
              e.target.setSelectionRange(0, dot > 0 ? dot : e.target.value.length);
            }}
            error={Boolean(error)}
            helperText={error ?? " "}
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
