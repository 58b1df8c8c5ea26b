// The music player: one <audio> element for the whole app, outside React, so music goes on while
// the user browses other folders and after the viewer closed (the mini player in the app shell
// shows it then). Components read its state through usePlayer (useSyncExternalStore).
import type { QueryClient } from "@tanstack/react-query";
import { fileQueries, type FileResponse } from "../../../api/queries/files";
import { viewerQueries } from "../../../api/queries/viewers";
import { keepFresh, swapSource } from "../media/renewal";
import { setSessionHandlers, setSessionState, setSessionTrack } from "./mediaSession";
import type { MoreTracks } from "./more";
import { extendOrder, nextRepeat, playOrder, stepBack, stepForward, type Repeat, type Step } from "./playlist";
import { readSettings, readVolume, saveSettings, saveVolume } from "./settings";
import { playerSlot } from "./slot";
import { trackInfo } from "./trackInfo";

export interface PlayerState {
  tracks: readonly FileResponse[];
  /** Index of the current track in `tracks` (-1: nothing). */
  current: number;
  order: readonly number[];
  playing: boolean;
  time: number;
  duration: number;
  volume: number;
  muted: boolean;
  repeat: Repeat;
  shuffle: boolean;
  cover: string | undefined;
  error: unknown;
  loadingMore: boolean;
  hasMore: boolean;
}

export interface StartOptions {
  qc: QueryClient;
  tracks: readonly FileResponse[];
  current: number;
  contextHint?: string | undefined;
  more?: MoreTracks | null;
}

class MusicPlayer {
  private el: HTMLAudioElement | null = null;
  private listeners = new Set<() => void>();
  private qc: QueryClient | null = null;
  private contextHint: string | undefined;
  private more: MoreTracks | null = null;
  private stopRenewal = () => {};
  /** Bumped on every track change, so answers for an earlier track are dropped. */
  private generation = 0;
  private state: PlayerState = {
    tracks: [],
    current: -1,
    order: [],
    playing: false,
    time: 0,
    duration: 0,
    volume: 1,
    muted: false,
    ...readSettings(),
    cover: undefined,
    error: null,
    loadingMore: false,
    hasMore: false,
  };

  subscribe = (l: () => void) => {
    this.listeners.add(l);
    return () => void this.listeners.delete(l);
  };
  getSnapshot = () => this.state;

  private set(patch: Partial<PlayerState>) {
    this.state = { ...this.state, ...patch };
    this.listeners.forEach((l) => l());
  }

  private audio(): HTMLAudioElement {
    if (this.el) return this.el;
    const el = new Audio();
    el.preload = "auto";
    el.volume = readVolume();
    const sync = () => this.set({ playing: !el.paused && !el.ended, time: el.currentTime, duration: Number.isFinite(el.duration) ? el.duration : 0 });
    el.addEventListener("play", sync);
    el.addEventListener("pause", sync);
    el.addEventListener("durationchange", sync);
    el.addEventListener("timeupdate", () => {
      sync();
      setSessionState(!el.paused, { duration: el.duration, time: el.currentTime, rate: el.playbackRate });
    });
    el.addEventListener("playing", () => setSessionState(true));
    el.addEventListener("pause", () => setSessionState(false));
    el.addEventListener("volumechange", () => {
      this.set({ volume: el.volume, muted: el.muted });
      saveVolume(el.volume);
    });
    el.addEventListener("ended", () => void this.advance(true));
    el.addEventListener("error", () => {
      if (el.getAttribute("src")) this.set({ error: new Error(el.error?.message || "media error"), playing: false });
    });
    this.el = el;
    this.set({ volume: el.volume, muted: el.muted });
    return el;
  }

  /** Plays `tracks[current]` with the given folder as the playlist. */
  start(o: StartOptions) {
    this.qc = o.qc;
    this.contextHint = o.contextHint;
    this.more = o.more ?? null;
    const order = playOrder(o.tracks.length, o.current, this.state.shuffle);
    this.set({ tracks: o.tracks, order, hasMore: this.more?.hasMore() ?? false, loadingMore: false });
    setSessionHandlers({
      play: () => this.play(),
      pause: () => this.pause(),
      next: () => this.next(),
      previous: () => this.previous(),
      seek: (t) => this.seek(t),
      stop: () => this.stop(),
    });
    playerSlot.set(true);
    void this.load(o.current);
  }

  /** The file playing now, if any. */
  currentFile(): FileResponse | undefined {
    return this.state.tracks[this.state.current];
  }

  private async load(index: number) {
    const file = this.state.tracks[index];
    const qc = this.qc;
    if (!file || !qc) return;
    const gen = ++this.generation;
    this.stopRenewal();
    const el = this.audio();
    el.pause();
    el.removeAttribute("src");
    this.set({ current: index, time: 0, duration: 0, error: null, cover: undefined, playing: false });
    const info = trackInfo(file);
    setSessionTrack(info, undefined);
    const uri = file.path ?? "";
    const opts = { entity: file.primary_entity, contextHint: this.contextHint };
    if (file.metadata?.["thumb:disabled"] === undefined) {
      qc.fetchQuery(fileQueries.thumb(uri, this.contextHint)).then(
        (t) => {
          if (gen !== this.generation) return;
          this.set({ cover: t.url });
          setSessionTrack(info, t.url);
        },
        () => undefined,
      );
    }
    try {
      const { url, expires } = await qc.fetchQuery(viewerQueries.url(uri, opts));
      if (gen !== this.generation) return;
      el.src = url;
      // A browser that blocks playing without a gesture leaves the track paused, ready to play;
      // a file it cannot play reports through the element's error event.
      await el.play().catch(() => undefined);
      this.stopRenewal = keepFresh(expires, async () => {
        const fresh = await qc.fetchQuery({ ...viewerQueries.url(uri, opts), staleTime: 0 });
        if (gen === this.generation) await swapSource(el, fresh.url);
        return fresh.expires;
      });
    } catch (e) {
      if (gen === this.generation) this.set({ error: e, playing: false });
    }
  }

  private async apply(step: Step): Promise<void> {
    const el = this.el;
    if (step.kind === "play") return this.load(step.index);
    if (step.kind === "restart" && el) {
      el.currentTime = 0;
      if (el.paused) void el.play().catch(() => undefined);
      return;
    }
    if (step.kind === "more") {
      await this.loadMore();
      // The page may have brought no audio; ask again with what is known now.
      const after = stepForward(this.position(), true);
      if (after.kind !== "more") return this.apply(after);
      return;
    }
    // "stop": the last track ended; rewind it so Play starts the list again.
    this.set({ playing: false });
  }

  private position() {
    const s = this.state;
    return { order: s.order, current: s.current, repeat: s.repeat, hasMore: s.hasMore };
  }

  private async advance(ended: boolean) {
    await this.apply(stepForward(this.position(), ended));
  }

  /** Loads the folder's next listing page and adds its audio files to the playlist. */
  async loadMore(): Promise<void> {
    const more = this.more;
    if (!more?.hasMore() || this.state.loadingMore) return;
    this.set({ loadingMore: true });
    try {
      const files = await more.load();
      const known = new Set(this.state.tracks.map((f) => f.id));
      const exts = this.accepts;
      const added = files.filter((f) => f.type === 0 && !known.has(f.id) && exts(f.name));
      const tracks = [...this.state.tracks, ...added];
      this.set({ tracks, order: extendOrder(this.state.order, tracks.length, this.state.shuffle), hasMore: more.hasMore(), loadingMore: false });
    } catch {
      this.set({ loadingMore: false, hasMore: false });
    }
  }

  /** Which names are tracks (the music viewer's extensions); set by the viewer that starts playing. */
  accepts: (name: string) => boolean = () => true;

  play() {
    const el = this.el;
    if (!el) return;
    if (el.ended || (!this.state.playing && this.state.duration > 0 && el.currentTime >= this.state.duration)) el.currentTime = 0;
    void el.play().catch(() => undefined);
  }
  pause() {
    this.el?.pause();
  }
  toggle() {
    if (this.state.playing) this.pause();
    else this.play();
  }
  next() {
    void this.advance(false);
  }
  previous() {
    void this.apply(stepBack(this.position(), this.el?.currentTime ?? 0));
  }
  playAt(index: number) {
    void this.load(index);
  }
  seek(time: number) {
    const el = this.el;
    if (el && Number.isFinite(time)) el.currentTime = Math.max(0, Math.min(time, this.state.duration || time));
  }
  setVolume(v: number) {
    const el = this.audio();
    el.volume = Math.min(1, Math.max(0, v));
    if (el.muted && v > 0) el.muted = false;
  }
  toggleMute() {
    const el = this.audio();
    el.muted = !el.muted;
  }
  cycleRepeat() {
    this.set({ repeat: nextRepeat(this.state.repeat) });
    saveSettings(this.state);
  }
  toggleShuffle() {
    const shuffle = !this.state.shuffle;
    this.set({ shuffle, order: playOrder(this.state.tracks.length, this.state.current, shuffle) });
    saveSettings(this.state);
  }

  /** Stops and forgets the playlist; the mini player goes away. */
  stop() {
    this.generation++;
    this.stopRenewal();
    const el = this.el;
    if (el) {
      el.pause();
      el.removeAttribute("src");
      el.load();
    }
    this.set({ tracks: [], current: -1, order: [], playing: false, time: 0, duration: 0, cover: undefined, error: null, hasMore: false });
    setSessionTrack(null, undefined);
    setSessionState(null);
    setSessionHandlers(null);
    playerSlot.set(false);
  }
}

export const player = new MusicPlayer();
