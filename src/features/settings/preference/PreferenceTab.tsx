import { useTranslation } from "react-i18next";
import { Alert, CircularProgress } from "@mui/material";
import { useCurrentSession } from "../../../shared/useSession";
import { useDescribeError } from "../../../shared/form";
import { useUserSettings } from "../queries";
import { Section } from "../Section";
import { DarkModeSetting } from "./DarkModeSetting";
import { LanguageSetting } from "./LanguageSetting";
import { TimeZoneSetting } from "./TimeZoneSetting";
import { ThemeColorSetting } from "./ThemeColorSetting";
import { VersionRetentionSetting } from "./VersionRetentionSetting";
import { ViewSyncSetting } from "./ViewSyncSetting";
import { ExplorerPrefsSetting } from "./ExplorerPrefsSetting";

export function PreferenceTab() {
  const { t } = useTranslation("settings");
  const describe = useDescribeError();
  const session = useCurrentSession();
  const settings = useUserSettings();
  if (!session) return null;
  return (
    <>
      <Section title={t("preference.appearance")}>
        <LanguageSetting />
        <TimeZoneSetting />
        <DarkModeSetting />
        <ThemeColorSetting user={session.user} />
      </Section>
      {settings.isError && (
        <Alert severity="error" role="alert" sx={{ mb: 2 }}>
          {describe(settings.error)}
        </Alert>
      )}
      {settings.isPending && <CircularProgress aria-label={t("loading")} />}
      {settings.data && (
        <>
          <Section title={t("preference.files")}>
            <ViewSyncSetting settings={settings.data} />
            <ExplorerPrefsSetting />
          </Section>
          <VersionRetentionSetting settings={settings.data} />
        </>
      )}
    </>
  );
}
