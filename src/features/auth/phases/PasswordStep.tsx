import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { LiteButton } from "../../../shared/lite";
import { Themed } from "../../../shared/theme/Themed";
import { isApiError } from "../../../api/errors";
import { passwordSignIn, type PrepareLogin } from "../api";
import { Captcha } from "../captcha/Captcha";
import { CAPTCHA_CODES, useCaptchaController } from "../captcha/controller";
import { LiteFormAlert as FormAlert, LitePasswordField as PasswordField } from "../../../shared/form/liteForm";
import { passkeysSupported } from "../passkey";
import { PasskeyButton } from "../PasskeyButton";
import { Phase } from "../Phase";
import { useAuthConfig } from "../queries";
import { useDescribeError } from "../../../shared/form/useDescribeError";
import { useField, validateAll } from "../../../shared/form/useField";
import { useFinishSignIn } from "../useFinishSignIn";
import { SIGN_IN_PASSWORD, checkPassword } from "../../../shared/form/validation";
import { AccountChip } from "./AccountChip";
import type { StepProps } from "./types";

/** Step 2: the password (with the site's captcha), or a passkey; may continue to the 2FA step. */
export function PasswordStep({ email, prepare, notice, direction, go }: StepProps & { prepare: PrepareLogin }) {
  const { t } = useTranslation("auth");
  const { login } = useAuthConfig();
  const describe = useDescribeError();
  const finish = useFinishSignIn();
  const password = useField("", (v) => checkPassword(v, SIGN_IN_PASSWORD));
  const captcha = useCaptchaController(Boolean(login?.login_captcha));
  const [captchaError, setCaptchaError] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const passkeys = Boolean(login?.authn) && prepare.webauthn_enabled && passkeysSupported();
  const hasPassword = prepare.password_enabled;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy || !validateAll([password])) return;
    if (!captcha.ready) {
      setCaptchaError(t("captcha.required"));
      captcha.refresh(false);
      return;
    }
    setBusy(true);
    setError(undefined);
    setCaptchaError(undefined);
    try {
      const result = await passwordSignIn({ email, password: password.value, ...captcha.fields });
      if (result.kind === "twoFactor") go({ name: "twoFactor", sessionId: result.sessionId, prepare }, email);
      else finish(result.login);
    } catch (err) {
      const code = isApiError(err) ? err.code : undefined;
      if (code !== undefined && CAPTCHA_CODES.has(code)) {
        // Wrong or stale answer: new challenge, cleared field, cursor back in it.
        setCaptchaError(describe(err));
        captcha.refresh(true);
        return;
      }
      // The ticket was spent on this attempt either way.
      if (captcha.required) captcha.refresh(false);
      if (code === 40080) {
        password.setServerError(describe(err));
        password.ref.current?.select();
        password.ref.current?.focus();
      } else {
        setError(describe(err));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Phase title={t(hasPassword ? "password.title" : "password.passwordlessTitle")} direction={direction}>
      <AccountChip email={email} onChange={() => go({ name: "email" }, email, { direction: "back" })} />
      <FormAlert message={notice} severity="warning" />
      <FormAlert message={error} />
      {hasPassword ? (
        <form noValidate onSubmit={submit}>
          {/* Lets password managers pair the saved password with this account. */}
          <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
          <PasswordField field={password} label={t("field.password")} autoComplete="current-password" required rule={SIGN_IN_PASSWORD} />
          {captcha.required && (
            <Themed>
              <Captcha controller={captcha} error={captchaError} />
            </Themed>
          )}
          <div className="lt-end">
            <button type="button" className="lt-link lt-body2" onClick={() => go({ name: "forgot" }, email)}>
              {t("password.forgot")}
            </button>
          </div>
          <LiteButton type="submit" fullWidth variant="contained" size="large" loading={busy} style={{ marginTop: 16 }}>
            {t("action.signIn")}
          </LiteButton>
        </form>
      ) : (
        <p className="lt-secondary" style={{ margin: 0 }}>
          {t("password.passwordless")}
        </p>
      )}
      {passkeys && (
        <>
          {hasPassword && (
            <div className="lt-divider" role="separator">
              {t("signIn.or")}
            </div>
          )}
          <PasskeyButton onError={setError} variant={hasPassword ? "outlined" : "contained"} />
        </>
      )}
    </Phase>
  );
}
