import { useTranslation } from "react-i18next";
import { Box, Typography } from "@mui/material";
import { Section } from "../Section";
import type { User } from "../queries";

/** Read-only facts about the account, as a description list. */
export function AccountInfo({ user }: { user: User }) {
  const { t, i18n } = useTranslation("settings");
  const created = new Date(user.created_at);
  const rows: [string, string][] = [
    [t("profile.email"), user.email ?? ""],
    [t("profile.group"), user.group?.name ?? ""],
    [t("profile.id"), user.id],
    [t("profile.created"), Number.isNaN(created.getTime()) ? "" : created.toLocaleDateString(i18n.language, { dateStyle: "long" })],
  ];
  return (
    <Section title={t("profile.account")}>
      <Box component="dl" sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", sm: "max-content 1fr" }, columnGap: 3, rowGap: { xs: 0.25, sm: 1 }, m: 0 }}>
        {rows
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <Box key={k} sx={{ display: "contents" }}>
              <Typography component="dt" variant="body2" color="text.secondary" sx={{ mt: { xs: 1, sm: 0 } }}>
                {k}
              </Typography>
              <Typography component="dd" variant="body2" sx={{ m: 0, overflowWrap: "anywhere" }}>
                {v}
              </Typography>
            </Box>
          ))}
      </Box>
    </Section>
  );
}
