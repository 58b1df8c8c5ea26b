// Video in the browser's own player, with what it lacks: keys (keys.ts), subtitles from the files
// beside the video (.vtt, .srt, .ass, .ssa), chapters from the file's metadata (a menu and a
// chapters track), picture-in-picture, a signed URL renewed before it expires without a break, HLS
// through hls.js where the browser cannot play it; the position is remembered per file.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert, Box } from "@mui/material";
import { describeError } from "../../../api/errors";
import { extOf } from "../choose";
import { ViewerFrame } from "../frame/ViewerFrame";
import { frameProps } from "../frame/frameProps";
import type { ViewerProps } from "../types";
import { chaptersOf, chaptersVtt } from "./chapters";
import { applyKey, keyAction, VIDEO_SHORTCUTS } from "./keys";
import { useResumePosition } from "./useResumePosition";
import { useSubtitleTracks } from "./useSubtitleTracks";
import { useVideoSource } from "./useVideoSource";
import { ChaptersMenu, PipButton, SubtitlesMenu } from "./VideoMenus";

/** Keys typed into these keep their own meaning (a focused button's Space presses it). */
const OWN_KEYS = "button, a, input, textarea, select, [role=menuitem], [role=menuitemradio], [role=slider]";

export default function MediaViewer(p: ViewerProps) {
  const { t } = useTranslation(["viewers", "player"]);
  const media = useRef<HTMLVideoElement | null>(null);
  // Also as state: effects that attach to the element run once the dialog mounted it.
  const [videoEl, setVideoEl] = useState<HTMLVideoElement | null>(null);
  const attach = useCallback((node: HTMLVideoElement | null) => {
    media.current = node;
    setVideoEl(node);
  }, []);
  const uri = p.file.path ?? "";
  const { error: sourceError, swapping } = useVideoSource(videoEl, {
    uri,
    entity: p.version ?? p.file.primary_entity,
    contextHint: p.contextHint,
    hls: extOf(p.file.name) === "m3u8",
  });
  const [failed, setFailed] = useState<unknown>(null);
  const tracks = useSubtitleTracks(p.file.name, p.sequence, p.contextHint);

  const chapters = useMemo(() => chaptersOf(p.file.metadata), [p.file.metadata]);
  const chapterVtt = useMemo(() => (chapters.length ? chaptersVtt(chapters, (n) => t("player:video.chapterUntitled", { n })) : ""), [chapters, t]);
  const [chapterSrc, setChapterSrc] = useState<string>();
  useEffect(() => {
    if (!chapterVtt) return;
    const src = URL.createObjectURL(new Blob([chapterVtt], { type: "text/vtt" }));
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the blob URL lives as long as this effect
    setChapterSrc(src);
    return () => URL.revokeObjectURL(src);
  }, [chapterVtt]);

  const { save, onLoaded, onTime } = useResumePosition(media, swapping, `${p.file.id}:${p.version ?? ""}`);

  const onKeyDown = (e: React.KeyboardEvent) => {
    const el = media.current;
    if (!el || (e.target as HTMLElement).closest(OWN_KEYS)) return;
    const action = keyAction(e);
    if (!action) return;
    e.preventDefault();
    applyKey(el, action);
  };
  // A focused <video> has key bindings of its own in the browser's controls; the keys are taken
  // before they reach it (capture phase), so one press never acts twice.
  const onVideoKey = (e: React.KeyboardEvent) => {
    if (e.target !== media.current || !keyAction(e)) return;
    e.stopPropagation();
    onKeyDown(e);
  };

  const error = sourceError ?? failed;
  return (
    <ViewerFrame
      {...frameProps(p)}
      onKeyDown={onKeyDown}
      actions={
        <>
          <SubtitlesMenu media={media} tracks={tracks} />
          <ChaptersMenu media={media} chapters={chapters} />
          <PipButton el={videoEl} />
        </>
      }
    >
      <Box
        onKeyDownCapture={onVideoKey}
        sx={{ position: "relative", flex: 1, minHeight: 0, display: "flex", alignItems: "center", justifyContent: "center", bgcolor: "#000" }}
      >
        {error != null && (
          <Alert severity="error" sx={{ position: "absolute", m: 2, zIndex: 1 }}>
            {t("viewers:media.failed", { reason: describeError(error, t) })}
          </Alert>
        )}
        <Box
          component="video"
          ref={attach}
          controls
          autoPlay
          playsInline
          tabIndex={0}
          aria-label={p.file.name}
          aria-keyshortcuts={VIDEO_SHORTCUTS}
          onLoadedMetadata={onLoaded}
          onTimeUpdate={onTime}
          onPause={save}
          onError={() => !swapping.current && media.current?.getAttribute("src") && setFailed(new Error(media.current?.error?.message || "media error"))}
          sx={{
            width: "100%",
            height: "100%",
            objectFit: "contain",
            outline: "none",
            "&:focus-visible": { outline: "2px solid", outlineColor: "primary.light" },
          }}
        >
          {tracks.map((tr, i) => (
            <track key={tr.src} kind="subtitles" src={tr.src} label={tr.label} srcLang={tr.lang} default={i === 0} />
          ))}
          {chapterSrc && <track kind="chapters" src={chapterSrc} default />}
        </Box>
      </Box>
    </ViewerFrame>
  );
}
