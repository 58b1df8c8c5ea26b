// The video viewer's buttons beside the title: subtitles (the files beside the video, or off),
// chapters (from the file's metadata; picking one seeks there) and picture-in-picture where the
// browser has it.
import { useEffect, useState, type RefObject } from "react";
import { useTranslation } from "react-i18next";
import { IconButton, ListItemText, Menu, MenuItem, Tooltip } from "@mui/material";
import SubtitlesIcon from "@mui/icons-material/SubtitlesOutlined";
import ChaptersIcon from "@mui/icons-material/FormatListNumberedOutlined";
import PipIcon from "@mui/icons-material/PictureInPictureAltOutlined";
import { clock } from "../audio/trackInfo";
import { chapterAt, type Chapter } from "./chapters";
import type { SubtitleTrack } from "./useSubtitleTracks";

type Media = RefObject<HTMLVideoElement | null>;

function MenuButton({
  label,
  icon,
  children,
  onOpen,
}: {
  label: string;
  icon: React.ReactNode;
  children: (close: () => void) => React.ReactNode;
  onOpen?: () => void;
}) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Tooltip title={label}>
        <IconButton
          color="inherit"
          aria-label={label}
          aria-haspopup="menu"
          aria-expanded={Boolean(anchor)}
          onClick={(e) => {
            onOpen?.();
            setAnchor(e.currentTarget);
          }}
        >
          {icon}
        </IconButton>
      </Tooltip>
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {children(() => setAnchor(null))}
      </Menu>
    </>
  );
}

/** Shows one subtitle track (index among `tracks`) or none (-1). */
function showTrack(el: HTMLVideoElement | null, index: number) {
  if (!el) return;
  const subs = [...el.textTracks].filter((t) => t.kind === "subtitles");
  subs.forEach((t, i) => (t.mode = i === index ? "showing" : "disabled"));
}

export function SubtitlesMenu({ media, tracks }: { media: Media; tracks: readonly SubtitleTrack[] }) {
  const { t } = useTranslation("player");
  const [shown, setShown] = useState(-1);
  const read = () => setShown([...(media.current?.textTracks ?? [])].filter((tr) => tr.kind === "subtitles").findIndex((tr) => tr.mode === "showing"));
  if (!tracks.length) return null;
  const pick = (i: number, close: () => void) => {
    showTrack(media.current, i);
    setShown(i);
    close();
  };
  return (
    <MenuButton label={t("player:video.subtitles")} icon={<SubtitlesIcon />} onOpen={read}>
      {(close) => [
        <MenuItem key="off" role="menuitemradio" aria-checked={shown === -1} selected={shown === -1} onClick={() => pick(-1, close)}>
          {t("player:video.subtitlesOff")}
        </MenuItem>,
        ...tracks.map((tr, i) => (
          <MenuItem key={tr.src} role="menuitemradio" aria-checked={shown === i} selected={shown === i} onClick={() => pick(i, close)}>
            <bdi>{tr.label}</bdi>
          </MenuItem>
        )),
      ]}
    </MenuButton>
  );
}

export function ChaptersMenu({ media, chapters }: { media: Media; chapters: readonly Chapter[] }) {
  const { t } = useTranslation("player");
  const [current, setCurrent] = useState(-1);
  if (!chapters.length) return null;
  return (
    <MenuButton label={t("player:video.chapters")} icon={<ChaptersIcon />} onOpen={() => setCurrent(chapterAt(chapters, media.current?.currentTime ?? 0))}>
      {(close) =>
        chapters.map((c, i) => (
          <MenuItem
            key={`${c.start}-${i}`}
            selected={i === current}
            aria-current={i === current ? "true" : undefined}
            onClick={() => {
              const el = media.current;
              if (el) el.currentTime = c.start;
              close();
            }}
          >
            <ListItemText primary={<bdi>{c.title || t("player:video.chapterUntitled", { n: i + 1 })}</bdi>} secondary={clock(c.start)} />
          </MenuItem>
        ))
      }
    </MenuButton>
  );
}

export function PipButton({ el }: { el: HTMLVideoElement | null }) {
  const { t } = useTranslation("player");
  const [active, setActive] = useState(false);
  useEffect(() => {
    if (!el) return;
    const on = () => setActive(true);
    const off = () => setActive(false);
    el.addEventListener("enterpictureinpicture", on);
    el.addEventListener("leavepictureinpicture", off);
    return () => {
      el.removeEventListener("enterpictureinpicture", on);
      el.removeEventListener("leavepictureinpicture", off);
      // Closing the viewer ends picture-in-picture with it: the video is gone.
      if (document.pictureInPictureElement === el) void document.exitPictureInPicture().catch(() => undefined);
    };
  }, [el]);
  if (typeof document === "undefined" || !document.pictureInPictureEnabled) return null;
  const label = active ? t("player:video.pipExit") : t("player:video.pip");
  return (
    <Tooltip title={label}>
      <IconButton
        color="inherit"
        aria-label={label}
        aria-pressed={active}
        onClick={() => {
          if (!el) return;
          if (document.pictureInPictureElement) void document.exitPictureInPicture().catch(() => undefined);
          else void el.requestPictureInPicture().catch(() => undefined);
        }}
      >
        <PipIcon />
      </IconButton>
    </Tooltip>
  );
}
