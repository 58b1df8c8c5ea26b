import { useEffect, useEffectEvent, useState, type FormEvent } from "react";
import { Link as RouterLink, useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import { LiteButton } from "../../../shared/lite";
import { isApiError } from "../../../api/errors";
import { prepareSignIn } from "../api";
import { LiteEmailField as EmailField, LiteFormAlert as FormAlert } from "../../../shared/form/liteForm";
import { LegalLinks } from "../LegalLinks";
import { cancelPasskeyCeremony, passkeySignIn, passkeysSupported } from "../passkey";
import { PasskeyButton } from "../PasskeyButton";
import { Phase } from "../Phase";
import { useAuthConfig } from "../queries";
import { useDescribeError } from "../../../shared/form/useDescribeError";
import { useField, validateAll } from "../../../shared/form/useField";
import { useFinishSignIn } from "../useFinishSignIn";
import { usePasskeyError } from "../usePasskeyError";
import { checkEmail } from "../../../shared/form/validation";
import type { StepProps } from "./types";
import { authPath } from "../authPath";

/** Step 1: who are you? Also offers passkeys, both as a button and in the field's autofill. */
export function EmailStep({ email, direction, go }: StepProps) {
  const { t } = useTranslation("auth");
  const { login, basic } = useAuthConfig();
  const describe = useDescribeError();
  const explainPasskey = usePasskeyError();
  const finish = useFinishSignIn();
  const [params] = useSearchParams();
  const field = useField(email, checkEmail);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [autofillRound, setAutofillRound] = useState(0);
  const passkeys = Boolean(login?.authn) && passkeysSupported();

  // Conditional mediation: the browser lists passkeys among the e-mail field's suggestions. It runs
  // while this step is shown and is cancelled when the user moves on or leaves the page.
  const onAutofill = useEffectEvent(finish);
  useEffect(() => {
    if (!passkeys) return;
    const controller = new AbortController();
    passkeySignIn({ autofill: true, signal: controller.signal }).then(
      (result) => !controller.signal.aborted && onAutofill(result),
      (e) => {
        if (controller.signal.aborted) return;
        // Only the server refusing a passkey the user picked is worth a message; a browser that
        // cannot do autofill, or a dismissed suggestion, is not (the button is still there).
        if (isApiError(e)) setError(explainPasskey(e));
      },
    );
    return () => {
      controller.abort();
      cancelPasskeyCeremony();
    };
  }, [passkeys, autofillRound, explainPasskey]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy || !validateAll([field])) return;
    const address = field.value.trim();
    setBusy(true);
    setError(undefined);
    try {
      go({ name: "password", prepare: await prepareSignIn(address) }, address);
    } catch (err) {
      if (isApiError(err) && err.code === 404) {
        if (login?.register_enabled) go({ name: "signUpNeeded" }, address);
        else field.setServerError(t("email.noAccount"));
      } else {
        setError(describe(err));
      }
    } finally {
      setBusy(false);
    }
  };

  const signUp = authPath("/session/signup", { email: field.value.trim(), redirect: params.get("redirect") });
  return (
    <Phase title={t("signIn.title")} description={t("signIn.description", { site: basic?.title ?? "Cloudreve" })} direction={direction}>
      <FormAlert message={error} />
      <form noValidate onSubmit={submit}>
        <EmailField field={field} webauthn={passkeys} />
        <LiteButton type="submit" fullWidth variant="contained" size="large" loading={busy} style={{ marginTop: 16 }}>
          {t("action.continue")}
        </LiteButton>
      </form>
      {passkeys && (
        <>
          <div className="lt-divider" role="separator">
            {t("signIn.or")}
          </div>
          <PasskeyButton onError={setError} onSettled={() => setAutofillRound((n) => n + 1)} />
        </>
      )}
      {login?.register_enabled && (
        <p className="lt-body2 lt-center" style={{ marginTop: 24 }}>
          {t("signIn.noAccount")}{" "}
          <RouterLink to={signUp} className="lt-link">
            {t("signIn.signUpLink")}
          </RouterLink>
        </p>
      )}
      <LegalLinks login={login} />
    </Phase>
  );
}
