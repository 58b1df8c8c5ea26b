import { Suspense } from "react";
import { Outlet } from "react-router";
import { useTranslation } from "react-i18next";
import { LiteSpinner } from "../../shared/lite";
import { Themed } from "../../shared/theme/Themed";
import { liteColors } from "../../shared/theme/palette";
import { useColorMode } from "../../shared/useColorMode";
import { useCurrentSession } from "../../shared/useSession";
import { LanguageMenu } from "./LanguageMenu";
import { SiteBrand } from "./SiteBrand";
import { SiteHtml, useBasicSiteConfig } from "../site/brand";

/**
 * The layout of every `/session/*` page: one centred card in a `<main>` landmark with the site's
 * brand, and the language choice below it. It is drawn without MUI (the sign-in page must load
 * fast); colours come from the site's preset and dark mode, as the MUI theme's do.
 */
export function AuthFrame() {
  const { t } = useTranslation("auth");
  const site = useBasicSiteConfig();
  const { dark } = useColorMode();
  const preferred = useCurrentSession()?.user.preferred_theme;
  const colors = liteColors({ themes: site?.themes, defaultTheme: site?.default_theme, preferred, dark });
  return (
    // A fixed top, not vertical centring: the card keeps its place when a step is taller or shorter.
    <div className="lt-frame" data-dark={dark || undefined} style={colors}>
      <meta name="theme-color" content={colors["--lt-bg"]} />
      <main className="lt-main">
        <div className="lt-card">
          <SiteBrand dark={dark} />
          <Suspense
            fallback={
              <div className="lt-pending">
                <LiteSpinner label={t("config.loading")} />
              </div>
            }
          >
            <Outlet />
          </Suspense>
          <CustomHtml slot="headless_bottom" />
        </div>
      </main>
      <footer className="lt-footer">
        <LanguageMenu />
        <CustomHtml slot="headless_footer" />
      </footer>
    </div>
  );
}

/** The admin's HTML for a place on the page, when the site has some (drawn with MUI's theme). */
function CustomHtml({ slot }: { slot: "headless_bottom" | "headless_footer" }) {
  const html = useBasicSiteConfig()?.custom_html?.[slot];
  if (!html?.trim()) return null;
  return (
    <Themed>
      <SiteHtml slot={slot} sx={slot === "headless_bottom" ? { mt: 3 } : { textAlign: "center" }} />
    </Themed>
  );
}
