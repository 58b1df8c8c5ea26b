// Audio in the browser's own player, fed by a signed URL: the music viewer opens a sound file and
// the browser reads its length.
import { expect, expectAxeClean, test } from "./support/fixtures";
import { homeUrl, item, testFolder } from "./explorer-support";
import { putFile } from "./shares-support";
import { viewerOf, wav } from "./viewers-support";

test("a sound file opens in the player, which loads it from its signed URL", async ({ userPage: page, api }) => {
  const root = await testFolder(api, "audio");
  try {
    await putFile(api, root.child("tone.wav"), wav(2));
    await page.goto(homeUrl(root.uri));
    // The music player is the only viewer of .wav in the install-default catalogue.
    await item(page, "tone.wav").dblclick();
    const player = viewerOf(page, "tone.wav").locator("audio");
    await expect(player).toHaveAttribute("aria-label", "tone.wav");
    await expect.poll(() => player.evaluate((el: HTMLAudioElement) => Math.round(el.duration))).toBe(2);
    await expectAxeClean(page, "music player");
  } finally {
    await root.cleanup();
  }
});
