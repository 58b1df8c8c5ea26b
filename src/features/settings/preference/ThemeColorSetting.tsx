import { useTranslation } from "react-i18next";
import { useQuery } from "@tanstack/react-query";
import { Box, FormControlLabel, Radio, RadioGroup, Typography } from "@mui/material";
import { siteQueries } from "../../../api/queries/site";
import type { components } from "../../../api/schema";
import { usePatchSettings, type User } from "../queries";
import { useSaved } from "../useSaved";
import { colorName } from "./colorName";

type Basic = components["schemas"]["SiteConfigBasic"];

/** The site's theme presets are keyed by their primary colour (docs/server-behaviour.md, "Site configuration"). */
export function themeColors(themes: string | undefined): string[] {
  if (!themes) return [];
  try {
    const parsed = JSON.parse(themes) as unknown;
    return parsed && typeof parsed === "object" ? Object.keys(parsed) : [];
  } catch {
    return [];
  }
}

/** Pick one of the site's colour presets; the choice is stored on the account (`preferred_theme`). */
export function ThemeColorSetting({ user }: { user: User }) {
  const { t } = useTranslation("settings");
  const { data } = useQuery(siteQueries.config("basic"));
  const basic = data as Basic | undefined;
  const patch = usePatchSettings();
  const { failed } = useSaved();
  const colors = themeColors(basic?.themes);
  if (colors.length < 2) return null;
  const current = [user.preferred_theme, basic?.default_theme].find((c) => c && colors.includes(c)) ?? colors[0];
  const names = colors.map((c) => {
    const key = colorName(c);
    return key ? t(`preference.colors.${key}`) : c;
  });
  // Two presets with one name (two blues) keep their codes, so each stays tellable apart.
  const label = (i: number) => {
    const name = names[i]!;
    return name !== colors[i] && names.filter((n) => n === name).length > 1 ? `${name} (${colors[i]})` : name;
  };
  return (
    <Box>
      <Typography id="theme-color-label" variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t("preference.themeColor")}
      </Typography>
      <RadioGroup
        row
        aria-labelledby="theme-color-label"
        value={current}
        onChange={(e) => patch.mutate({ preferred_theme: e.target.value }, { onError: failed })}
      >
        {colors.map((c, i) => (
          <FormControlLabel
            key={c}
            value={c}
            control={<Radio />}
            label={
              <Box sx={{ display: "flex", alignItems: "center", gap: 1 }}>
                <Box aria-hidden sx={{ width: 20, height: 20, borderRadius: "50%", bgcolor: c, border: 1, borderColor: "divider" }} />
                <Typography variant="body2">{label(i)}</Typography>
              </Box>
            }
          />
        ))}
      </RadioGroup>
    </Box>
  );
}
