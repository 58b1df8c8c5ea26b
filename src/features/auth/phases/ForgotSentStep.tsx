import { useTranslation } from "react-i18next";
import { LiteButton } from "../../../shared/lite";
import { MailSent } from "../MailSent";
import type { StepProps } from "./types";

export function ForgotSentStep({ email, go }: StepProps) {
  const { t } = useTranslation("auth");
  return (
    <MailSent title={t("forgot.sentTitle")} description={t("forgot.sentDescription", { email })}>
      <LiteButton fullWidth variant="contained" size="large" onClick={() => go({ name: "email" }, email, { direction: "back" })}>
        {t("action.backToSignIn")}
      </LiteButton>
    </MailSent>
  );
}
