import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { LiteButton, LiteIcon } from "../../shared/lite";
import { Themed } from "../../shared/theme/Themed";
import { LANGUAGES } from "../../i18n";

// The menu (with its popover and focus trap) loads on first open: it is not worth first-load bytes.
const LanguageList = lazy(() => import("./LanguageList"));

/** Language choice before signing in; the choice is remembered by i18next's storage key. */
export function LanguageMenu() {
  const { t, i18n } = useTranslation("auth");
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const current = LANGUAGES.find((l) => l.code === i18n.language) ?? LANGUAGES[0];
  return (
    <>
      <LiteButton
        inherit
        size="small"
        startIcon={<LiteIcon name="translate" size={18} />}
        aria-label={`${t("frame.language")}: ${current.label}`}
        aria-haspopup="menu"
        aria-expanded={Boolean(anchor)}
        onClick={(e) => setAnchor(e.currentTarget)}
      >
        {current.label}
      </LiteButton>
      {anchor && (
        <Themed>
          <Suspense fallback={null}>
            <LanguageList anchor={anchor} current={current.code} onClose={() => setAnchor(null)} />
          </Suspense>
        </Themed>
      )}
    </>
  );
}
