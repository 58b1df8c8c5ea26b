import { useTranslation } from "react-i18next";
import { Box, ToggleButton, ToggleButtonGroup, Typography } from "@mui/material";
import DarkIcon from "@mui/icons-material/DarkModeOutlined";
import LightIcon from "@mui/icons-material/LightModeOutlined";
import AutoIcon from "@mui/icons-material/BrightnessAutoOutlined";
import { useColorMode } from "../../../shared/useColorMode";

type Choice = "light" | "dark" | "system";

/** Light, dark, or follow the system; stored on this device per account, like the official client. */
export function DarkModeSetting() {
  const { t } = useTranslation("settings");
  const { preference, setPreference } = useColorMode();
  const value: Choice = preference === undefined ? "system" : preference ? "dark" : "light";
  return (
    <Box sx={{ mb: 3 }}>
      <Typography id="dark-mode-label" variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t("preference.darkMode")}
      </Typography>
      <ToggleButtonGroup
        exclusive
        size="small"
        value={value}
        aria-labelledby="dark-mode-label"
        onChange={(_, v: Choice | null) => v && setPreference(v === "system" ? undefined : v === "dark")}
      >
        <ToggleButton value="light">
          <LightIcon fontSize="small" sx={{ mr: 1 }} aria-hidden />
          {t("preference.light")}
        </ToggleButton>
        <ToggleButton value="dark">
          <DarkIcon fontSize="small" sx={{ mr: 1 }} aria-hidden />
          {t("preference.dark")}
        </ToggleButton>
        <ToggleButton value="system">
          <AutoIcon fontSize="small" sx={{ mr: 1 }} aria-hidden />
          {t("preference.system")}
        </ToggleButton>
      </ToggleButtonGroup>
    </Box>
  );
}
