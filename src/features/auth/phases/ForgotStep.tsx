import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { LiteButton } from "../../../shared/lite";
import { isApiError } from "../../../api/errors";
import { requestPasswordReset } from "../api";
import { Captcha } from "../captcha/Captcha";
import { CAPTCHA_CODES, useCaptchaController } from "../captcha/controller";
import { LiteEmailField as EmailField, LiteFormAlert as FormAlert } from "../../../shared/form/liteForm";
import { Themed } from "../../../shared/theme/Themed";
import { Phase } from "../Phase";
import { useAuthConfig } from "../queries";
import { useDescribeError } from "../../../shared/form/useDescribeError";
import { useField, validateAll } from "../../../shared/form/useField";
import { checkEmail } from "../../../shared/form/validation";
import type { StepProps } from "./types";

/** "Forgot password": the server mails a reset link valid for an hour. */
export function ForgotStep({ email, direction, go }: StepProps) {
  const { t, i18n } = useTranslation("auth");
  const { login } = useAuthConfig();
  const describe = useDescribeError();
  const field = useField(email, checkEmail);
  const captcha = useCaptchaController(Boolean(login?.forget_captcha));
  const [captchaError, setCaptchaError] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy || !validateAll([field])) return;
    if (!captcha.ready) {
      setCaptchaError(t("captcha.required"));
      return;
    }
    const address = field.value.trim();
    setBusy(true);
    setError(undefined);
    setCaptchaError(undefined);
    try {
      await requestPasswordReset({ email: address, language: i18n.language, ...captcha.fields });
      go({ name: "forgotSent" }, address);
    } catch (err) {
      if (isApiError(err) && CAPTCHA_CODES.has(err.code)) {
        setCaptchaError(describe(err));
        captcha.refresh(true);
        return;
      }
      if (captcha.required) captcha.refresh(false);
      if (isApiError(err) && err.code === 40021) field.setServerError(describe(err));
      else setError(describe(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Phase title={t("forgot.title")} description={t("forgot.description")} direction={direction}>
      <FormAlert message={error} />
      <form noValidate onSubmit={submit}>
        <EmailField field={field} />
        {captcha.required && (
          <Themed>
            <Captcha controller={captcha} error={captchaError} />
          </Themed>
        )}
        <LiteButton type="submit" fullWidth variant="contained" size="large" loading={busy} style={{ marginTop: 16 }}>
          {t("forgot.submit")}
        </LiteButton>
        <LiteButton fullWidth style={{ marginTop: 8 }} onClick={() => go({ name: "email" }, field.value.trim() || email, { direction: "back" })}>
          {t("action.backToSignIn")}
        </LiteButton>
      </form>
    </Phase>
  );
}
