import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@mui/material";
import KeyIcon from "@mui/icons-material/KeyOutlined";
import { passkeySignIn } from "./passkey";
import { usePasskeyError } from "./usePasskeyError";
import { useFinishSignIn } from "./useFinishSignIn";

/**
 * "Sign in with a passkey": the browser's own dialog (modal mediation). Starting it cancels a
 * pending autofill request; `onSettled` lets the page start that again after a failure.
 */
export function PasskeyButton({
  onError,
  onSettled,
  variant = "outlined",
}: {
  onError: (message: string | undefined) => void;
  onSettled?: () => void;
  variant?: "outlined" | "contained";
}) {
  const { t } = useTranslation("auth");
  const finish = useFinishSignIn();
  const explain = usePasskeyError();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    onError(undefined);
    try {
      finish(await passkeySignIn());
    } catch (e) {
      onError(explain(e));
      onSettled?.();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button fullWidth variant={variant} size="large" startIcon={<KeyIcon />} onClick={run} loading={busy} sx={{ mt: 1 }}>
      {t("passkey.signIn")}
    </Button>
  );
}
