// Tags used lately, offered first in the Tags dialog; kept in the account's local settings.
import { sessionStore } from "../../../api/session";

const KEY = "explorer_recent_tags";
const MAX = 12;

export interface RecentTag {
  name: string;
  color: string;
}

export function recentTags(): RecentTag[] {
  const raw = sessionStore.settings()[KEY];
  return Array.isArray(raw) ? raw.filter((t): t is RecentTag => typeof t?.name === "string" && typeof t?.color === "string").slice(0, MAX) : [];
}

export function rememberTags(used: readonly RecentTag[]): void {
  if (used.length === 0) return;
  const names = new Set(used.map((t) => t.name));
  sessionStore.setSetting(KEY, [...used, ...recentTags().filter((t) => !names.has(t.name))].slice(0, MAX));
}
