import { useTranslation } from "react-i18next";
import { Box, Link } from "@mui/material";
import type { LoginConfig } from "./queries";

/** Terms of service and privacy policy, when the site links them; they open in a new tab. */
export function LegalLinks({ login }: { login: LoginConfig | undefined }) {
  const { t } = useTranslation("auth");
  const links = [
    login?.tos_url && { href: login.tos_url, label: t("legal.tos") },
    login?.privacy_policy_url && { href: login.privacy_policy_url, label: t("legal.privacy") },
  ].filter((l): l is { href: string; label: string } => Boolean(l));
  if (links.length === 0) return null;
  return (
    <Box component="nav" aria-label={t("legal.label")} sx={{ display: "flex", gap: 2, justifyContent: "center", mt: 3, flexWrap: "wrap" }}>
      {links.map((l) => (
        <Link key={l.href} href={l.href} target="_blank" rel="noopener noreferrer" variant="body2" color="text.secondary">
          {l.label}
          <Box component="span" sx={visuallyHidden}>
            {` (${t("legal.newTab")})`}
          </Box>
        </Link>
      ))}
    </Box>
  );
}

export const visuallyHidden = {
  position: "absolute",
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
  border: 0,
} as const;
