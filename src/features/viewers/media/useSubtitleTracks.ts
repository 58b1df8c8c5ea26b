// Subtitle files beside a video, read through their signed URLs and handed to <track> as WebVTT
// blob URLs (a <track> needs same-origin or CORS text, and reads nothing but WebVTT).
import { useEffect, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { fetchFileText } from "../../../api/content";
import { viewerQueries } from "../../../api/queries/viewers";
import { extOf } from "../choose";
import type { FileSequence } from "../types";
import { assToVtt } from "./ass";
import { srtToVtt, subtitlesFor } from "./subtitles";

export interface SubtitleTrack {
  src: string;
  /** The language part of the name ("en" in movie.en.srt), else the file's name. */
  label: string;
  lang: string | undefined;
}

function toVtt(name: string, text: string): string {
  const ext = extOf(name);
  if (ext === "srt") return srtToVtt(text);
  if (ext === "ass" || ext === "ssa") return assToVtt(text);
  return text;
}

export function useSubtitleTracks(video: string, sequence: FileSequence | undefined, contextHint: string | undefined): SubtitleTrack[] {
  const qc = useQueryClient();
  const files = sequence?.files ?? [];
  const subs = subtitlesFor(
    video,
    files.map((f) => f.name),
  );
  const key = subs.map((s) => `${s.name}\n${files.find((f) => f.name === s.name)?.path ?? ""}`).join("|");
  const [tracks, setTracks] = useState<SubtitleTrack[]>([]);
  useEffect(() => {
    if (!key) return;
    let live = true;
    const made: string[] = [];
    void Promise.all(
      key.split("|").map(async (entry) => {
        const [name = "", path = ""] = entry.split("\n");
        if (!path) return null;
        try {
          const { url } = await qc.fetchQuery(viewerQueries.url(path, { contextHint }));
          const vtt = toVtt(name, await fetchFileText(url));
          const src = URL.createObjectURL(new Blob([vtt], { type: "text/vtt" }));
          made.push(src);
          const label = subtitlesFor(video, [name])[0]?.label ?? "";
          return { src, label: label || name, lang: /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(label) ? label : undefined };
        } catch {
          // One unreadable subtitle file leaves the others (and the video) alone.
          return null;
        }
      }),
    ).then((list) => {
      if (live) setTracks(list.filter((x): x is SubtitleTrack => x !== null));
      else made.forEach((u) => URL.revokeObjectURL(u));
    });
    return () => {
      live = false;
      made.forEach((u) => URL.revokeObjectURL(u));
    };
  }, [key, video, qc, contextHint]);
  return key ? tracks : [];
}
