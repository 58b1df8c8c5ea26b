import { useTranslation } from "react-i18next";
import { useQuery } from "@tanstack/react-query";
import { Alert, Box, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from "@mui/material";
import { userQueries } from "../../../api/queries/user";
import { sessionStore } from "../../../api/session";
import { OtpInput, useDescribeError } from "../../../shared/form";
import { useSaved } from "../useSaved";
import { TotpSecret } from "./TotpSecret";
import { useOtpSubmit } from "./useOtpSubmit";

/** The authenticator URI every app understands (issuer prefix in the label and as a parameter). */
export function otpauthUri(email: string, secret: string): string {
  const label = `Cloudreve:${email}`;
  return `otpauth://totp/${encodeURIComponent(label).replace("%3A", ":")}?secret=${encodeURIComponent(secret)}&issuer=Cloudreve`;
}

/**
 * Enable 2FA: the server generates a secret (kept ten minutes), the user adds it to an
 * authenticator app and proves it works with a first code.
 */
export function EnableTwoFactorDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation("settings");
  const describe = useDescribeError();
  const { saved } = useSaved();
  // A fresh secret every time the dialog opens; never cached beyond it.
  const secret = useQuery(userQueries.twoFactorSecret());
  const otp = useOtpSubmit(
    true,
    () => {
      saved(t("security.twoFactorEnabled"));
      onClose();
    },
    () => void secret.refetch(),
  );
  const email = sessionStore.current()?.user.email ?? "";

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs" aria-labelledby="enable-2fa-title">
      <DialogTitle id="enable-2fa-title">{t("security.enableTwoFactor")}</DialogTitle>
      <Box
        component="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          otp.submit(otp.code);
        }}
      >
        <DialogContent sx={{ pt: 0 }}>
          <Typography variant="body2" sx={{ mb: 2 }}>
            {t("security.enableStep1")}
          </Typography>
          {secret.isError && (
            <Alert severity="error" role="alert">
              {describe(secret.error)}
            </Alert>
          )}
          {secret.isPending || secret.isFetching ? (
            <Box sx={{ display: "grid", placeItems: "center", py: 3 }}>
              <CircularProgress aria-label={t("loading")} />
            </Box>
          ) : (
            secret.data && <TotpSecret secret={secret.data} uri={otpauthUri(email, secret.data)} />
          )}
          <Typography variant="body2" sx={{ mt: 3 }}>
            {t("security.enableStep2")}
          </Typography>
          <OtpInput value={otp.code} onChange={otp.setCode} onComplete={otp.submit} error={otp.error} inputRef={otp.input} disabled={!secret.data} />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t("cancel")}</Button>
          <Button type="submit" variant="contained" loading={otp.busy} disabled={!secret.data}>
            {t("security.enableTwoFactor")}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
