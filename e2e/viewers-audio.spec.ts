// The music player: opening a sound file plays the folder's sound files as a playlist; closing the
// viewer and moving to another folder leaves the music playing in the mini player at the bottom of
// the app; the system's media controls (Media Session) know what is playing.
import type { Locator, Page } from "@playwright/test";
import { expect, expectAxeClean, test } from "./support/fixtures";
import { testHook } from "./support/api";
import { homeUrl, item, mkdir, testFolder, touch, view } from "./explorer-support";
import { putFile } from "./shares-support";
import { viewerOf, wav } from "./viewers-support";

/** What the page told the operating system's media controls. */
const sessionTrack = (page: Page) =>
  page.evaluate(() => {
    const m = navigator.mediaSession.metadata;
    return m ? { title: m.title, artist: m.artist, album: m.album } : null;
  });

/** The seek bar's position in seconds, as a screen reader hears it. */
const position = (region: ReturnType<Page["getByRole"]>) => region.getByRole("slider", { name: "Position" }).getAttribute("aria-valuenow").then(Number);

test("music keeps playing in the mini player while the user moves to another folder; Next plays the following track", async ({ userPage: page, api }) => {
  const root = await testFolder(api, "audio");
  try {
    await putFile(api, root.child("a tone.wav"), wav(20, 440));
    await putFile(api, root.child("b tone.wav"), wav(20, 660));
    await mkdir(api, root.child("elsewhere"));
    await page.goto(homeUrl(root.uri));
    // The music player is the only viewer of .wav in the install-default catalogue.
    await item(page, "a tone.wav").dblclick();
    const viewer = viewerOf(page, "a tone.wav");
    await expect(viewer.getByRole("button", { name: "Pause" })).toBeVisible();
    await expect(viewer.getByRole("heading", { name: "Playlist (2 tracks)" })).toBeVisible();
    await expect(viewer.getByRole("button", { name: "a tone", exact: true })).toHaveAttribute("aria-current", "true");
    await expect.poll(() => sessionTrack(page)).toEqual({ title: "a tone", artist: "", album: "" });
    await expectAxeClean(page, "music viewer");

    await viewer.getByRole("button", { name: "Close" }).click();
    await expect(viewer).toBeHidden();
    const mini = page.getByRole("region", { name: "Music player" });
    await expect(mini).toBeVisible();
    await expect(mini).toContainText("a tone");

    // Another folder, reached inside the app: the music goes on.
    await item(page, "elsewhere").dblclick();
    await expect(page).toHaveURL(/elsewhere/);
    await expect(mini.getByRole("button", { name: "Pause" })).toBeVisible();
    const before = await position(mini);
    await expect.poll(() => position(mini), { timeout: 15_000 }).toBeGreaterThan(before);
    await expectAxeClean(page, "mini player");

    await mini.getByRole("button", { name: "Next track" }).click();
    await expect(mini).toContainText("b tone");
    await expect.poll(() => sessionTrack(page)).toEqual({ title: "b tone", artist: "", album: "" });
    await expect(mini.getByRole("button", { name: "Pause" })).toBeVisible();

    await mini.getByRole("button", { name: "Stop and close the player" }).click();
    await expect(mini).toBeHidden();
    await expect.poll(() => sessionTrack(page)).toBeNull();
  } finally {
    await root.cleanup();
  }
});

/** Whether two elements' boxes on the screen share any area. */
async function overlap(a: Locator, b: Locator): Promise<boolean> {
  const [p, q] = await Promise.all([a.boundingBox(), b.boundingBox()]);
  if (!p || !q) throw new Error("an element has no box");
  return p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;
}

for (const size of [
  { width: 1280, height: 800, phone: false },
  { width: 360, height: 780, phone: true },
]) {
  test(`the mini player covers neither the status line nor the last row at ${size.width}×${size.height}`, async ({ userPage: page, api }) => {
    const root = await testFolder(api, "audio-dock");
    try {
      await putFile(api, root.child("a tone.wav"), wav(30));
      // Enough items that the folder scrolls at both sizes.
      for (let i = 1; i <= 40; i++) await touch(api, root.child(`note ${String(i).padStart(2, "0")}.txt`));
      await page.setViewportSize(size);
      await page.goto(homeUrl(root.uri));
      await item(page, "a tone.wav").dblclick();
      const viewer = viewerOf(page, "a tone.wav");
      await expect(viewer.getByRole("button", { name: "Pause" })).toBeVisible();
      await viewer.getByRole("button", { name: "Close" }).click();
      const mini = page.getByRole("region", { name: "Music player" });
      await expect(mini).toBeVisible();

      if (size.phone) {
        // The file just played stays selected; on a phone its actions sit in a bar at the bottom.
        const actions = page.getByRole("toolbar", { name: "Actions for the selection" });
        await expect(actions).toBeInViewport({ ratio: 1 });
        expect(await overlap(mini, actions)).toBe(false);
        await page.getByRole("button", { name: "Clear selection" }).click();
        await expect(actions).toBeHidden();
      }

      const status = page.getByRole("status").filter({ hasText: "41 items" });
      await expect(status).toBeInViewport({ ratio: 1 });
      await expect(mini).toBeInViewport({ ratio: 1 });
      expect(await overlap(mini, status)).toBe(false);
      // Nothing sticks out sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);

      // Scrolled to its end, the folder's last row shows whole above the player.
      await view(page).hover();
      await page.mouse.wheel(0, 20_000);
      const last = item(page, "note 40.txt");
      await expect(last).toBeInViewport({ ratio: 1 });
      await expect.poll(() => overlap(mini, last)).toBe(false);
      expect(await overlap(mini, status)).toBe(false);
      await expectAxeClean(page, `mini player at ${size.width} px`);
    } finally {
      await root.cleanup();
    }
  });
}

test("repeat, shuffle and the volume are kept for the next time", async ({ userPage: page, api }) => {
  const root = await testFolder(api, "audio-modes");
  try {
    await putFile(api, root.child("one.wav"), wav(5));
    await page.goto(homeUrl(root.uri));
    await item(page, "one.wav").dblclick();
    const viewer = viewerOf(page, "one.wav");
    await viewer.getByRole("button", { name: "Repeat: off" }).click();
    await expect(viewer.getByRole("button", { name: "Repeat: all" })).toHaveAttribute("aria-pressed", "true");
    await viewer.getByRole("button", { name: "Repeat: all" }).click();
    await expect(viewer.getByRole("button", { name: "Repeat: this track" })).toBeVisible();
    await viewer.getByRole("button", { name: "Shuffle" }).click();
    await expect(viewer.getByRole("button", { name: "Shuffle" })).toHaveAttribute("aria-pressed", "true");
    const volume = viewer.getByRole("slider", { name: "Volume" });
    await volume.focus();
    // Each step once the player has taken the one before (the element reports its volume back).
    for (const level of ["99", "98", "97"]) {
      await page.keyboard.press("ArrowLeft");
      await expect(volume).toHaveAttribute("aria-valuenow", level);
    }

    await page.reload();
    await expect(viewer.getByRole("button", { name: "Repeat: this track" })).toBeVisible();
    await expect(viewer.getByRole("button", { name: "Shuffle" })).toHaveAttribute("aria-pressed", "true");
    await expect(viewer.getByRole("slider", { name: "Volume" })).toHaveAttribute("aria-valuenow", "97");
  } finally {
    await root.cleanup();
  }
});

test("the server's tags name the track in the player and the system's media controls @standin", async ({ userPage: page, api, account, request }) => {
  const root = await testFolder(api, "audio-tags");
  try {
    const tags = { "music:title": "Morning Song", "music:artist": "The Testers", "music:album": "Fixtures" };
    await testHook(request, "POST", "/files", { owner: account.email, uri: root.child("track01.wav"), content: wav(5).toString("base64"), metadata: tags });
    await page.goto(homeUrl(root.uri));
    await item(page, "track01.wav").dblclick();
    const viewer = viewerOf(page, "track01.wav");
    await expect(viewer.getByText("The Testers — Fixtures")).toBeVisible();
    await expect(viewer.getByRole("button", { name: "Morning Song The Testers" })).toHaveAttribute("aria-current", "true");
    await expect.poll(() => sessionTrack(page)).toEqual({ title: "Morning Song", artist: "The Testers", album: "Fixtures" });
  } finally {
    await root.cleanup();
  }
});
