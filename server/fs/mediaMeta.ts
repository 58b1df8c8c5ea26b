// The media extractor for pictures, like the real server's EXIF extractor (pkg/mediameta/exif.go):
// after an upload or a content update of a JPEG, its EXIF tags become `exif:*` metadata, written in
// the same shapes (exposure "1/250", f-number "%f", focal length whole millimetres, GPS "%f"
// degrees, taken_at RFC 3339, orientation defaulting to "1"). Sound tags (music:*) and ffprobe
// streams (stream:*) are not extracted here; on the real server ffprobe is off by default.

import { readFile } from "node:fs/promises";
import type { FsStore } from "./store.ts";
import type { Entity, FileNode } from "./types.ts";

type Tags = Map<number, { type: number; values: (number | [number, number])[]; text?: string }>;

const EXTS = new Set(["jpg", "jpeg"]);
export const extractsMediaMeta = (name: string) => EXTS.has(name.split(".").pop()?.toLowerCase() ?? "");

/** The TIFF block of a JPEG's APP1 "Exif" segment, or undefined. */
function tiffOf(b: Buffer): Buffer | undefined {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return undefined;
  let at = 2;
  while (at + 4 <= b.length && b[at] === 0xff) {
    const marker = b[at + 1]!;
    const len = b.readUInt16BE(at + 2);
    if (marker === 0xe1 && b.toString("latin1", at + 4, at + 10) === "Exif\0\0") return b.subarray(at + 10, at + 2 + len);
    if (marker === 0xda) return undefined; // image data: no EXIF before it
    at += 2 + len;
  }
  return undefined;
}

function readIfd(t: Buffer, offset: number, le: boolean): { tags: Tags; next: number } {
  const u16 = (o: number) => (le ? t.readUInt16LE(o) : t.readUInt16BE(o));
  const u32 = (o: number) => (le ? t.readUInt32LE(o) : t.readUInt32BE(o));
  const tags: Tags = new Map();
  if (offset + 2 > t.length) return { tags, next: 0 };
  const n = u16(offset);
  for (let i = 0; i < n; i++) {
    const e = offset + 2 + i * 12;
    if (e + 12 > t.length) break;
    const tag = u16(e);
    const type = u16(e + 2);
    const count = u32(e + 4);
    const size = ({ 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 7: 1, 9: 4, 10: 8 } as Record<number, number>)[type] ?? 0;
    if (!size) continue;
    const at = size * count <= 4 ? e + 8 : u32(e + 8);
    if (at + size * count > t.length) continue;
    if (type === 2) {
      tags.set(tag, {
        type,
        values: [],
        text: t
          .toString("latin1", at, at + count)
          .replace(/\0.*$/s, "")
          .trim(),
      });
      continue;
    }
    const values: (number | [number, number])[] = [];
    for (let k = 0; k < Math.min(count, 16); k++) {
      const o = at + k * size;
      if (type === 3) values.push(u16(o));
      else if (type === 4 || type === 9) values.push(u32(o));
      else if (type === 5 || type === 10) values.push([u32(o), u32(o + 4)]);
      else values.push(t[o]!);
    }
    tags.set(tag, { type, values });
  }
  return { tags, next: offset + 2 + n * 12 + 4 <= t.length ? u32(offset + 2 + n * 12) : 0 };
}

const ratio = (v: number | [number, number] | undefined) => (Array.isArray(v) ? (v[1] ? v[0] / v[1] : NaN) : (v ?? NaN));
const f6 = (n: number) => n.toFixed(6);

/** The `exif:*` metadata the real server would write for these bytes (empty when there is no EXIF). */
export function exifMetadata(bytes: Buffer): Record<string, string> {
  const t = tiffOf(bytes);
  if (!t || t.length < 8) return {};
  const le = t.toString("latin1", 0, 2) === "II";
  const first = le ? t.readUInt32LE(4) : t.readUInt32BE(4);
  const ifd0 = readIfd(t, first, le).tags;
  const pointer = (tag: number) => {
    const v = ifd0.get(tag)?.values[0];
    return typeof v === "number" ? v : undefined;
  };
  const exifAt = pointer(0x8769);
  const gpsAt = pointer(0x8825);
  const exif = exifAt ? readIfd(t, exifAt, le).tags : (new Map() as Tags);
  const gps = gpsAt ? readIfd(t, gpsAt, le).tags : (new Map() as Tags);
  const text = (m: Tags, tag: number) => m.get(tag)?.text || undefined;
  const out: Record<string, string> = {};

  if (gps.has(2) && gps.has(4)) {
    const deg = (tag: number, ref: number, neg: string) => {
      const [d, m, s] = gps.get(tag)!.values.map(ratio);
      const v = (d ?? 0) + (m ?? 0) / 60 + (s ?? 0) / 3600;
      return text(gps, ref) === neg ? -v : v;
    };
    const lat = deg(2, 1, "S");
    const lng = deg(4, 3, "W");
    if (Number.isFinite(lat) && Number.isFinite(lng)) {
      // NormalizeGPS hands the degrees on as float32 before they are printed.
      out["exif:latitude"] = f6(Math.fround(lat));
      out["exif:longitude"] = f6(Math.fround(lng));
    }
  }
  const set = (key: string, v: string | undefined) => {
    if (v) out[key] = v;
  };
  set("exif:artist", text(ifd0, 0x013b));
  set("exif:copyright", text(ifd0, 0x8298));
  set("exif:camera_model", text(ifd0, 0x0110));
  set("exif:camera_make", text(ifd0, 0x010f));
  set("exif:lens_make", text(exif, 0xa433));
  set("exif:lens_model", text(exif, 0xa434));
  set("exif:software", text(ifd0, 0x0131));
  const exposure = exif.get(0x829a)?.values[0];
  if (Array.isArray(exposure)) {
    const [n, d] = exposure;
    set("exif:exposure_time", n !== 1 && String(n).length < String(d).length && n > 0 ? `1/${Math.floor(d / n)}` : `${n}/${d}`);
  }
  const fNumber = ratio(exif.get(0x829d)?.values[0]);
  if (Number.isFinite(fNumber)) set("exif:f", f6(Math.round(fNumber * 1000) / 1000));
  const focal = ratio(exif.get(0x920a)?.values[0]);
  if (Number.isFinite(focal)) set("exif:focal_length", String(Math.trunc(Math.round(focal * 1000) / 1000)));
  const iso = exif.get(0x8827)?.values[0];
  if (typeof iso === "number") set("exif:iso", String(iso));
  out["exif:orientation"] = String(ifd0.get(0x0112)?.values[0] ?? 1);
  const taken = text(exif, 0x9003) ?? text(exif, 0x9004) ?? text(ifd0, 0x0132);
  const m = taken && /^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(taken);
  if (m) set("exif:taken_at", `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
  return out;
}

/**
 * Runs the extractor for a file's new content, after the request that stored it (the real server
 * queues a media-meta task), so a client sees the tags on a later read, as it would there.
 */
export function queueMediaMeta(store: FsStore, file: FileNode, entity: Entity): void {
  if (!extractsMediaMeta(file.name)) return;
  void readFile(entity.path)
    .then((bytes) => {
      const found = Object.entries(exifMetadata(bytes.subarray(0, entity.size)));
      if (!found.length || file.primaryEntity !== entity.id) return;
      for (const [k, v] of found) file.metadata.set(k, v);
      store.invalidate(file.parent);
    })
    .catch(() => undefined);
}
