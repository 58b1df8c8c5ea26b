// Subtitles beside a video: `movie.vtt`, `movie.srt`, `movie.en.ass`, `movie.ssa` next to
// `movie.mp4`. SubRip (here) and SubStation Alpha (ass.ts) are turned into WebVTT, which is all a
// <track> reads. Pure, unit-tested.
import { extOf } from "../choose";

const SUBTITLE_EXTS = new Set(["vtt", "srt", "ass", "ssa"]);

export interface SubtitleFile {
  name: string;
  /** The language or label part of the name ("en" in movie.en.srt), or "" for none. */
  label: string;
}

/** The subtitle files among `names` that belong to the video `video`. */
export function subtitlesFor(video: string, names: readonly string[]): SubtitleFile[] {
  const dot = video.lastIndexOf(".");
  const base = (dot > 0 ? video.slice(0, dot) : video).toLowerCase();
  return names.flatMap((name) => {
    if (!SUBTITLE_EXTS.has(extOf(name))) return [];
    const stem = name.slice(0, name.lastIndexOf("."));
    const lower = stem.toLowerCase();
    if (lower === base) return [{ name, label: "" }];
    if (lower.startsWith(`${base}.`)) return [{ name, label: stem.slice(base.length + 1) }];
    return [];
  });
}

/** SubRip → WebVTT: a header, and commas as the decimal mark of times. */
export function srtToVtt(srt: string): string {
  const body = srt
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/(\d{2}:\d{2}:\d{2}),(\d{3})/g, "$1.$2");
  return `WEBVTT\n\n${body}`;
}
