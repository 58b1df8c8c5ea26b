import { useTranslation } from "react-i18next";
import { ComingSoon } from "../../app/pages/ComingSoon";

export function DownloadsPage() {
  const { t } = useTranslation();
  return <ComingSoon title={t("nav.downloads")} description={t("comingSoon.downloads")} />;
}
