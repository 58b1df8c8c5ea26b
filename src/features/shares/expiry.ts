/** Expiry presets of the share dialog, in seconds (the server takes "seconds from now"). */
export const EXPIRY_PRESETS = [
  { id: "hour", seconds: 3600 },
  { id: "day", seconds: 86_400 },
  { id: "week", seconds: 7 * 86_400 },
  { id: "month", seconds: 30 * 86_400 },
] as const;
export type ExpiryChoice = (typeof EXPIRY_PRESETS)[number]["id"] | "custom";

/** `<input type="datetime-local">` value for a date, in local time. */
export function toLocalInput(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** Seconds from `now` until the chosen expiry; 0 or less means the date is not in the future. */
export function expirySeconds(choice: ExpiryChoice, custom: string, now: number): number {
  if (choice !== "custom") return EXPIRY_PRESETS.find((p) => p.id === choice)!.seconds;
  const at = new Date(custom).getTime();
  return Number.isNaN(at) ? 0 : Math.floor((at - now) / 1000);
}

export const PASSWORD_RE = /^[A-Za-z0-9]{1,32}$/;
