/** The theme presets setting: primary colour of the light palette → light and dark palettes. */
export interface Palette {
  primary: string;
  secondary: string;
}
export interface Preset {
  id: string;
  light: Palette;
  dark: Palette;
}

type Raw = Record<string, { light?: { palette?: Record<string, { main?: string }> }; dark?: { palette?: Record<string, { main?: string }> } }>;

export function parsePresets(text: string): Preset[] | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return undefined;
  return Object.entries(raw as Raw).map(([id, v]) => {
    const light = { primary: v?.light?.palette?.primary?.main ?? id, secondary: v?.light?.palette?.secondary?.main ?? id };
    return { id, light, dark: { primary: v?.dark?.palette?.primary?.main ?? light.primary, secondary: v?.dark?.palette?.secondary?.main ?? light.secondary } };
  });
}

/** Writes the presets back, keeping anything else a preset carried (other palette entries, typography). */
export function writePresets(presets: Preset[], previous: string): string {
  let old: Raw = {};
  try {
    old = JSON.parse(previous) as Raw;
  } catch {
    // A broken value is replaced whole.
  }
  const out: Raw = {};
  for (const p of presets) {
    const o = old[p.id] ?? {};
    out[p.light.primary] = {
      ...o,
      light: { ...o.light, palette: { ...o.light?.palette, primary: { main: p.light.primary }, secondary: { main: p.light.secondary } } },
      dark: { ...o.dark, palette: { ...o.dark?.palette, primary: { main: p.dark.primary }, secondary: { main: p.dark.secondary } } },
    };
  }
  return JSON.stringify(out);
}
