import { Suspense } from "react";
import { Outlet } from "react-router";
import { useTranslation } from "react-i18next";
import { Box, CircularProgress, Paper } from "@mui/material";
import { LanguageMenu } from "./LanguageMenu";
import { SiteBrand } from "./SiteBrand";
import { SiteHtml } from "../site";

/**
 * The layout of every `/session/*` page: one centred card in a `<main>` landmark with the site's
 * brand, and the language choice below it. Colours come from the app theme (site preset, dark mode).
 */
export function AuthFrame() {
  const { t } = useTranslation("auth");
  return (
    <Box
      sx={{
        minHeight: "100dvh",
        display: "flex",
        flexDirection: "column",
        alignItems: "center",
        bgcolor: "background.default",
        px: { xs: 0, sm: 2 },
        pb: 4,
        // A fixed top, not vertical centring: the card keeps its place when a step is taller or shorter.
        pt: { xs: 0, sm: "8vh" },
      }}
    >
      <Box component="main" sx={{ width: "100%", maxWidth: { sm: 440 } }}>
        <Paper
          variant="outlined"
          sx={{
            p: { xs: 3, sm: 5 },
            border: { xs: 0, sm: 1 },
            borderColor: { sm: "divider" },
            borderRadius: { xs: 0, sm: "16px" },
            bgcolor: "background.paper",
          }}
        >
          <SiteBrand />
          <Suspense
            fallback={
              <Box sx={{ display: "grid", placeItems: "center", py: 6 }}>
                <CircularProgress aria-label={t("config.loading")} />
              </Box>
            }
          >
            <Outlet />
          </Suspense>
          <SiteHtml slot="headless_bottom" sx={{ mt: 3 }} />
        </Paper>
      </Box>
      <Box component="footer" sx={{ display: "flex", flexDirection: "column", alignItems: "center", gap: 1, py: 2, px: 2 }}>
        <LanguageMenu />
        <SiteHtml slot="headless_footer" sx={{ textAlign: "center" }} />
      </Box>
    </Box>
  );
}
