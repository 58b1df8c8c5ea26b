// The music player's preferences kept in this browser: the volume under the official frontend's key
// (so a user's volume carries over), repeat and shuffle under ours.
import type { Repeat } from "./playlist";

const VOLUME_KEY = "music_volume";
const SETTINGS_KEY = "music_player";

export function readSettings(): { repeat: Repeat; shuffle: boolean } {
  try {
    const s = JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? "{}") as { repeat?: unknown; shuffle?: unknown };
    return { repeat: s.repeat === "all" || s.repeat === "one" ? s.repeat : "off", shuffle: s.shuffle === true };
  } catch {
    return { repeat: "off", shuffle: false };
  }
}

export function saveSettings(s: { repeat: Repeat; shuffle: boolean }): void {
  localStorage.setItem(SETTINGS_KEY, JSON.stringify({ repeat: s.repeat, shuffle: s.shuffle }));
}

export function readVolume(): number {
  const v = Number(localStorage.getItem(VOLUME_KEY) ?? "1");
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 1;
}

export function saveVolume(v: number): void {
  localStorage.setItem(VOLUME_KEY, String(v));
}
