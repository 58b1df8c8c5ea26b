import { useState } from "react";
import { useTranslation } from "react-i18next";
import { TextField } from "@mui/material";
import { preferredTimeZone, setPreferredTimeZone } from "../../../lib/format";
import { useSaved } from "../useSaved";

const DEVICE = "";

/** The zone every date is shown in, on this device; the device's own zone unless chosen. */
export function TimeZoneSetting() {
  const { t, i18n } = useTranslation("settings");
  const { saved } = useSaved();
  const [zone, setZone] = useState(preferredTimeZone() ?? DEVICE);
  const device = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const zones = Intl.supportedValuesOf("timeZone");
  return (
    <TextField
      select
      label={t("preference.timeZone")}
      value={zone}
      onChange={(e) => {
        const next = e.target.value;
        setZone(next);
        setPreferredTimeZone(next || undefined);
        // Dates are formatted while rendering: re-render everything that shows text.
        void i18n.changeLanguage(i18n.language);
        saved();
      }}
      helperText={t("preference.timeZoneHint")}
      slotProps={{ select: { native: true } }}
      sx={{ minWidth: 240, mb: 3, display: "flex", maxWidth: 360 }}
    >
      <option value={DEVICE}>{t("preference.timeZoneDevice", { zone: device })}</option>
      {zones.map((z) => (
        <option key={z} value={z}>
          {z.replaceAll("_", " ")}
        </option>
      ))}
    </TextField>
  );
}
