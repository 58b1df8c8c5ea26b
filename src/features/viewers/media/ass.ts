// Advanced SubStation Alpha (.ass) and SubStation Alpha (.ssa) subtitles → WebVTT, which is all a
// <track> reads: the dialogue lines with their timings, in time order, with the style overrides
// (`{\i1}`, `{\pos(…)}`, drawings) stripped and the line breaks kept. Pure, unit-tested.

/** `H:MM:SS.cc` (centiseconds) → seconds, or NaN. */
export function assTime(s: string): number {
  const m = /^\s*(\d+):(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?\s*$/.exec(s);
  if (!m) return Number.NaN;
  const frac = m[4] ? Number(`0.${m[4]}`) : 0;
  return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) + frac;
}

/** Seconds → `HH:MM:SS.mmm`. */
export function vttTime(t: number): string {
  const ms = Math.round(t * 1000);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

/** A dialogue's text as cue text: overrides and drawings gone, \N line breaks, hard spaces. */
export function assText(text: string): string {
  return (
    text
      // Drawing mode (\p1 … \p0) draws shapes with its text: drop what it draws.
      .replace(/\{[^}]*\\p[1-9][^}]*\}[^{]*/g, "")
      .replace(/\{[^}]*\}/g, "")
      .replace(/\\N/g, "\n")
      .replace(/\\n/g, "\n")
      .replace(/\\h/g, "\u00a0")
      // Cue text is markup: the characters that start it are written as entities.
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean)
      .join("\n")
  );
}

interface Cue {
  start: number;
  end: number;
  text: string;
}

export function assToVtt(source: string): string {
  const lines = source.replace(/^\uFEFF/, "").split(/\r\n?|\n/);
  let section = "";
  // The [Events] Format line names the fields; SSA and ASS differ (Marked vs Layer), so read it.
  let format = ["layer", "start", "end", "style", "name", "marginl", "marginr", "marginv", "effect", "text"];
  const cues: Cue[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    const head = /^\[(.+)\]$/.exec(line);
    if (head) {
      section = head[1]!.toLowerCase();
      continue;
    }
    if (section !== "events") continue;
    const colon = line.indexOf(":");
    if (colon < 0) continue;
    const kind = line.slice(0, colon).trim().toLowerCase();
    const rest = line.slice(colon + 1);
    if (kind === "format") {
      format = rest.split(",").map((f) => f.trim().toLowerCase());
      continue;
    }
    if (kind !== "dialogue") continue;
    // The text is the last field and may itself hold commas.
    const parts = rest.split(",");
    const fields = [...parts.slice(0, format.length - 1), parts.slice(format.length - 1).join(",")];
    const get = (name: string) => fields[format.indexOf(name)] ?? "";
    const start = assTime(get("start"));
    const end = assTime(get("end"));
    const text = assText(get("text"));
    if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start || !text) continue;
    cues.push({ start, end, text });
  }
  cues.sort((a, b) => a.start - b.start || a.end - b.end);
  return `WEBVTT\n\n${cues.map((c) => `${vttTime(c.start)} --> ${vttTime(c.end)}\n${c.text}`).join("\n\n")}\n`;
}
