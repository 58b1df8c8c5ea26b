import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Box, Button, FormControlLabel, Switch, TextField } from "@mui/material";
import { Section } from "../Section";
import { usePatchSettings, type UserSettings } from "../queries";
import { useSaved } from "../useSaved";

/** "docx, .XLSX  pdf" → ["docx", "xlsx", "pdf"]: the server wants bare, lower-case extensions. */
export function parseExtensions(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(/[\s,;，、]+/)) {
    const ext = part.trim().replace(/^\.+/, "").toLowerCase();
    if (ext) seen.add(ext);
  }
  return [...seen];
}

/** Keep earlier versions of overwritten files: on/off, for which extensions, and how many. */
export function VersionRetentionSetting({ settings }: { settings: UserSettings }) {
  const { t } = useTranslation("settings");
  const patch = usePatchSettings();
  const { saved, failed } = useSaved();
  const [ext, setExt] = useState((settings.version_retention_ext ?? []).join(", "));
  const [max, setMax] = useState(String(settings.version_retention_max ?? 0));
  const maxNumber = Number(max);
  const maxError = !/^\d+$/.test(max.trim()) || !Number.isSafeInteger(maxNumber) ? t("preference.maxInvalid") : undefined;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (maxError) return;
    patch.mutate({ version_retention_ext: parseExtensions(ext), version_retention_max: maxNumber }, { onSuccess: () => saved(), onError: failed });
  };
  return (
    <Section title={t("preference.versions")} description={t("preference.versionsHint")}>
      <FormControlLabel
        control={
          <Switch
            checked={settings.version_retention_enabled}
            disabled={patch.isPending}
            onChange={(e) => patch.mutate({ version_retention_enabled: e.target.checked }, { onSuccess: () => saved(), onError: failed })}
          />
        }
        label={t("preference.versionsEnabled")}
      />
      {settings.version_retention_enabled && (
        <Box component="form" noValidate onSubmit={submit} sx={{ mt: 2 }}>
          <TextField
            fullWidth
            label={t("preference.extensions")}
            value={ext}
            onChange={(e) => setExt(e.target.value)}
            helperText={t("preference.extensionsHint")}
            margin="dense"
          />
          <TextField
            label={t("preference.maxVersions")}
            value={max}
            onChange={(e) => setMax(e.target.value)}
            error={Boolean(maxError)}
            helperText={maxError ?? t("preference.maxVersionsHint")}
            margin="dense"
            slotProps={{ htmlInput: { inputMode: "numeric", pattern: "[0-9]*" } }}
          />
          <Box sx={{ mt: 1 }}>
            <Button type="submit" variant="contained" loading={patch.isPending} disabled={Boolean(maxError)}>
              {t("save")}
            </Button>
          </Box>
        </Box>
      )}
    </Section>
  );
}
