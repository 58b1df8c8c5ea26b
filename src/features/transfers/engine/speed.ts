// Upload speed and time left, from progress samples over a sliding window: an instantaneous rate
// jumps with every progress event, a whole-upload average reacts to nothing.

export class SpeedMeter {
  private samples: { t: number; bytes: number }[] = [];

  constructor(private readonly windowMs = 5000) {}

  /** Records the total bytes sent so far at time `t` (ms). */
  add(t: number, bytes: number): void {
    const last = this.samples[this.samples.length - 1];
    if (last && t <= last.t) {
      last.bytes = bytes;
      return;
    }
    this.samples.push({ t, bytes });
    const cutoff = t - this.windowMs;
    while (this.samples.length > 2 && this.samples[1]!.t <= cutoff) this.samples.shift();
  }

  /** Bytes per second over the window; 0 until two samples are at least 200 ms apart. */
  rate(): number {
    const first = this.samples[0];
    const last = this.samples[this.samples.length - 1];
    if (!first || !last || last.t - first.t < 200) return 0;
    return Math.max(0, ((last.bytes - first.bytes) * 1000) / (last.t - first.t));
  }

  reset(): void {
    this.samples = [];
  }
}

/** Seconds left at `rate` bytes/s, or null when unknown. */
export function eta(remaining: number, rate: number): number | null {
  if (remaining <= 0) return 0;
  if (!(rate > 0)) return null;
  return Math.ceil(remaining / rate);
}

/** "1:05:09", "4:07", "0:09" — compact enough for a row at 360 px. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${sec}` : `${m}:${sec}`;
}
