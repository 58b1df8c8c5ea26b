import { useTranslation } from "react-i18next";
import { ComingSoon } from "../../app/pages/ComingSoon";

export function ProfilePage() {
  const { t } = useTranslation();
  return <ComingSoon title={t("shell.profile")} description={t("comingSoon.profile")} />;
}
