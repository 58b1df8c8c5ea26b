// Video and audio in the browser's own player (keyboard, picture-in-picture, captions menu): HLS
// playlists through hls.js, loaded only for `.m3u8` where the browser does not play them itself;
// subtitles from files beside the video; the position is remembered per file.
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Box, CircularProgress } from "@mui/material";
import { fetchFileText } from "../../../api/content";
import { viewerQueries } from "../../../api/queries/viewers";
import { describeError } from "../../../api/errors";
import { extOf } from "../choose";
import { ViewerFrame } from "../frame/ViewerFrame";
import type { ViewerProps } from "../types";
import { srtToVtt, subtitlesFor } from "./subtitles";

const POSITION_KEY = (id: string) => `media_position_${id}`;

interface Track {
  src: string;
  label: string;
}

export default function MediaViewer(p: ViewerProps) {
  const { t } = useTranslation("viewers");
  const qc = useQueryClient();
  const uri = p.file.path ?? "";
  const audio = p.viewer.id === "music";
  const url = useQuery(viewerQueries.url(uri, { entity: p.version ?? p.file.primary_entity, contextHint: p.contextHint }));
  const src = url.data?.url;
  const media = useRef<HTMLVideoElement & HTMLAudioElement>(null);
  const [failed, setFailed] = useState<unknown>(null);

  // HLS: hls.js only when the browser cannot play the playlist itself.
  useEffect(() => {
    const el = media.current;
    if (!el || !src) return;
    if (extOf(p.file.name) !== "m3u8" || el.canPlayType("application/vnd.apple.mpegurl")) {
      el.src = src;
      return;
    }
    let destroy = () => {};
    let live = true;
    void import("hls.js").then(({ default: Hls }) => {
      if (!live) return;
      if (!Hls.isSupported()) {
        el.src = src;
        return;
      }
      const hls = new Hls();
      hls.loadSource(src);
      hls.attachMedia(el);
      hls.on(Hls.Events.ERROR, (_e, data) => data.fatal && setFailed(new Error(data.details)));
      destroy = () => hls.destroy();
    }, setFailed);
    return () => {
      live = false;
      destroy();
    };
  }, [src, p.file.name]);

  // Subtitles from sibling files, as blob URLs (a <track> needs same-origin or CORS text).
  const siblings = (p.sequence?.files ?? []).map((f) => f.name);
  const subs = audio ? [] : subtitlesFor(p.file.name, siblings);
  const subsKey = subs.map((s) => s.name).join("|");
  const [tracks, setTracks] = useState<Track[]>([]);
  useEffect(() => {
    if (!subsKey) return;
    let live = true;
    const made: string[] = [];
    const folder = uri.slice(0, uri.lastIndexOf("/"));
    void Promise.all(
      subsKey.split("|").map(async (name) => {
        const file = p.sequence?.files.find((f) => f.name === name);
        if (!file?.path) return null;
        const { url: u } = await qc.fetchQuery(viewerQueries.url(file.path ?? `${folder}/${name}`, { contextHint: p.contextHint }));
        const text = await fetchFileText(u);
        const vtt = extOf(name) === "srt" ? srtToVtt(text) : text;
        const blob = URL.createObjectURL(new Blob([vtt], { type: "text/vtt" }));
        made.push(blob);
        return { src: blob, label: subtitlesFor(p.file.name, [name])[0]?.label || name };
      }),
    ).then((list) => live && setTracks(list.filter((x): x is Track => x !== null)), () => undefined);
    return () => {
      live = false;
      made.forEach((u) => URL.revokeObjectURL(u));
    };
    // The sequence object changes on every listing render; the names are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [subsKey, uri, qc, p.contextHint]);

  // The position is remembered per file (and version), so a long video resumes where it stopped.
  const key = POSITION_KEY(`${p.file.id}:${p.version ?? ""}`);
  const onLoaded = () => {
    const el = media.current;
    const saved = Number(localStorage.getItem(key));
    if (el && saved > 0 && saved < el.duration - 5) el.currentTime = saved;
  };
  const lastSave = useRef(0);
  const onTime = () => {
    const el = media.current;
    if (!el || Date.now() - lastSave.current < 2000) return;
    lastSave.current = Date.now();
    if (el.currentTime > 0 && el.currentTime < el.duration - 5) localStorage.setItem(key, String(Math.floor(el.currentTime)));
    else localStorage.removeItem(key);
  };

  const error = url.error ?? failed;
  const common = {
    ref: media,
    controls: true,
    autoPlay: true,
    onLoadedMetadata: onLoaded,
    onTimeUpdate: onTime,
    onError: () => setFailed(new Error(media.current?.error?.message || "media error")),
    "aria-label": p.file.name,
  };
  return (
    <ViewerFrame title={p.file.name} mode={p.mode} close={p.close} download={p.mode === "dialog" ? p.download : undefined}>
      <Box sx={{ flex: 1, minHeight: 0, display: "flex", alignItems: "center", justifyContent: "center", bgcolor: audio ? "background.default" : "#000", p: audio ? 3 : 0 }}>
        {error != null ? (
          <Alert severity="error" sx={{ m: 2 }}>{t("media.failed", { reason: describeError(error, t) })}</Alert>
        ) : !src ? (
          <CircularProgress aria-label={t("frame.loading")} />
        ) : audio ? (
          <Box component="audio" {...common} sx={{ width: "100%", maxWidth: 560 }} />
        ) : (
          <Box component="video" {...common} playsInline sx={{ width: "100%", height: "100%", objectFit: "contain" }}>
            {tracks.map((tr, i) => (
              <track key={tr.src} kind="subtitles" src={tr.src} label={tr.label} default={i === 0} />
            ))}
          </Box>
        )}
      </Box>
    </ViewerFrame>
  );
}
