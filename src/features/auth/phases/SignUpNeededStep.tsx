import { Link as RouterLink, useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import { LiteButton, liteButtonLook } from "../../../shared/lite";
import { authPath } from "../authPath";
import { Phase } from "../Phase";
import type { StepProps } from "./types";

/** The e-mail has no account and the site takes sign-ups: offer to create one. */
export function SignUpNeededStep({ email, direction, go }: StepProps) {
  const { t } = useTranslation("auth");
  const [params] = useSearchParams();
  return (
    <Phase title={t("signUpNeeded.title")} description={t("signUpNeeded.description", { email })} direction={direction}>
      <RouterLink to={authPath("/session/signup", { email, redirect: params.get("redirect") })} {...liteButtonLook()}>
        <span>{t("signUpNeeded.create")}</span>
      </RouterLink>
      <LiteButton fullWidth style={{ marginTop: 8 }} onClick={() => go({ name: "email" }, email, { direction: "back" })}>
        {t("signUpNeeded.other")}
      </LiteButton>
    </Phase>
  );
}
