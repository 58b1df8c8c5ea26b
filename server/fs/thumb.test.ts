import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import jpeg from "jpeg-js";
import { afterEach, describe, expect, it } from "vitest";
import type { State } from "../state/state.ts";
import type { FsStore } from "./store.ts";
import type { Entity } from "./types.ts";
import { thumbnailOf } from "./thumb.ts";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function photo(width: number, height: number): Buffer {
  const data = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) data.set([(i * 7) % 256, (i >> 6) % 256, 128, 255], i * 4);
  return jpeg.encode({ data, width, height }, 90).data;
}

function setup(bytes: Buffer) {
  const dir = mkdtempSync(join(tmpdir(), "thumb-"));
  dirs.push(dir);
  const path = join(dir, "blob");
  writeFileSync(path, bytes);
  const state = { settings: { thumbWidth: 400, thumbHeight: 300 } } as unknown as State;
  const store = { thumbDir: dir } as unknown as FsStore;
  return { state, store, entity: { id: 7, path } as unknown as Entity };
}

// Pure-JS JPEG coding is slow on a loaded machine; the limit guards against hangs, it is no speed test.
describe("thumbnails", { timeout: 60_000 }, () => {
  it("shrinks a JPEG photo into the site's thumbnail box, keeping its shape, as a JPEG", async () => {
    const { state, store, entity } = setup(photo(800, 450));
    const thumb = await thumbnailOf(state, store, entity, "Holiday.JPG");
    expect(thumb.type).toBe("image/jpeg");
    expect(thumb.path).not.toBe(entity.path);
    const img = jpeg.decode(readFileSync(thumb.path));
    expect([img.width, img.height]).toEqual([400, 225]);
  });

  it("serves a JPEG it cannot decode as it is", async () => {
    const { state, store, entity } = setup(Buffer.from("not really a jpeg"));
    const thumb = await thumbnailOf(state, store, entity, "broken.jpg");
    expect(thumb).toEqual({ path: entity.path, type: "image/jpeg" });
  });
});
