import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from "@mui/material";
import { userKeys } from "../../../api/queries/user";
import { usePasskeyError } from "../../auth";
import { useSaved } from "../useSaved";
import { describeDevice } from "./deviceName";
import { registerPasskey } from "./passkeyApi";

/** Ask for a name first (defaulting to "Chrome on Linux" and the like), then run the ceremony. */
export function AddPasskeyDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation("settings");
  const explain = usePasskeyError();
  const { saved } = useSaved();
  const queryClient = useQueryClient();
  const [name, setName] = useState(() => {
    const { browser, os } = describeDevice(navigator.userAgent);
    return browser && os ? t("passkeys.deviceName", { browser, os }) : (browser ?? os ?? t("passkeys.defaultName"));
  });
  const [error, setError] = useState<string>();
  const add = useMutation({
    mutationFn: registerPasskey,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: userKeys.settings() });
      saved(t("passkeys.added"));
      onClose();
    },
    onError: (e) => setError(explain(e) ?? t("passkeys.failed")),
  });
  const trimmed = name.trim();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!trimmed || add.isPending) return;
    setError(undefined);
    add.mutate(trimmed.slice(0, 255));
  };
  return (
    <Dialog open onClose={add.isPending ? undefined : onClose} fullWidth maxWidth="xs" aria-labelledby="add-passkey-title" aria-describedby="add-passkey-text">
      <DialogTitle id="add-passkey-title">{t("passkeys.add")}</DialogTitle>
      <Box component="form" noValidate onSubmit={submit}>
        <DialogContent sx={{ pt: 0 }}>
          <DialogContentText id="add-passkey-text">{t("passkeys.addText")}</DialogContentText>
          {error && (
            <Alert severity="error" role="alert" sx={{ mt: 2 }}>
              {error}
            </Alert>
          )}
          <TextField
            autoFocus
            fullWidth
            margin="normal"
            label={t("passkeys.name")}
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={!trimmed}
            helperText={!trimmed ? t("passkeys.nameRequired") : " "}
            slotProps={{ htmlInput: { maxLength: 255 } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={add.isPending}>
            {t("cancel")}
          </Button>
          <Button type="submit" variant="contained" loading={add.isPending} disabled={!trimmed}>
            {t("continue")}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
