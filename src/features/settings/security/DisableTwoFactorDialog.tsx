import { useTranslation } from "react-i18next";
import { Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from "@mui/material";
import { OtpInput } from "../../../shared/form";
import { useSaved } from "../useSaved";
import { useOtpSubmit } from "./useOtpSubmit";

/** Turning 2FA off also needs a current code, so a stolen session alone cannot remove it. */
export function DisableTwoFactorDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation("settings");
  const { saved } = useSaved();
  const otp = useOtpSubmit(false, () => {
    saved(t("security.twoFactorDisabled"));
    onClose();
  });
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs" aria-labelledby="disable-2fa-title" aria-describedby="disable-2fa-text">
      <DialogTitle id="disable-2fa-title">{t("security.disableTwoFactor")}</DialogTitle>
      <Box
        component="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          otp.submit(otp.code);
        }}
      >
        <DialogContent sx={{ pt: 0 }}>
          <DialogContentText id="disable-2fa-text">{t("security.disableText")}</DialogContentText>
          <OtpInput value={otp.code} onChange={otp.setCode} onComplete={otp.submit} error={otp.error} inputRef={otp.input} autoFocus />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t("cancel")}</Button>
          <Button type="submit" variant="contained" color="error" loading={otp.busy}>
            {t("security.disableTwoFactor")}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
