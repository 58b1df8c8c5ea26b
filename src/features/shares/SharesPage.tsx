import { useTranslation } from "react-i18next";
import { ComingSoon } from "../../app/pages/ComingSoon";

export function SharesPage() {
  const { t } = useTranslation();
  return <ComingSoon title={t("nav.shares")} description={t("comingSoon.shares")} />;
}
