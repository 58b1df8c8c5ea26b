import { useTranslation } from "react-i18next";
import { ComingSoon } from "../../app/pages/ComingSoon";

export function ConnectPage() {
  const { t } = useTranslation();
  return <ComingSoon title={t("nav.connect")} description={t("comingSoon.connect")} />;
}
