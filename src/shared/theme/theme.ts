import { createTheme, type Theme, type ThemeOptions } from "@mui/material/styles";
import { fallbackPrimary, presetPalette } from "./palette";

/** A device whose only pointer is a finger (no mouse, trackpad or pen that can hover). */
const touchOnly = () => typeof matchMedia === "function" && matchMedia("(hover: none) and (pointer: coarse)").matches;

// Every transition MUI times (fades, grows, slides, collapses) takes no time at all.
const STILL = { shortest: 0, shorter: 0, short: 0, standard: 0, complex: 0, enteringScreen: 0, leavingScreen: 0 };

/**
 * Builds the MUI theme from the site's presets (`themes` JSON text keyed by primary colour),
 * preferring the user's colour, then the site default, then the first preset.
 */
export function buildTheme(opts: {
  themes?: string;
  defaultTheme?: string;
  preferred?: string;
  dark: boolean;
  direction?: "ltr" | "rtl";
  /** The user asked the system for less motion: dialogs, menus and drawers appear without moving. */
  reducedMotion?: boolean;
}): Theme {
  const palette = presetPalette(opts) as NonNullable<ThemeOptions["palette"]>;
  return createTheme({
    direction: opts.direction ?? "ltr",
    shape: { borderRadius: 12 },
    ...(opts.reducedMotion ? { transitions: { create: () => "none", duration: STILL } } : {}),
    typography: {
      button: { textTransform: "none" },
      fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "PingFang SC", "Microsoft YaHei", sans-serif',
    },
    palette: {
      ...palette,
      mode: opts.dark ? "dark" : "light",
      // Text on coloured surfaces (filled alerts, contained buttons) meets WCAG AA, not MUI's 3:1.
      contrastThreshold: 4.5,
      primary: palette.primary ?? { main: fallbackPrimary(opts) },
    },
    components: {
      MuiButtonBase: { defaultProps: { disableRipple: Boolean(opts.reducedMotion) } },
      // A tap also sends the mouse events of a hover, and no "mouse leave" ever follows; a panel
      // that closes hands focus back to its button. On a touch screen either would leave a
      // tooltip standing over the page, so there only a long press shows one, and it goes away
      // by itself. (Every button with a tooltip has its accessible name without it.)
      MuiTooltip: {
        defaultProps: { enterDelay: 500, ...(touchOnly() ? { disableHoverListener: true, disableFocusListener: true, leaveTouchDelay: 1500 } : {}) },
        // MUI's translucent grey gives small white text less than 4.5:1 on a light page.
        styleOverrides: { tooltip: { backgroundColor: "#424242" } },
      },
      MuiTab: { styleOverrides: { root: { textTransform: "none" } } },
      // A hovered text or outlined button gets a faint tint of its colour, under which the colour
      // itself falls just short of 4.5:1 on a light page: hovered, its text takes the darker shade.
      MuiButton: {
        styleOverrides: {
          root: ({ theme, ownerState }) =>
            ownerState.variant !== "contained" && theme.palette.mode === "light" && ownerState.color && ownerState.color !== "inherit"
              ? { "&:hover": { color: theme.palette[ownerState.color].dark } }
              : {},
        },
      },
    },
  });
}
