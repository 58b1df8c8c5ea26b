// The operating system's media controls (lock screen, media keys, headset buttons) through the
// Media Session API: what is playing, its cover, and what play/pause/next/previous/seek do.
import type { TrackInfo } from "./trackInfo";

export interface SessionHandlers {
  play: () => void;
  pause: () => void;
  next: () => void;
  previous: () => void;
  seek: (time: number) => void;
  stop: () => void;
}

const supported = () => typeof navigator !== "undefined" && "mediaSession" in navigator && typeof MediaMetadata !== "undefined";

export function setSessionTrack(info: TrackInfo | null, cover: string | undefined): void {
  if (!supported()) return;
  navigator.mediaSession.metadata = info
    ? new MediaMetadata({ title: info.title, artist: info.artist, album: info.album, artwork: cover ? [{ src: cover }] : [] })
    : null;
}

export function setSessionState(playing: boolean | null, position?: { duration: number; time: number; rate: number }): void {
  if (!supported()) return;
  navigator.mediaSession.playbackState = playing === null ? "none" : playing ? "playing" : "paused";
  if (position && Number.isFinite(position.duration) && position.duration > 0) {
    try {
      navigator.mediaSession.setPositionState({
        duration: position.duration,
        position: Math.min(position.time, position.duration),
        playbackRate: position.rate || 1,
      });
    } catch {
      // An inconsistent position (a source being swapped) is skipped; the next update sets it.
    }
  }
}

export function setSessionHandlers(h: SessionHandlers | null): void {
  if (!supported()) return;
  const set = (action: MediaSessionAction, fn: MediaSessionActionHandler | null) => {
    try {
      navigator.mediaSession.setActionHandler(action, fn);
    } catch {
      // Actions a browser does not know are left out.
    }
  };
  set("play", h && (() => h.play()));
  set("pause", h && (() => h.pause()));
  set("nexttrack", h && (() => h.next()));
  set("previoustrack", h && (() => h.previous()));
  set("seekto", h && ((d) => d.seekTime !== undefined && h.seek(d.seekTime)));
  set("stop", h && (() => h.stop()));
}
