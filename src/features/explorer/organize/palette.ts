// Colours offered for tags and folders. Stored as hex values, which both the server (contract
// §8.16: a tag's value or a folder's `customize:icon_color` must be a colour) and other clients read.
export const COLORS = [
  { id: "red", hex: "#e53935" },
  { id: "orange", hex: "#f57c00" },
  { id: "yellow", hex: "#fbc02d" },
  { id: "green", hex: "#43a047" },
  { id: "blue", hex: "#1e88e5" },
  { id: "purple", hex: "#8e24aa" },
  { id: "grey", hex: "#757575" },
] as const;

export const isHexColor = (v: string | undefined): v is string => Boolean(v && /^#[0-9a-f]{3,8}$/i.test(v));
