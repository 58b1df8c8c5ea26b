import { useTranslation } from "react-i18next";
import { LiteButton, LiteIcon } from "../../../shared/lite";

/** The e-mail being signed in to, with the way back to pick another one. */
export function AccountChip({ email, onChange }: { email: string; onChange: () => void }) {
  const { t } = useTranslation("auth");
  return (
    <div className="lt-chip">
      <LiteIcon name="account" />
      <p className="lt-body2">{email}</p>
      <LiteButton size="small" onClick={onChange} aria-label={t("password.changeAccount")}>
        {t("action.change")}
      </LiteButton>
    </div>
  );
}
