import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import jpeg from "jpeg-js";
import pngjs from "pngjs";
import type { State } from "../state/state.ts";
import type { FsStore } from "./store.ts";
import type { Entity } from "./types.ts";
import { extOf } from "./names.ts";
import { contentTypeOf } from "./mime.ts";

const { PNG } = pngjs;

/** Box-filter downscale of an RGBA image so it fits in maxW×maxH (never upscales). */
export function downscale(src: { width: number; height: number; data: Buffer }, maxW: number, maxH: number): { width: number; height: number; data: Buffer } {
  const scale = Math.min(1, maxW / src.width, maxH / src.height);
  if (scale >= 1) return src;
  const w = Math.max(1, Math.round(src.width * scale));
  const h = Math.max(1, Math.round(src.height * scale));
  const out = Buffer.alloc(w * h * 4);
  for (let y = 0; y < h; y++) {
    const y0 = Math.floor((y * src.height) / h);
    const y1 = Math.max(y0 + 1, Math.floor(((y + 1) * src.height) / h));
    for (let x = 0; x < w; x++) {
      const x0 = Math.floor((x * src.width) / w);
      const x1 = Math.max(x0 + 1, Math.floor(((x + 1) * src.width) / w));
      const acc = [0, 0, 0, 0];
      for (let sy = y0; sy < y1; sy++) {
        for (let sx = x0; sx < x1; sx++) {
          const i = (sy * src.width + sx) * 4;
          for (let c = 0; c < 4; c++) acc[c]! += src.data[i + c]!;
        }
      }
      const n = (y1 - y0) * (x1 - x0);
      const o = (y * w + x) * 4;
      for (let c = 0; c < 4; c++) out[o + c] = Math.round(acc[c]! / n);
    }
  }
  return { width: w, height: h, data: out };
}

export function encodePng(img: { width: number; height: number; data: Buffer }): Buffer {
  const png = new PNG({ width: img.width, height: img.height });
  img.data.copy(png.data);
  return PNG.sync.write(png);
}

/** Formats the stand-in decodes itself; the thumbnail keeps the source's format. */
const CODECS: Record<string, { type: string; decode: (b: Buffer) => { width: number; height: number; data: Buffer }; encode: typeof encodePng }> = {
  png: { type: "image/png", decode: (b) => PNG.sync.read(b), encode: encodePng },
  jpg: { type: "image/jpeg", decode: decodeJpeg, encode: encodeJpeg },
  jpeg: { type: "image/jpeg", decode: decodeJpeg, encode: encodeJpeg },
};

/** The extensions of cached thumbnails (the source's), for removing them with their entity. */
export const THUMB_FORMATS = Object.keys(CODECS);

function decodeJpeg(b: Buffer) {
  const img = jpeg.decode(b, { useTArray: true, formatAsRGBA: true, maxMemoryUsageInMB: 1024 });
  return { width: img.width, height: img.height, data: Buffer.from(img.data.buffer, img.data.byteOffset, img.data.byteLength) };
}

function encodeJpeg(img: { width: number; height: number; data: Buffer }): Buffer {
  return jpeg.encode(img, 85).data;
}

/**
 * The thumbnail to serve for an entity. PNG and JPEG sources are downscaled to the site's
 * thumbnail box, as the server's own generator does, and cached on disk; other image formats are
 * served as they are (the stand-in has no decoder for them).
 */
export async function thumbnailOf(state: State, store: FsStore, entity: Entity, name: string): Promise<{ path: string; type: string; size?: number }> {
  const ext = extOf(name);
  const codec = CODECS[ext];
  if (!codec) return { path: entity.path, type: contentTypeOf(name) };
  const cached = join(store.thumbDir, `${entity.id}.${ext}`);
  if (!existsSync(cached)) {
    try {
      const src = codec.decode(await readFile(entity.path));
      await writeFile(cached, codec.encode(downscale(src, state.settings.thumbWidth, state.settings.thumbHeight)));
    } catch {
      return { path: entity.path, type: codec.type };
    }
  }
  return { path: cached, type: codec.type };
}
