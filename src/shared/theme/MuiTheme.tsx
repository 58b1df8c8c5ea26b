import { useMemo, type ReactNode } from "react";
import { useQuery } from "@tanstack/react-query";
import { CssBaseline, GlobalStyles, ThemeProvider } from "@mui/material";
import { siteQueries } from "../../api/queries/site";
import { buildTheme } from "./theme";
import { useColorMode } from "../useColorMode";
import { useMediaQuery } from "../useMediaQuery";
import { useCurrentSession } from "../useSession";
import { DirectionStyles, useDirection } from "../../i18n/Direction";

/**
 * MUI's theme (site preset, dark mode, direction, reduced motion) with its baseline styles. It
 * loads with the first part of the app drawn with MUI (see Themed.tsx), not with the boot code.
 */
export default function MuiTheme({ children }: { children: ReactNode }) {
  const { data: site } = useQuery(siteQueries.config("basic"));
  const session = useCurrentSession();
  const { dark } = useColorMode();
  const preferred = session?.user.preferred_theme;
  const direction = useDirection();
  const reducedMotion = useMediaQuery("(prefers-reduced-motion: reduce)");
  const theme = useMemo(
    () => buildTheme({ themes: site?.themes, defaultTheme: site?.default_theme, preferred, dark, direction, reducedMotion }),
    [site?.themes, site?.default_theme, preferred, dark, direction, reducedMotion],
  );
  return (
    <DirectionStyles>
      <ThemeProvider theme={theme}>
        <CssBaseline enableColorScheme />
        <GlobalStyles
          styles={{
            ".skip-link": {
              position: "absolute",
              left: -9999,
              top: 8,
              zIndex: 2000,
              padding: 8,
              background: theme.palette.background.paper,
              color: theme.palette.text.primary,
            },
            ".skip-link:focus": { left: 8 },
            // Less motion asked for: our own CSS animations and transitions end at once too.
            "@media (prefers-reduced-motion: reduce)": {
              "*, *::before, *::after": {
                animationDuration: "0.01ms !important",
                animationIterationCount: "1 !important",
                transitionDuration: "0.01ms !important",
                scrollBehavior: "auto !important",
              },
            },
          }}
        />
        <meta name="theme-color" content={theme.palette.background.default} />
        {children}
      </ThemeProvider>
    </DirectionStyles>
  );
}
