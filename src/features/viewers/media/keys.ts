// The video viewer's keys, as video sites have them: Space or K play/pause, ←/→ seek 5 s, ↑/↓
// volume, F full screen, M mute. Pure, unit-tested; the viewer applies the action.

export type KeyAction = { kind: "toggle" } | { kind: "seek"; by: number } | { kind: "volume"; by: number } | { kind: "fullscreen" } | { kind: "mute" };

export const SEEK_STEP = 5;
export const VOLUME_STEP = 0.1;
/** For aria-keyshortcuts on the video. */
export const VIDEO_SHORTCUTS = "Space K ArrowLeft ArrowRight ArrowUp ArrowDown F M";

export function keyAction(e: { key: string; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean }): KeyAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  switch (e.key) {
    case " ":
    case "k":
    case "K":
      return { kind: "toggle" };
    case "ArrowLeft":
      return { kind: "seek", by: -SEEK_STEP };
    case "ArrowRight":
      return { kind: "seek", by: SEEK_STEP };
    case "ArrowUp":
      return { kind: "volume", by: VOLUME_STEP };
    case "ArrowDown":
      return { kind: "volume", by: -VOLUME_STEP };
    case "f":
    case "F":
      return { kind: "fullscreen" };
    case "m":
    case "M":
      return { kind: "mute" };
    default:
      return null;
  }
}

/** Applies an action to a video element. */
export function applyKey(el: HTMLVideoElement, a: KeyAction): void {
  if (a.kind === "toggle") {
    if (el.paused || el.ended) void el.play().catch(() => undefined);
    else el.pause();
  } else if (a.kind === "seek") {
    const end = Number.isFinite(el.duration) ? el.duration : Infinity;
    el.currentTime = Math.max(0, Math.min(end, el.currentTime + a.by));
  } else if (a.kind === "volume") {
    el.volume = Math.round(Math.max(0, Math.min(1, el.volume + a.by)) * 100) / 100;
    if (a.by > 0) el.muted = false;
  } else if (a.kind === "mute") el.muted = !el.muted;
  else if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void el.requestFullscreen?.().catch(() => undefined);
}
