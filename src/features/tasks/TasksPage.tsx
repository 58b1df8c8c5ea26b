import { useTranslation } from "react-i18next";
import { ComingSoon } from "../../app/pages/ComingSoon";

export function TasksPage() {
  const { t } = useTranslation();
  return <ComingSoon title={t("nav.tasks")} description={t("comingSoon.tasks")} />;
}
