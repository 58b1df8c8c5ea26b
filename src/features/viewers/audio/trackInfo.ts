// What the player shows and tells the operating system (Media Session) about a track: the tags the
// server read from the file (`music:title`, `music:artist`, `music:album`; docs/server-behaviour.md)
// when present, else the file name without its extension. Pure, unit-tested.
import type { FileResponse } from "../../../api/queries/files";

export interface TrackInfo {
  title: string;
  artist: string;
  album: string;
}

export function trackInfo(file: Pick<FileResponse, "name" | "metadata">): TrackInfo {
  const m = file.metadata ?? {};
  const dot = file.name.lastIndexOf(".");
  const stem = dot > 0 ? file.name.slice(0, dot) : file.name;
  return {
    title: m["music:title"]?.trim() || stem,
    artist: (m["music:artist"] || m["music:album_artists"] || "").trim(),
    album: (m["music:album"] ?? "").trim(),
  };
}

/** m:ss or h:mm:ss, for the elapsed and total time beside the seek bar. */
export function clock(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "0:00";
  const s = Math.floor(seconds);
  const h = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(mm).padStart(2, "0")}:${ss}` : `${mm}:${ss}`;
}
