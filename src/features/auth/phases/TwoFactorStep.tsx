import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { LiteButton } from "../../../shared/lite";
import { isApiError } from "../../../api/errors";
import { twoFactorSignIn, type PrepareLogin } from "../api";
import { LiteOtpInput as OtpInput } from "../../../shared/form/liteForm";
import { Phase } from "../Phase";
import { useDescribeError } from "../../../shared/form/useDescribeError";
import { useFinishSignIn } from "../useFinishSignIn";
import { AccountChip } from "./AccountChip";
import type { StepProps } from "./types";

/** Step 3 for accounts with 2FA: the authenticator's code, submitted as soon as it is complete. */
export function TwoFactorStep({ email, sessionId, prepare, direction, go }: StepProps & { sessionId: string; prepare: PrepareLogin }) {
  const { t } = useTranslation("auth");
  const describe = useDescribeError();
  const finish = useFinishSignIn();
  const [code, setCode] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const inFlight = useRef(false);

  const verify = async (otp: string) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setError(undefined);
    try {
      finish(await twoFactorSignIn(otp, sessionId));
    } catch (err) {
      const codeOf = isApiError(err) ? err.code : undefined;
      // The 2FA session lives ten minutes; after that only the password step can start a new one.
      if (codeOf === 404 || codeOf === 40023) {
        go({ name: "password", prepare }, email, { direction: "back", notice: t("twoFactor.expired") });
        return;
      }
      setError(describe(err));
      setCode("");
      input.current?.focus();
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (code.length === 6) void verify(code);
    else {
      setError(t("twoFactor.incomplete"));
      input.current?.focus();
    }
  };

  return (
    <Phase title={t("twoFactor.title")} description={t("twoFactor.description")} direction={direction}>
      <AccountChip email={email} onChange={() => go({ name: "email" }, email, { direction: "back" })} />
      <form noValidate onSubmit={submit}>
        <OtpInput value={code} onChange={setCode} onComplete={(c) => void verify(c)} error={error} inputRef={input} />
        <LiteButton type="submit" fullWidth variant="contained" size="large" loading={busy} style={{ marginTop: 16 }}>
          {t("action.verify")}
        </LiteButton>
        <LiteButton fullWidth style={{ marginTop: 8 }} onClick={() => go({ name: "password", prepare }, email, { direction: "back" })}>
          {t("action.back")}
        </LiteButton>
      </form>
    </Phase>
  );
}
