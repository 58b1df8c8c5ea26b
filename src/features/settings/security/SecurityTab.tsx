import { useTranslation } from "react-i18next";
import { useQuery } from "@tanstack/react-query";
import { Alert, CircularProgress } from "@mui/material";
import { siteQueries } from "../../../api/queries/site";
import type { components } from "../../../api/schema";
import { useDescribeError } from "../../../shared/form";
import { useUserSettings } from "../queries";
import { AuthorizedAppsSection } from "./AuthorizedAppsSection";
import { ChangePasswordSection } from "./ChangePasswordSection";
import { PasskeySection } from "./PasskeySection";
import { TwoFactorSection } from "./TwoFactorSection";

export function SecurityTab() {
  const { t } = useTranslation("settings");
  const describe = useDescribeError();
  const settings = useUserSettings();
  const login = useQuery(siteQueries.config("login")).data as components["schemas"]["SiteConfigLogin"] | undefined;
  if (settings.isError)
    return (
      <Alert severity="error" role="alert">
        {describe(settings.error)}
      </Alert>
    );
  if (!settings.data) return <CircularProgress aria-label={t("loading")} />;
  return (
    <>
      <ChangePasswordSection settings={settings.data} />
      <TwoFactorSection settings={settings.data} />
      {login?.authn && <PasskeySection settings={settings.data} />}
      <AuthorizedAppsSection settings={settings.data} />
    </>
  );
}
