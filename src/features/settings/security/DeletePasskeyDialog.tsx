import { useTranslation } from "react-i18next";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from "@mui/material";
import { userKeys } from "../../../api/queries/user";
import { useDescribeError } from "../../../shared/form";
import type { Passkey } from "../queries";
import { useSaved } from "../useSaved";
import { deletePasskey } from "./passkeyApi";

export function DeletePasskeyDialog({ passkey, onClose }: { passkey: Passkey; onClose: () => void }) {
  const { t } = useTranslation("settings");
  const describe = useDescribeError();
  const { saved } = useSaved();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => deletePasskey(passkey.id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: userKeys.settings() });
      saved(t("passkeys.deleted"));
      onClose();
    },
  });
  return (
    <Dialog open onClose={remove.isPending ? undefined : onClose} maxWidth="xs" aria-labelledby="delete-passkey-title" aria-describedby="delete-passkey-text">
      <DialogTitle id="delete-passkey-title">{t("passkeys.deleteTitle")}</DialogTitle>
      <DialogContent>
        <DialogContentText id="delete-passkey-text">{t("passkeys.deleteText", { name: passkey.name })}</DialogContentText>
        {remove.isError && (
          <Alert severity="error" role="alert" sx={{ mt: 2 }}>
            {describe(remove.error)}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={remove.isPending} autoFocus>
          {t("cancel")}
        </Button>
        <Button color="error" variant="contained" onClick={() => remove.mutate()} loading={remove.isPending}>
          {t("passkeys.delete")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
