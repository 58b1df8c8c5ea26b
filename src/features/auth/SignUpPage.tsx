import { useState, type FormEvent } from "react";
import { Link as RouterLink, useNavigate, useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import { Box, Button, Link, Typography } from "@mui/material";
import { isApiError } from "../../api/errors";
import { useToast } from "../../shared/toast";
import { signUp } from "./api";
import { authPath } from "./authPath";
import { Captcha } from "./captcha/Captcha";
import { CAPTCHA_CODES, useCaptchaController } from "./captcha/controller";
import { ConfigGate } from "./ConfigGate";
import { EmailField, PasswordField } from "../../shared/form/fields";
import { FormAlert } from "../../shared/form/FormAlert";
import { MailSent } from "./MailSent";
import { Phase } from "./Phase";
import { useAuthConfig } from "./queries";
import { useDescribeError } from "../../shared/form/useDescribeError";
import { useField, validateAll } from "../../shared/form/useField";
import { NEW_PASSWORD, checkEmail, checkPassword, checkRepeat } from "../../shared/form/validation";

/** `/session/signup`. */
export function SignUpPage() {
  return (
    <ConfigGate>
      <SignUpForm />
    </ConfigGate>
  );
}

function SignUpForm() {
  const { t, i18n } = useTranslation("auth");
  const { login } = useAuthConfig();
  const describe = useDescribeError();
  const toast = useToast();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const redirect = params.get("redirect");
  const email = useField(params.get("email") ?? "", checkEmail);
  const password = useField("", (v) => checkPassword(v, NEW_PASSWORD));
  const repeat = useField("", (v) => checkRepeat(password.value, v));
  const captcha = useCaptchaController(Boolean(login?.reg_captcha));
  const [captchaError, setCaptchaError] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [mailSent, setMailSent] = useState<{ email: string; again: boolean }>();
  const signInLink = authPath("/session", { email: email.value.trim(), redirect });

  if (!login?.register_enabled) {
    return (
      <Phase title={t("signUp.closedTitle")} description={t("signUp.closed")}>
        <Button component={RouterLink} to={authPath("/session", { redirect })} fullWidth variant="contained" size="large">
          {t("action.backToSignIn")}
        </Button>
      </Phase>
    );
  }
  if (mailSent) {
    return (
      <MailSent
        title={t("signUp.activateTitle")}
        description={t(mailSent.again ? "signUp.activateAgain" : "signUp.activateDescription", { email: mailSent.email })}
      >
        <Button component={RouterLink} to={signInLink} fullWidth variant="contained" size="large">
          {t("action.backToSignIn")}
        </Button>
      </MailSent>
    );
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy || !validateAll([email, password, repeat])) return;
    if (!captcha.ready) {
      setCaptchaError(t("captcha.required"));
      return;
    }
    const address = email.value.trim();
    setBusy(true);
    setError(undefined);
    setCaptchaError(undefined);
    try {
      const result = await signUp({ email: address, password: password.value, language: i18n.language, ...captcha.fields });
      if (result.kind === "activationSent") {
        setMailSent({ email: address, again: false });
        return;
      }
      toast({ message: t("signUp.created"), severity: "success" });
      navigate(authPath("/session", { email: address, redirect }));
    } catch (err) {
      const code = isApiError(err) ? err.code : undefined;
      if (code !== undefined && CAPTCHA_CODES.has(code)) {
        setCaptchaError(describe(err));
        captcha.refresh(true);
        return;
      }
      if (captcha.required) captcha.refresh(false);
      // An inactive account with this e-mail exists: the server mailed its activation link again.
      if (code === 40033) setMailSent({ email: address, again: true });
      else if (code === 40032) {
        email.setServerError(describe(err));
        email.ref.current?.focus();
      } else setError(describe(err));
    } finally {
      setBusy(false);
    }
  };

  const rule = t("validation.rule", { ...NEW_PASSWORD });
  return (
    <Phase title={t("signUp.title")} description={t("signUp.description")}>
      <FormAlert message={error} />
      <Box component="form" noValidate onSubmit={submit}>
        <EmailField field={email} />
        <PasswordField field={password} label={t("field.password")} autoComplete="new-password" required rule={NEW_PASSWORD} hint={rule} />
        <PasswordField field={repeat} label={t("field.repeatPassword")} autoComplete="new-password" required />
        <Captcha controller={captcha} error={captchaError} />
        {(login.tos_url || login.privacy_policy_url) && <Consent tos={login.tos_url} privacy={login.privacy_policy_url} />}
        <Button type="submit" fullWidth variant="contained" size="large" loading={busy} sx={{ mt: 2 }}>
          {t("signUp.submit")}
        </Button>
      </Box>
      <Typography variant="body2" sx={{ mt: 3, textAlign: "center" }}>
        {t("signUp.haveAccount")}{" "}
        <Link component={RouterLink} to={signInLink}>
          {t("action.signIn")}
        </Link>
      </Typography>
    </Phase>
  );
}

/** "By signing up you agree to …" with the site's links (opened in a new tab). */
function Consent({ tos, privacy }: { tos?: string; privacy?: string }) {
  const { t } = useTranslation("auth");
  const link = (href: string, label: string) => (
    <Link href={href} target="_blank" rel="noopener noreferrer">
      {label}
    </Link>
  );
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
      {t("signUp.consent")} {tos && link(tos, t("legal.tos"))}
      {tos && privacy && ` ${t("signUp.and")} `}
      {privacy && link(privacy, t("legal.privacy"))}
    </Typography>
  );
}
