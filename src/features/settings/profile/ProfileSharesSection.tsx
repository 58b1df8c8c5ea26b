import { useTranslation } from "react-i18next";
import { FormControlLabel, Radio, RadioGroup } from "@mui/material";
import { Section } from "../Section";
import { usePatchSettings, useUserSettings, type SettingsPatch } from "../queries";
import { useSaved } from "../useSaved";

type Visibility = NonNullable<SettingsPatch["share_links_in_profile"]>;
const CHOICES: { value: Visibility; key: "public" | "all" | "none" }[] = [
  { value: "", key: "public" },
  { value: "all_share", key: "all" },
  { value: "hide_share", key: "none" },
];

/**
 * Which shares the public profile page lists. Only newer servers have this setting: the community
 * server does not report it in the user settings, and then the section is not shown at all.
 */
export function ProfileSharesSection() {
  const { t } = useTranslation("settings");
  const { data } = useUserSettings();
  const patch = usePatchSettings();
  const { saved, failed } = useSaved();
  const current = data?.share_links_in_profile;
  if (current === undefined) return null;
  const choose = (value: Visibility) => patch.mutate({ share_links_in_profile: value }, { onSuccess: () => saved(), onError: failed });
  return (
    <Section title={t("profile.shareVisibility.title")} description={t("profile.shareVisibility.hint")}>
      <RadioGroup
        aria-label={t("profile.shareVisibility.title")}
        value={patch.isPending ? patch.variables.share_links_in_profile : current}
        onChange={(_, v) => choose(v as Visibility)}
      >
        {CHOICES.map((c) => (
          <FormControlLabel key={c.key} value={c.value} control={<Radio />} label={t(`profile.shareVisibility.${c.key}`)} disabled={patch.isPending} />
        ))}
      </RadioGroup>
    </Section>
  );
}
