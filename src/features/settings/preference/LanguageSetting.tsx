import { useTranslation } from "react-i18next";
import { MenuItem, TextField } from "@mui/material";
import { accountLanguage, LANGUAGES, type LanguageCode } from "../../../i18n";
import { usePatchSettings } from "../queries";
import { useSaved } from "../useSaved";

/** Switches the UI at once and stores the choice on the account (it also picks the e-mail language). */
export function LanguageSetting() {
  const { t, i18n } = useTranslation("settings");
  const patch = usePatchSettings();
  const { failed } = useSaved();
  const current = LANGUAGES.find((l) => l.code === i18n.language)?.code ?? "en-US";
  return (
    <TextField
      select
      label={t("preference.language")}
      value={current}
      onChange={(e) => {
        const code = e.target.value as LanguageCode;
        void i18n.changeLanguage(code);
        patch.mutate({ language: accountLanguage(code) }, { onError: failed });
      }}
      helperText={t("preference.languageHint")}
      sx={{ minWidth: 240, mb: 3 }}
    >
      {LANGUAGES.map((l) => (
        <MenuItem key={l.code} value={l.code} lang={l.code}>
          {l.label}
        </MenuItem>
      ))}
    </TextField>
  );
}
