import { useTranslation } from "react-i18next";
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
    <nav aria-label={t("legal.label")} className="lt-links">
      {links.map((l) => (
        <a key={l.href} href={l.href} target="_blank" rel="noopener noreferrer" className="lt-link lt-body2" data-quiet>
          {l.label}
          <span className="lt-sr-only">{` (${t("legal.newTab")})`}</span>
        </a>
      ))}
    </nav>
  );
}
