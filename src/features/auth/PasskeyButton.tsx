import { useState } from "react";
import { useTranslation } from "react-i18next";
import { LiteButton, LiteIcon } from "../../shared/lite";
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
    <LiteButton fullWidth variant={variant} size="large" startIcon={<LiteIcon name="key" size={20} />} onClick={run} loading={busy} style={{ marginTop: 8 }}>
      {t("passkey.signIn")}
    </LiteButton>
  );
}
