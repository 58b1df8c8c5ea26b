// Chapters of a video from the metadata the server's media extractor wrote (ffprobe's chapters):
// `stream:chapter_<id>_start_time`, `stream:chapter_<id>_end_time` (seconds, as text) and
// `stream:chapter_<id>_name` (the chapter's title tag, when it has one). Pure, unit-tested.
import { vttTime } from "./ass";

export interface Chapter {
  start: number;
  end: number;
  /** The file's title for the chapter, or "" (the menu numbers it then). */
  title: string;
}

const KEY = /^stream:chapter_(\d+)_(start_time|end_time|name)$/;

export function chaptersOf(metadata: Readonly<Record<string, string>> | null | undefined): Chapter[] {
  const byId = new Map<number, Partial<Chapter>>();
  for (const [k, v] of Object.entries(metadata ?? {})) {
    const m = KEY.exec(k);
    if (!m) continue;
    const id = Number(m[1]);
    const c = byId.get(id) ?? {};
    if (m[2] === "name") c.title = v.trim();
    else c[m[2] === "start_time" ? "start" : "end"] = Number.parseFloat(v);
    byId.set(id, c);
  }
  const list = [...byId.values()]
    .filter((c): c is Chapter & Partial<Chapter> => Number.isFinite(c.start))
    .map((c) => ({ start: Math.max(0, c.start!), end: Number.isFinite(c.end) ? c.end! : Number.NaN, title: c.title ?? "" }))
    .sort((a, b) => a.start - b.start);
  // A chapter without an end runs to the next one.
  return list.map((c, i) => ({ ...c, end: Number.isFinite(c.end) && c.end > c.start ? c.end : (list[i + 1]?.start ?? c.start) }));
}

/** The chapter playing at `time` (the last one that started), or -1. */
export function chapterAt(chapters: readonly Chapter[], time: number): number {
  let at = -1;
  chapters.forEach((c, i) => {
    if (c.start <= time + 0.001) at = i;
  });
  return at;
}

/** The chapters as a WebVTT chapters track (for players and assistive technology that read one). */
export function chaptersVtt(chapters: readonly Chapter[], untitled: (n: number) => string): string {
  const cues = chapters
    .filter((c) => c.end > c.start)
    .map(
      (c, i) => `${vttTime(c.start)} --> ${vttTime(c.end)}\n${(c.title || untitled(i + 1)).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/-->/g, "→")}`,
    );
  return `WEBVTT\n\n${cues.join("\n\n")}\n`;
}
