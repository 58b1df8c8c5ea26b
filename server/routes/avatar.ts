import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import pngjs from "pngjs";
import { AppError } from "../core/envelope.ts";
import type { State } from "../state/state.ts";

const { PNG } = pngjs;

/** Install defaults `avatar_size` and `avatar_size_l`. */
export const AVATAR_MAX_BYTES = 4 * 1024 * 1024;
const AVATAR_MAX_WIDTH = 200;

const avatarFile = (state: State, userId: number) => join(state.config.dataDir, "avatars", `avatar_${userId}.png`);

export const gravatarUrl = (email: string) => `https://www.gravatar.com/avatar/${createHash("md5").update(email.toLowerCase()).digest("hex")}?d=mm&s=200`;

/**
 * Turns an uploaded body into the stored avatar. The Content-Type picks the decoder like the real
 * server; PNGs are decoded and shrunk, JPEG/GIF are only checked by signature and kept as they are
 * because there is no decoder for them here.
 */
export function toAvatar(bytes: Buffer, contentType: string): Buffer {
  const invalid = () => new AppError(40001, "Invalid image");
  if (contentType === "image/jpeg" || contentType === "image/jpg") {
    if (bytes[0] !== 0xff || bytes[1] !== 0xd8 || bytes[2] !== 0xff) throw invalid();
    return bytes;
  }
  if (contentType === "image/gif") {
    if (!/^GIF8[79]a/.test(bytes.subarray(0, 6).toString("latin1"))) throw invalid();
    return bytes;
  }
  let src;
  try {
    src = PNG.sync.read(bytes);
  } catch {
    throw invalid();
  }
  return PNG.sync.write(shrink(src, AVATAR_MAX_WIDTH));
}

/** Box-samples the image down so it fits in max×max, keeping its aspect ratio. */
function shrink(src: InstanceType<typeof PNG>, max: number): InstanceType<typeof PNG> {
  const scale = Math.min(1, max / src.width, max / src.height);
  if (scale === 1) return src;
  const width = Math.max(1, Math.round(src.width * scale));
  const height = Math.max(1, Math.round(src.height * scale));
  const out = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    const sy0 = Math.floor(y / scale);
    const sy1 = Math.max(sy0 + 1, Math.min(src.height, Math.floor((y + 1) / scale)));
    for (let x = 0; x < width; x++) {
      const sx0 = Math.floor(x / scale);
      const sx1 = Math.max(sx0 + 1, Math.min(src.width, Math.floor((x + 1) / scale)));
      const acc = [0, 0, 0, 0];
      for (let sy = sy0; sy < sy1; sy++) {
        for (let sx = sx0; sx < sx1; sx++) {
          const i = (sy * src.width + sx) * 4;
          for (let c = 0; c < 4; c++) acc[c]! += src.data[i + c]!;
        }
      }
      const n = (sy1 - sy0) * (sx1 - sx0);
      const o = (y * width + x) * 4;
      for (let c = 0; c < 4; c++) out.data[o + c] = Math.round(acc[c]! / n);
    }
  }
  return out;
}

export async function saveAvatar(state: State, userId: number, bytes: Buffer): Promise<void> {
  const file = avatarFile(state, userId);
  await mkdir(join(state.config.dataDir, "avatars"), { recursive: true });
  await writeFile(file, bytes);
}

export async function readAvatar(state: State, userId: number): Promise<{ bytes: Buffer; type: string } | undefined> {
  try {
    const bytes = await readFile(avatarFile(state, userId));
    const type = bytes[0] === 0xff && bytes[1] === 0xd8 ? "image/jpeg" : bytes.subarray(0, 3).toString("latin1") === "GIF" ? "image/gif" : "image/png";
    return { bytes, type };
  } catch {
    return undefined;
  }
}
