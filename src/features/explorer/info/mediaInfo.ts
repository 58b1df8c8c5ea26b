// What the server's media extractors wrote into a file's public metadata (docs/server-behaviour.md, "File objects and metadata"):
// `exif:*` for pictures, `music:*` for sound tags, `stream:*` (ffprobe) for video and audio streams.
// Pure: the Details panel turns these into labelled rows.

type Meta = Record<string, string> | null | undefined;

export interface Location {
  lat: number;
  lng: number;
  altitude?: number;
}

export interface Stream {
  index: number;
  type: string;
  codec?: string;
  width?: number;
  height?: number;
}

const num = (v: string | undefined) => {
  if (v === undefined || v.trim() === "") return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
};

/** Coordinates in range, or nothing (the server writes "%f" degrees). */
export function locationOf(meta: Meta): Location | undefined {
  const lat = num(meta?.["exif:latitude"]);
  const lng = num(meta?.["exif:longitude"]);
  if (lat === undefined || lng === undefined || Math.abs(lat) > 90 || Math.abs(lng) > 180) return undefined;
  const altitude = num(meta?.["exif:altitude"]);
  return altitude === undefined ? { lat, lng } : { lat, lng, altitude };
}

/** `stream:stream_<n>_<type>_<field>` keys grouped per stream, in index order. */
export function streamsOf(meta: Meta): Stream[] {
  const byIndex = new Map<number, Stream>();
  for (const [k, v] of Object.entries(meta ?? {})) {
    const m = /^stream:stream_(\d+)_([a-z]+)_(codec|width|height)$/.exec(k);
    if (!m) continue;
    const index = Number(m[1]);
    const s = byIndex.get(index) ?? { index, type: m[2]! };
    if (m[3] === "codec") s.codec = v;
    else {
      const n = num(v);
      if (n !== undefined) s[m[3] as "width" | "height"] = n;
    }
    byIndex.set(index, s);
  }
  return [...byIndex.values()].sort((a, b) => a.index - b.index);
}

/** Seconds as h:mm:ss or m:ss. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

/** The exposure as photographers write it: "1/250 s", "f/2.8". Values the server left as text stay as they are. */
export const exposureText = (v: string) => (/^[\d./]+$/.test(v) ? `${v} s` : v);
export const apertureText = (v: string) => {
  const n = num(v);
  return n === undefined ? v : `f/${Number(n.toFixed(1))}`;
};
export const focalText = (v: string) => {
  const n = num(v);
  return n === undefined ? v : `${Number(n.toFixed(1))} mm`;
};
export const hasMediaInfo = (meta: Meta) => Object.keys(meta ?? {}).some((k) => /^(exif|music|stream):/.test(k));
