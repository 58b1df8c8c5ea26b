// HLS in a browser: a playlist of fMP4 segments (3 s of a 64×36 test pattern in VP9, which any
// Chromium decodes, checked in under fixtures/hls/) plays through hls.js, each segment fetched from
// a signed URL of its own file, and hls.js is downloaded only when a playlist is opened.
import { readFileSync } from "node:fs";
import type { Locator } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { homeUrl, item, testFolder } from "./explorer-support";
import { putFile } from "./shares-support";
import { chooseApp, viewerOf } from "./viewers-support";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/hls/${name}`, import.meta.url));
const HLS_FILES = ["clip.m3u8", "init.mp4", "seg0.m4s", "seg1.m4s", "seg2.m4s"];
/** 30 s of VP8 (the video spec's clip): plays without hls.js. */
const WEBM = readFileSync(new URL("./fixtures/clip.webm", import.meta.url));

const time = (v: Locator) => v.evaluate((el: HTMLVideoElement) => el.currentTime);

test("an HLS playlist plays through hls.js with signed segment URLs, and hls.js loads only for playlists", async ({ userPage: page, api }) => {
  const root = await testFolder(api, "hls");
  try {
    for (const name of HLS_FILES) await putFile(api, root.child(name), fixture(name));
    await putFile(api, root.child("plain.webm"), WEBM);
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    const hlsChunk = () => requests.filter((u) => /\/hlsPlayback[-\w]*\.[jt]sx?(\?|$)/.test(u));

    await page.goto(homeUrl(root.uri));
    // A plain video plays without hls.js.
    await item(page, "plain.webm").dblclick();
    await chooseApp(page, "Artplayer");
    const plain = viewerOf(page, "plain.webm").locator("video");
    await expect.poll(() => time(plain)).toBeGreaterThan(0);
    expect(hlsChunk()).toEqual([]);
    await page.keyboard.press("Escape");
    await expect(viewerOf(page, "plain.webm")).toBeHidden();

    await item(page, "clip.m3u8").dblclick();
    const video = viewerOf(page, "clip.m3u8").locator("video");
    // Past the first segment's second: the following segments were fetched and decoded too.
    await expect.poll(() => time(video), { timeout: 30_000 }).toBeGreaterThan(1.5);
    expect(hlsChunk()).not.toEqual([]);
    for (const seg of ["init.mp4", "seg0.m4s", "seg1.m4s"]) {
      // Each from a signed URL of that very file: the playlist's own URL does not lead to its siblings.
      expect(
        requests.some((u) => u.includes(seg) && /[?&]sign=/.test(u)),
        `${seg} fetched from a signed URL`,
      ).toBe(true);
    }
    expect(requests.filter((u) => u.includes("drive.invalid"))).toEqual([]);
  } finally {
    await root.cleanup();
  }
});
