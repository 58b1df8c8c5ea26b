import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@mui/material";
import TranslateIcon from "@mui/icons-material/Translate";
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
      <Button
        color="inherit"
        size="small"
        startIcon={<TranslateIcon aria-hidden />}
        aria-label={`${t("frame.language")}: ${current.label}`}
        aria-haspopup="menu"
        aria-expanded={Boolean(anchor)}
        onClick={(e) => setAnchor(e.currentTarget)}
        sx={{ color: "text.secondary" }}
      >
        {current.label}
      </Button>
      {anchor && (
        <Suspense fallback={null}>
          <LanguageList anchor={anchor} current={current.code} onClose={() => setAnchor(null)} />
        </Suspense>
      )}
    </>
  );
}
