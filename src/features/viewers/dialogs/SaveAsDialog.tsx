import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from "@mui/material";
import type { DialogProps } from "../../../shared/dialogs/host";
import { validateName } from "../../../lib/uri";
import type { SaveAsProps } from "../dialogs";

/** A name for the edited text as a new file beside the original. */
export default function SaveAsDialog({ open, props, close }: DialogProps<SaveAsProps, string>) {
  const { t } = useTranslation("viewers");
  const titleId = `${useId()}-title`;
  const [value, setValue] = useState(props.initial);
  const [serverError, setServerError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const invalid = validateName(value);
  const error = serverError ?? (value === "" ? null : invalid ? t(`saveAs.${invalid}`) : null);
  const submit = async () => {
    if (invalid || busy) return;
    setBusy(true);
    const err = await props.submit(value);
    setBusy(false);
    if (err) setServerError(err);
    else close(value);
  };
  return (
    <Dialog open={open} onClose={() => close()} fullWidth maxWidth="xs" aria-labelledby={titleId}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <DialogTitle id={titleId}>{t("saveAs.title")}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            fullWidth
            margin="dense"
            label={t("saveAs.label")}
            value={value}
            onChange={(e) => {
              setValue(e.target.value);
              setServerError(null);
            }}
            onFocus={(e) => {
              const dot = e.target.value.lastIndexOf(".");
              e.target.setSelectionRange(0, dot > 0 ? dot : e.target.value.length);
            }}
            error={Boolean(error)}
            helperText={error ?? " "}
            slotProps={{ htmlInput: { spellCheck: false } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => close()}>{t("common.cancel")}</Button>
          <Button type="submit" variant="contained" disabled={Boolean(invalid) || busy}>
            {t("saveAs.save")}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
