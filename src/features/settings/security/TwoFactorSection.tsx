import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Box, Button, Chip, Typography } from "@mui/material";
import ShieldIcon from "@mui/icons-material/ShieldOutlined";
import { Section } from "../Section";
import type { UserSettings } from "../queries";
import { DisableTwoFactorDialog } from "./DisableTwoFactorDialog";
import { EnableTwoFactorDialog } from "./EnableTwoFactorDialog";

export function TwoFactorSection({ settings }: { settings: UserSettings }) {
  const { t } = useTranslation("settings");
  const [dialog, setDialog] = useState<"enable" | "disable">();
  const on = Boolean(settings.two_fa_enabled);
  return (
    <Section title={t("security.twoFactor")} description={t("security.twoFactorHint")}>
      <Box sx={{ display: "flex", alignItems: "center", gap: 2, flexWrap: "wrap" }}>
        <Chip
          icon={<ShieldIcon aria-hidden />}
          color={on ? "success" : "default"}
          variant={on ? "filled" : "outlined"}
          label={on ? t("security.twoFactorOn") : t("security.twoFactorOff")}
        />
        <Typography sx={{ flex: 1 }} />
        {on ? (
          <Button variant="outlined" color="error" onClick={() => setDialog("disable")}>
            {t("security.disableTwoFactor")}
          </Button>
        ) : (
          <Button variant="contained" onClick={() => setDialog("enable")}>
            {t("security.enableTwoFactor")}
          </Button>
        )}
      </Box>
      {dialog === "enable" && <EnableTwoFactorDialog onClose={() => setDialog(undefined)} />}
      {dialog === "disable" && <DisableTwoFactorDialog onClose={() => setDialog(undefined)} />}
    </Section>
  );
}
