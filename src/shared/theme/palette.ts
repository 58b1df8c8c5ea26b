// The site's colour presets, read without MUI: the MUI theme (theme.ts) and the sign-in page, which
// is drawn without MUI to keep its first load small, pick their colours from the same preset.

interface PaletteColor {
  main?: string;
  dark?: string;
  contrastText?: string;
}
interface PresetPalette {
  primary?: PaletteColor;
  secondary?: PaletteColor;
  background?: { default?: string; paper?: string };
  [key: string]: unknown;
}
export type ThemePresets = Record<string, { light?: { palette?: PresetPalette }; dark?: { palette?: PresetPalette } }>;

export function parsePresets(json: string | undefined): ThemePresets {
  if (!json) return {};
  try {
    const parsed = JSON.parse(json) as unknown;
    return parsed && typeof parsed === "object" ? (parsed as ThemePresets) : {};
  } catch {
    return {};
  }
}

export interface PaletteChoice {
  themes?: string;
  defaultTheme?: string;
  preferred?: string;
  dark: boolean;
}

/** The preset's palette for this mode: the user's colour, then the site default, then the first preset. */
export function presetPalette(opts: PaletteChoice): PresetPalette {
  const presets = parsePresets(opts.themes);
  const key = [opts.preferred, opts.defaultTheme].find((k) => k && presets[k]) ?? Object.keys(presets)[0];
  const preset = key ? presets[key] : undefined;
  const variant = opts.dark ? (preset?.dark ?? preset?.light) : preset?.light;
  return variant?.palette ?? {};
}

/** The primary colour when no preset names one. */
export const fallbackPrimary = (opts: PaletteChoice) => (opts.dark ? "#90caf9" : (opts.preferred ?? opts.defaultTheme ?? "#1976d2"));

function rgb(color: string): [number, number, number] | undefined {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) return undefined;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

function luminance([r, g, b]: [number, number, number]) {
  const lin = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** White text when it reaches 4.5:1 on the colour (WCAG AA), else near-black, as the MUI theme decides. */
export function contrastText(color: string): string {
  const c = rgb(color);
  if (!c) return "#fff";
  return 1.05 / (luminance(c) + 0.05) >= 4.5 ? "#fff" : "rgba(0, 0, 0, 0.87)";
}

/** The colour moved toward black by `amount` (0–1), as MUI derives a hover shade. */
export function darken(color: string, amount: number): string {
  const c = rgb(color);
  if (!c) return color;
  return `rgb(${c.map((v) => Math.round(v * (1 - amount))).join(", ")})`;
}

/**
 * CSS custom properties for pages drawn without MUI, matching MUI's default light and dark
 * palettes (text, dividers, outlines, status colours) and the site's primary colour.
 */
export function liteColors(opts: PaletteChoice): Record<`--lt-${string}`, string> {
  const palette = presetPalette(opts);
  const primary = palette.primary?.main ?? fallbackPrimary(opts);
  const dark = opts.dark;
  return {
    "--lt-primary": primary,
    "--lt-primary-dark": palette.primary?.dark ?? darken(primary, 0.3),
    "--lt-on-primary": palette.primary?.contrastText ?? contrastText(primary),
    "--lt-bg": palette.background?.default ?? (dark ? "#121212" : "#fff"),
    "--lt-paper": palette.background?.paper ?? (dark ? "#121212" : "#fff"),
    "--lt-text": dark ? "#fff" : "rgba(0, 0, 0, 0.87)",
    "--lt-text2": dark ? "rgba(255, 255, 255, 0.7)" : "rgba(0, 0, 0, 0.6)",
    "--lt-disabled": dark ? "rgba(255, 255, 255, 0.5)" : "rgba(0, 0, 0, 0.38)",
    "--lt-divider": dark ? "rgba(255, 255, 255, 0.12)" : "rgba(0, 0, 0, 0.12)",
    "--lt-outline": dark ? "rgba(255, 255, 255, 0.23)" : "rgba(0, 0, 0, 0.23)",
    "--lt-hover": dark ? "rgba(255, 255, 255, 0.08)" : "rgba(0, 0, 0, 0.04)",
    "--lt-error": dark ? "#f44336" : "#d32f2f",
    "--lt-error-bg": dark ? "#160b0b" : "#fdeded",
    "--lt-error-text": dark ? "#f4c7c7" : "#5f2120",
    "--lt-warning-bg": dark ? "#191207" : "#fff4e5",
    "--lt-warning-text": dark ? "#ffe2b7" : "#663c00",
    "--lt-info-bg": dark ? "#071318" : "#e5f6fd",
    "--lt-info-text": dark ? "#b8e7fb" : "#014361",
    "--lt-success-bg": dark ? "#0c130d" : "#edf7ed",
    "--lt-success-text": dark ? "#cce8cd" : "#1e4620",
  };
}
