import type { SyntheticEvent } from "react";
import { useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import { Box, Tab, Tabs, Typography, useMediaQuery, useTheme } from "@mui/material";
import { usePageTitle } from "../../shared/usePageTitle";
import { ProfileTab } from "./profile/ProfileTab";
import { PreferenceTab } from "./preference/PreferenceTab";
import { SecurityTab } from "./security/SecurityTab";

const TABS = ["profile", "preference", "security"] as const;
type TabName = (typeof TABS)[number];

/**
 * `/settings?tab=profile|preference|security`. The tab lives in the URL, so it survives reloads
 * and can be linked; MUI Tabs give the tablist its arrow-key navigation and roles.
 */
export function SettingsPage() {
  const { t } = useTranslation("settings");
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down("sm"), { noSsr: true });
  const [params, setParams] = useSearchParams();
  const raw = params.get("tab");
  const tab: TabName = TABS.includes(raw as TabName) ? (raw as TabName) : "profile";
  usePageTitle(`${t(`tabs.${tab}`)} - ${t("title")}`);
  const select = (_: SyntheticEvent, value: TabName) => {
    const next = new URLSearchParams(params);
    next.set("tab", value);
    setParams(next);
  };
  return (
    <Box sx={{ p: { xs: 2, sm: 3 }, maxWidth: 880 }}>
      <Typography variant="h5" component="h1" sx={{ mb: 1 }}>
        {t("title")}
      </Typography>
      {/* Three tabs fit a phone when they share its width; scrolling would hide one of them. */}
      <Tabs
        value={tab}
        onChange={select}
        aria-label={t("tabs.label")}
        variant={phone ? "fullWidth" : "standard"}
        sx={{ mb: 3, borderBottom: 1, borderColor: "divider", "& .MuiTab-root": phone ? { minWidth: 0, px: 1 } : {} }}
      >
        {TABS.map((name) => (
          <Tab key={name} value={name} label={t(`tabs.${name}`)} id={`settings-tab-${name}`} aria-controls={`settings-panel-${name}`} />
        ))}
      </Tabs>
      <Box role="tabpanel" id={`settings-panel-${tab}`} aria-labelledby={`settings-tab-${tab}`}>
        {tab === "profile" && <ProfileTab />}
        {tab === "preference" && <PreferenceTab />}
        {tab === "security" && <SecurityTab />}
      </Box>
    </Box>
  );
}
