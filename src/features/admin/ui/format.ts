import { formatBytes, formatDate } from "../../../lib/format";

/** Display helpers shared by the dashboard's pages. */
export const bytes = (n: number | undefined, lng: string) => formatBytes(n ?? 0, lng);
export const date = (iso: string | undefined, lng: string) => (iso ? formatDate(iso, lng) : "—");

/** Size units a size field offers, largest first when choosing how to show a value. */
export const SIZE_UNITS = [
  { unit: "B", factor: 1 },
  { unit: "KB", factor: 1024 },
  { unit: "MB", factor: 1024 ** 2 },
  { unit: "GB", factor: 1024 ** 3 },
  { unit: "TB", factor: 1024 ** 4 },
] as const;

export const TIME_UNITS = [
  { unit: "s", factor: 1 },
  { unit: "min", factor: 60 },
  { unit: "h", factor: 3600 },
  { unit: "d", factor: 86400 },
] as const;

/** The largest unit that shows `value` as a whole number (0 in the smallest unit). */
export function bestUnit<U extends { unit: string; factor: number }>(units: readonly U[], value: number): U {
  if (!value) return units[0]!;
  for (let i = units.length - 1; i >= 0; i--) if (value % units[i]!.factor === 0) return units[i]!;
  return units[0]!;
}
