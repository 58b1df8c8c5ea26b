// The video viewer: a real (tiny, checked-in) WebM plays, answers the keyboard, shows subtitles from
// the .srt and .ass files beside it, offers the chapters the server read from it, resumes where it
// was left, and swaps in a renewed signed URL before the first one expires without a break.
import { readFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { expect, expectAxeClean, test } from "./support/fixtures";
import { testHook } from "./support/api";
import { homeUrl, item, testFolder } from "./explorer-support";
import { putFile } from "./shares-support";
import { chooseApp, viewerOf } from "./viewers-support";

/** 30 s of a test pattern at 64×36, VP8, with chapters at 0, 10 and 20 s ("Opening", "Middle", "Ending"). */
const CLIP = readFileSync(new URL("./fixtures/clip.webm", import.meta.url));
const SRT = "1\r\n00:00:00,000 --> 00:00:29,000\r\nHello from SubRip\r\n";
const ASS = `[Script Info]
ScriptType: v4.00+

[Events]
Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
Dialogue: 0,0:00:00.00,0:00:29.00,Default,,0,0,0,,{\\i1}Hello{\\i0} from {\\c&H00FF00&}ASS
`;

const video = (viewer: Locator) => viewer.locator("video");
/** Polls until the video's position is within a second of `expected` (a seek lands on a decodable frame, not to the millisecond). */
const near = (v: Locator, expected: number) => expect.poll(async () => Math.abs((await time(v)) - expected)).toBeLessThan(1);
const time = (v: Locator) => v.evaluate((el: HTMLVideoElement) => el.currentTime);
const paused = (v: Locator) => v.evaluate((el: HTMLVideoElement) => el.paused);
/** The cues of the subtitle track that is showing, as the browser parsed them. */
const shownCues = (v: Locator) =>
  v.evaluate((el: HTMLVideoElement) => {
    const tr = [...el.textTracks].find((t) => t.kind === "subtitles" && t.mode === "showing");
    return tr ? { label: tr.label, cues: [...(tr.cues ?? [])].map((c) => (c as VTTCue).text) } : null;
  });

async function openClip(page: Page, name: string, first: boolean): Promise<Locator> {
  await item(page, name).dblclick();
  // The install-default catalogue also offers an online viewer for .webm.
  if (first) await chooseApp(page, "Artplayer", { always: true });
  const viewer = viewerOf(page, name);
  await expect(video(viewer)).toHaveAttribute("aria-label", name);
  await expect.poll(() => video(viewer).evaluate((el: HTMLVideoElement) => Math.round(el.duration))).toBe(30);
  return viewer;
}

test("a video plays, answers the keyboard, shows subtitles from .srt and .ass files and resumes where it was left", async ({ userPage: page, api }) => {
  const root = await testFolder(api, "video");
  try {
    await putFile(api, root.child("clip.webm"), CLIP);
    await putFile(api, root.child("clip.srt"), SRT);
    await putFile(api, root.child("clip.ass"), ASS);
    await page.goto(homeUrl(root.uri));
    let viewer = await openClip(page, "clip.webm", true);
    const v = video(viewer);
    await expect.poll(() => time(v)).toBeGreaterThan(0);
    await expectAxeClean(page, "video viewer");

    // K pauses; → seeks 5 s twice; Space plays and K pauses again.
    await v.focus();
    await page.keyboard.press("k");
    await expect.poll(() => paused(v)).toBe(true);
    // ← six times: back to the start whatever the position was (30 s is the most it can be).
    for (let i = 0; i < 6; i++) await page.keyboard.press("ArrowLeft");
    await near(v, 0);
    const t0 = 0;
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await near(v, t0 + 10);
    await page.keyboard.press("ArrowLeft");
    await near(v, t0 + 5);
    await page.keyboard.press("m");
    await expect.poll(() => v.evaluate((el: HTMLVideoElement) => el.muted)).toBe(true);
    await page.keyboard.press("m");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await near(v, 15);
    await page.keyboard.press(" ");
    await expect.poll(() => paused(v)).toBe(false);
    await page.keyboard.press("k");
    await expect.poll(() => paused(v)).toBe(true);
    const left = await time(v);
    expect(left).toBeGreaterThan(14);

    // Subtitles: the first file beside the video (by name) shows, the .ass with its styling
    // stripped; the menu switches to the .srt.
    await expect.poll(() => shownCues(v)).toEqual({ label: "clip.ass", cues: ["Hello from ASS"] });
    await viewer.getByRole("button", { name: "Subtitles" }).click();
    const menu = page.getByRole("menu");
    await expect(menu.getByRole("menuitemradio", { name: "clip.ass" })).toHaveAttribute("aria-checked", "true");
    await menu.getByRole("menuitemradio", { name: "clip.srt" }).click();
    await expect.poll(() => shownCues(v)).toEqual({ label: "clip.srt", cues: ["Hello from SubRip"] });
    await viewer.getByRole("button", { name: "Subtitles" }).click();
    await menu.getByRole("menuitemradio", { name: "Off" }).click();
    await expect.poll(() => shownCues(v)).toBeNull();

    // Closing and opening again resumes at the position it was left at.
    await viewer.getByRole("button", { name: "Close" }).click();
    await expect(viewer).toBeHidden();
    viewer = await openClip(page, "clip.webm", false);
    await expect.poll(() => time(video(viewer))).toBeGreaterThanOrEqual(Math.floor(left));
  } finally {
    await root.cleanup();
  }
});

test("the signed URL is renewed before it expires, keeping the position and the pause", async ({ userPage: page, api }) => {
  const root = await testFolder(api, "video-renew");
  try {
    await putFile(api, root.child("clip.webm"), CLIP);
    const { id } = await api.ok<{ id: string }>("GET", "/file/info", undefined, { uri: root.child("clip.webm") });
    // Every signed URL the page is handed for the video, with its expiry.
    const signed: { url: string; expires: string }[] = [];
    page.on("response", (r) => {
      if (!r.url().includes("/api/v4/file/url")) return;
      void r.json().then(
        (env: { data?: { urls?: { url: string }[]; expires?: string } }) => {
          const url = env.data?.urls?.[0]?.url ?? "";
          if (url.includes("clip.webm") && env.data?.expires) signed.push({ url, expires: env.data.expires });
        },
        () => undefined,
      );
    });
    await page.clock.install();
    // A link straight to the video in its viewer.
    await page.goto(`${homeUrl(root.uri)}&open=${encodeURIComponent(id)}&viewer=video`);
    const viewer = viewerOf(page, "clip.webm");
    await expect.poll(() => video(viewer).evaluate((el: HTMLVideoElement) => Math.round(el.duration))).toBe(30);
    await expect.poll(() => signed.length).toBe(1);
    const data = signed[0]!;
    const v = video(viewer);
    await v.focus();
    await page.keyboard.press("k");
    await expect.poll(() => paused(v)).toBe(true);
    for (let i = 0; i < 6; i++) await page.keyboard.press("ArrowLeft");
    await near(v, 0);
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    const at = 10;
    await near(v, at);
    const first = await v.evaluate((el: HTMLVideoElement) => el.currentSrc);

    // A minute before the URL expires (the page's clock, not the test's), a new one is in place.
    const now = await page.evaluate(() => Date.now());
    await page.clock.fastForward(Date.parse(data.expires) - now - 60_000);
    await expect.poll(() => signed.length).toBe(2);
    await expect.poll(() => v.evaluate((el: HTMLVideoElement) => el.currentSrc)).toBe(signed[1]!.url);
    expect(first).toBe(data.url);
    await expect.poll(() => v.evaluate((el: HTMLVideoElement) => el.readyState)).toBeGreaterThanOrEqual(1);
    await near(v, at);
    expect(await paused(v)).toBe(true);
    await expect(viewer.getByRole("alert")).toHaveCount(0);
  } finally {
    await root.cleanup();
  }
});

test("chapters the server read from the video are a menu that seeks @standin", async ({ userPage: page, api, account, request }) => {
  const root = await testFolder(api, "video-chapters");
  try {
    // The metadata a server with ffprobe writes for this file (pkg/mediameta: chapter_<id>_…).
    const metadata = Object.fromEntries(
      [
        [0, 10, "Opening"],
        [10, 20, "Middle"],
        [20, 30, "Ending"],
      ].flatMap(([s, e, n], i) => [
        [`stream:chapter_${i}_start_time`, `${s}.000000`],
        [`stream:chapter_${i}_end_time`, `${e}.000000`],
        [`stream:chapter_${i}_name`, String(n)],
      ]),
    );
    await testHook(request, "POST", "/files", { owner: account.email, uri: root.child("clip.webm"), content: CLIP.toString("base64"), metadata });
    await page.goto(homeUrl(root.uri));
    const viewer = await openClip(page, "clip.webm", true);
    const v = video(viewer);
    await v.focus();
    await page.keyboard.press("k");
    await viewer.getByRole("button", { name: "Chapters" }).click();
    const menu = page.getByRole("menu");
    await expect(menu.getByRole("menuitem")).toHaveText(["Opening0:00", "Middle0:10", "Ending0:20"]);
    await expect(menu.getByRole("menuitem", { name: /^Opening/ })).toHaveAttribute("aria-current", "true");
    await expectAxeClean(page, "chapters menu");
    await menu.getByRole("menuitem", { name: /^Middle/ }).click();
    await near(v, 10);
    // The chapters are also a chapters track of the video, for what reads one.
    expect(await v.evaluate((el: HTMLVideoElement) => [...el.textTracks].filter((t) => t.kind === "chapters").length)).toBe(1);
    await viewer.getByRole("button", { name: "Chapters" }).click();
    await expect(menu.getByRole("menuitem", { name: /^Middle/ })).toHaveAttribute("aria-current", "true");
  } finally {
    await root.cleanup();
  }
});
