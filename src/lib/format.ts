// Display formatting for sizes and server times (RFC 3339 strings; docs/server-behaviour.md, "Ids, times and boolsets").

// Constructing Intl formatters is far slower than using them, and a 10,000-row listing formats
// every row; keep one per locale and option set.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>(
  kind: string,
  locale: string | undefined,
  options: object,
  make: () => T,
): T {
  const key = `${kind}|${locale ?? ""}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f as T;
}

const UNITS = ["B", "KB", "MB", "GB", "TB"] as const;

/**
 * Binary sizes with the unit labels users know from Cloudreve (1 KB = 1024 B). Bytes are whole;
 * larger units get at most one decimal. A no-break space keeps number and unit on one line.
 */
export function formatBytes(bytes: number, locale?: string): string {
  if (!Number.isFinite(bytes)) return "—";
  let unit = 0;
  let value = Math.abs(bytes);
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  // 1,048,575 B is 1023.999 KB, which would round to "1,024 KB"; show "1 MB" instead.
  if (unit > 0 && unit < UNITS.length - 1 && Math.round(value * 10) / 10 >= 1024) {
    value /= 1024;
    unit++;
  }
  const options = { maximumFractionDigits: unit === 0 ? 0 : 1 };
  const number = cached("n", locale, options, () => new Intl.NumberFormat(locale, options));
  return `${number.format(Math.sign(bytes) * value)}\u00a0${UNITS[unit]}`;
}

/**
 * A size with its exact byte count, "1.9 KB (1,946 B)", the count only where the rounded size is
 * not exact already ("345 B", not "345 B (345 B)").
 */
export function formatBytesExact(bytes: number, locale?: string): string {
  const rounded = formatBytes(bytes, locale);
  if (!Number.isFinite(bytes)) return rounded;
  const number = cached("n", locale, {}, () => new Intl.NumberFormat(locale));
  const exact = `${number.format(bytes)}\u00a0B`;
  return rounded === exact ? rounded : `${rounded} (${exact})`;
}

/** Go's zero time.Time (`0001-01-01T00:00:00Z`), which the server sends for "never". */
export function isZeroTime(iso: string): boolean {
  const t = Date.parse(iso);
  // Compared by year, so the zero time written with a zone offset is recognised too.
  return !Number.isNaN(t) && new Date(t).getUTCFullYear() <= 1;
}

function timestamp(iso: string): number | null {
  const t = Date.parse(iso);
  return Number.isNaN(t) || isZeroTime(iso) ? null : t;
}

const ZONE_KEY = "cr_time_zone";
let preferredZone: string | undefined = readZone();

function readZone(): string | undefined {
  try {
    const z = globalThis.localStorage?.getItem(ZONE_KEY) ?? undefined;
    return z && isTimeZone(z) ? z : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the browser knows this IANA zone name. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The zone dates are shown in, chosen in preferences; undefined follows the device. */
export const preferredTimeZone = (): string | undefined => preferredZone;

/** Chooses the zone dates are shown in on this device (undefined: the device's own). */
export function setPreferredTimeZone(zone: string | undefined): void {
  preferredZone = zone && isTimeZone(zone) ? zone : undefined;
  try {
    if (preferredZone) localStorage.setItem(ZONE_KEY, preferredZone);
    else localStorage.removeItem(ZONE_KEY);
  } catch {
    // Private mode without storage: the choice lasts for this page.
  }
}

export interface DateFormatOptions {
  /** Defaults to the zone chosen in preferences, else the device's; fixed in tests. */
  timeZone?: string;
  /** Leave out the time of day. */
  dateOnly?: boolean;
}

/** A localized date and time, or "" for a missing (zero) or unparseable time. */
export function formatDate(iso: string, locale?: string, { timeZone = preferredZone, dateOnly = false }: DateFormatOptions = {}): string {
  const t = timestamp(iso);
  if (t === null) return "";
  const options: Intl.DateTimeFormatOptions = dateOnly ? { dateStyle: "medium", timeZone } : { dateStyle: "medium", timeStyle: "short", timeZone };
  return cached("d", locale, options, () => new Intl.DateTimeFormat(locale, options)).format(t);
}

const STEPS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ["second", 60],
  ["minute", 60],
  ["hour", 24],
  ["day", 7],
  ["week", 365 / 12 / 7],
  ["month", 12],
  ["year", Infinity],
];

/** "3 minutes ago" / "in 2 days" relative to `now`, or "" for a missing (zero) or unparseable time. */
export function formatRelative(iso: string, now: Date | number, locale?: string): string {
  const t = timestamp(iso);
  if (t === null) return "";
  let value = (t - Number(now)) / 1000;
  let unit: Intl.RelativeTimeFormatUnit = "second";
  for (const [u, size] of STEPS) {
    unit = u;
    if (Math.abs(value) < size) break;
    value /= size;
  }
  const options: Intl.RelativeTimeFormatOptions = { numeric: "auto" };
  const rtf = cached("r", locale, options, () => new Intl.RelativeTimeFormat(locale, options));
  // Math.trunc, so 59.9 seconds ago is not rounded up to "60 seconds ago".
  return rtf.format(Math.trunc(value) || 0, unit);
}
