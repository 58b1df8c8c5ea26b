// Tags used lately, offered first in the Tags dialog. Kept in the account's local settings under the
// official frontend's keys, so a user switching between frontends keeps them:
// - `used_tags`: `{ [name]: colour | null }`, oldest first (the official frontend appends and trims the front);
// - `used_customized_tag_colors`: colours outside the offered palette, oldest first.
// Older builds of this app kept `explorer_recent_tags` (`[{name, color}]`, newest first); its values
// move over once, on the first read, and the old key goes.
import { sessionStore, type LocalSettings } from "../../../api/session";
import { COLORS } from "./palette";

export const USED_TAGS = "used_tags";
export const USED_TAG_COLORS = "used_customized_tag_colors";
const OLD_KEY = "explorer_recent_tags";
const MAX = 12;
const MAX_COLORS = 10;

export interface RecentTag {
  name: string;
  /** A hex colour, or "" for none. */
  color: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The recent tags of these settings, newest first. */
export function readRecentTags(settings: LocalSettings): RecentTag[] {
  const raw = settings[USED_TAGS];
  if (!isRecord(raw)) return [];
  return Object.entries(raw)
    .filter(([, color]) => color === null || typeof color === "string")
    .map(([name, color]) => ({ name, color: (color as string | null) ?? "" }))
    .reverse()
    .slice(0, MAX);
}

/** `used_tags` with these tags moved to the newest end, trimmed to the newest MAX. */
export function withUsedTags(settings: LocalSettings, used: readonly RecentTag[]): Record<string, string | null> {
  const names = new Set(used.map((t) => t.name));
  const kept = readRecentTags(settings)
    .reverse()
    .filter((t) => !names.has(t.name));
  const all = [...kept, ...used].slice(-MAX);
  return Object.fromEntries(all.map((t) => [t.name, t.color || null]));
}

const paletteHex = new Set<string>(COLORS.map((c) => c.hex));

/** `used_customized_tag_colors` with the colours of these tags that are not in the palette added at the end. */
export function withUsedColors(settings: LocalSettings, used: readonly RecentTag[]): string[] {
  const raw = settings[USED_TAG_COLORS];
  const colors = Array.isArray(raw) ? raw.filter((c): c is string => typeof c === "string") : [];
  for (const { color } of used) {
    const c = color.toLowerCase();
    if (c && !paletteHex.has(c) && !colors.includes(c)) colors.push(c);
  }
  return colors.slice(-MAX_COLORS);
}

/** The settings to write so the old key's tags live under the official keys; undefined when there is nothing to move. */
export function migrateRecentTags(settings: LocalSettings): LocalSettings | undefined {
  const old = settings[OLD_KEY];
  if (old === undefined) return undefined;
  const tags = Array.isArray(old) ? old.filter((t): t is RecentTag => typeof t?.name === "string" && typeof t?.color === "string") : [];
  // Both lists are newest first; tags already under the official key (set by the official frontend) go first.
  const current = readRecentTags(settings);
  const newestFirst = [...current, ...tags.filter((t) => !current.some((c) => c.name === t.name))];
  const merged = withUsedTags({}, newestFirst.reverse());
  // Undefined drops the key when the settings are saved as JSON.
  return { [USED_TAGS]: merged, [USED_TAG_COLORS]: withUsedColors(settings, tags), [OLD_KEY]: undefined };
}

function migrateOnce(): void {
  const moved = migrateRecentTags(sessionStore.settings());
  if (moved) for (const [k, v] of Object.entries(moved)) sessionStore.setSetting(k, v);
}

export function recentTags(): RecentTag[] {
  migrateOnce();
  return readRecentTags(sessionStore.settings());
}

/** Colours used on tags lately that the palette does not offer, oldest first. */
export function recentTagColors(): string[] {
  migrateOnce();
  return withUsedColors(sessionStore.settings(), []);
}

export function rememberTags(used: readonly RecentTag[]): void {
  if (used.length === 0) return;
  migrateOnce();
  const s = sessionStore.settings();
  sessionStore.setSetting(USED_TAGS, withUsedTags(s, used));
  const colors = withUsedColors(s, used);
  if (colors.length) sessionStore.setSetting(USED_TAG_COLORS, colors);
}
