// Names for the site's theme colours, which the server knows only as hex codes (docs/server-behaviour.md, "Site configuration").

export const COLOR_NAMES = [
  "red",
  "pink",
  "purple",
  "deepPurple",
  "indigo",
  "blue",
  "lightBlue",
  "cyan",
  "teal",
  "green",
  "lightGreen",
  "lime",
  "yellow",
  "amber",
  "orange",
  "deepOrange",
  "brown",
  "grey",
  "blueGrey",
  "black",
  "white",
] as const;
export type ColorName = (typeof COLOR_NAMES)[number];

/**
 * Material's palette, whose shades admins usually pick (the install defaults are two of them):
 * an exact match gets its own name, so two neighbouring blues do not both read "Blue".
 */
const MATERIAL: Record<string, ColorName> = {};
const SHADES: [ColorName, string[]][] = [
  ["red", ["#f44336", "#e53935", "#d32f2f", "#c62828", "#b71c1c"]],
  ["pink", ["#e91e63", "#d81b60", "#c2185b", "#ad1457", "#880e4f"]],
  ["purple", ["#9c27b0", "#8e24aa", "#7b1fa2", "#6a1b9a", "#4a148c"]],
  ["deepPurple", ["#673ab7", "#5e35b1", "#512da8", "#4527a0", "#311b92"]],
  ["indigo", ["#3f51b5", "#3949ab", "#303f9f", "#283593", "#1a237e"]],
  ["blue", ["#2196f3", "#1e88e5", "#1976d2", "#1565c0", "#0d47a1"]],
  ["lightBlue", ["#03a9f4", "#039be5", "#0288d1", "#0277bd", "#01579b"]],
  ["cyan", ["#00bcd4", "#00acc1", "#0097a7", "#00838f", "#006064"]],
  ["teal", ["#009688", "#00897b", "#00796b", "#00695c", "#004d40"]],
  ["green", ["#4caf50", "#43a047", "#388e3c", "#2e7d32", "#1b5e20"]],
  ["lightGreen", ["#8bc34a", "#7cb342", "#689f38", "#558b2f", "#33691e"]],
  ["lime", ["#cddc39", "#c0ca33", "#afb42b", "#9e9d24", "#827717"]],
  ["yellow", ["#ffeb3b", "#fdd835", "#fbc02d", "#f9a825", "#f57f17"]],
  ["amber", ["#ffc107", "#ffb300", "#ffa000", "#ff8f00", "#ff6f00"]],
  ["orange", ["#ff9800", "#fb8c00", "#f57c00", "#ef6c00", "#e65100"]],
  ["deepOrange", ["#ff5722", "#f4511e", "#e64a19", "#d84315", "#bf360c"]],
  ["brown", ["#795548", "#6d4c41", "#5d4037", "#4e342e", "#3e2723"]],
  ["grey", ["#9e9e9e", "#757575", "#616161", "#424242", "#212121"]],
  ["blueGrey", ["#607d8b", "#546e7a", "#455a64", "#37474f", "#263238"]],
];
for (const [name, hexes] of SHADES) for (const h of hexes) MATERIAL[h] = name;

function rgbOf(hex: string): [number, number, number] | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})([0-9a-f]{2})?$/i.exec(hex.trim());
  if (!m) return null;
  const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join("") : m[1]!;
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255) as [number, number, number];
}

/** The name a person would give a colour: Material's own where it is one, else by hue. */
export function colorName(hex: string): ColorName | null {
  const exact = MATERIAL[hex.trim().toLowerCase()];
  if (exact) return exact;
  const rgb = rgbOf(hex);
  if (!rgb) return null;
  const [r, g, b] = rgb;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const d = max - min;
  const s = d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1));
  if (l < 0.1) return "black";
  if (l > 0.94) return "white";
  let h = 0;
  if (d > 0) {
    if (max === r) h = ((g - b) / d) % 6;
    else if (max === g) h = (b - r) / d + 2;
    else h = (r - g) / d + 4;
    h = (h * 60 + 360) % 360;
  }
  if (s < 0.12) return "grey";
  if (s < 0.3 && h >= 180 && h < 260) return "blueGrey";
  if (h >= 10 && h < 45 && l < 0.4) return "brown";
  const hues: [number, ColorName][] = [
    [10, "red"],
    [40, "orange"],
    [65, "yellow"],
    [160, "green"],
    [185, "teal"],
    [200, "cyan"],
    [245, "blue"],
    [265, "indigo"],
    [320, "purple"],
    [345, "pink"],
    [360, "red"],
  ];
  return hues.find(([end]) => h < end)![1];
}
