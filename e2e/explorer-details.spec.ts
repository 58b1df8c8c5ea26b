import { expect, expectAxeClean, test } from "./support/fixtures";
import { testHook } from "./support/api";
import { SAMPLE_PHOTO, jpegWithExif } from "./support/exif";
import { contextAction, escapeRegExp, homeUrl, item, testFolder } from "./explorer-support";
import { putFile } from "./shares-support";

test.describe("explorer: media details", () => {
  test("a photo's camera, exposure and place show in Details; a value searches for its files; no map server is contacted", async ({
    userPage: page,
    api,
    baseURL,
  }) => {
    const root = await testFolder(api, "exif");
    try {
      const name = `${root.name}-tower.jpg`;
      await putFile(api, root.child(name), jpegWithExif(SAMPLE_PHOTO));
      // The server reads the tags after storing the file, as a background task.
      await expect
        .poll(
          async () =>
            (await api.ok<{ metadata: Record<string, string> | null }>("GET", "/file/info", undefined, { uri: root.child(name) })).metadata?.[
              "exif:camera_model"
            ],
        )
        .toBe("Canon EOS R6");
      const elsewhere: string[] = [];
      page.on("request", (r) => {
        const url = new URL(r.url());
        // The server's own signed URLs may name another host (its site URL setting); anything else is a third party.
        if (/^https?:$/.test(url.protocol) && url.origin !== new URL(baseURL!).origin && !url.pathname.startsWith("/api/v4/")) elsewhere.push(r.url());
      });
      await page.goto(homeUrl(root.uri));
      await contextAction(page, item(page, name), "Details");
      const panel = page.getByRole("complementary", { name });
      await expect(panel.getByRole("heading", { name: "Photo" })).toBeVisible();
      const value = (label: string) =>
        panel
          .getByRole("term")
          .filter({ hasText: new RegExp(`^${escapeRegExp(label)}$`) })
          .locator("xpath=following-sibling::dd[1]");
      await expect(value("Camera")).toHaveText("Canon EOS R6");
      await expect(value("Lens")).toHaveText("RF24-105mm F4 L IS USM");
      await expect(value("Exposure")).toHaveText("1/250 s · f/2.8 · ISO 400");
      await expect(value("Focal length")).toHaveText("35 mm");
      await expect(value("Place")).toContainText("48.85837, 2.29448");
      await expect(panel.getByRole("link", { name: /Open in map/ })).toHaveAttribute("href", /openstreetmap\.org\/\?mlat=48\.8583\d*&mlon=2\.2944\d*/);
      // The raw keys are not listed a second time under custom details.
      await expect(panel.getByText("exif:camera_model")).toHaveCount(0);
      await expectAxeClean(page, "details with photo facts");
      expect(elsewhere).toEqual([]);

      // The camera is a search for every file taken with it.
      await value("Camera").getByRole("link").click();
      await expect.poll(() => decodeURIComponent(new URL(page.url()).searchParams.get("path") ?? "")).toContain("meta_exif:camera_model=Canon EOS R6");
      await expect(item(page, name)).toBeVisible();
    } finally {
      await root.cleanup();
    }
  });

  test("@standin sound tags and video streams show in Details, also on a phone", async ({ userPage: page, api, account, request }) => {
    const root = await testFolder(api, "media");
    try {
      const owner = account.email;
      await testHook(request, "POST", "/files", {
        owner,
        uri: root.child("song.mp3"),
        size: 64,
        metadata: { "music:title": "Blue in Green", "music:artist": "Miles Davis", "music:album": "Kind of Blue", "music:year": "1959" },
      });
      await testHook(request, "POST", "/files", {
        owner,
        uri: root.child("clip.mp4"),
        size: 64,
        metadata: {
          "stream:format": "mov,mp4,m4a,3gp,3g2,mj2",
          "stream:formatLong": "QuickTime / MOV",
          "stream:duration": "3725.2",
          "stream:stream_0_video_codec": "h264",
          "stream:stream_0_video_width": "1920",
          "stream:stream_0_video_height": "1080",
          "stream:stream_1_audio_codec": "aac",
        },
      });
      await page.setViewportSize({ width: 360, height: 780 });
      await page.goto(homeUrl(root.uri));
      await contextAction(page, item(page, "song.mp3"), "Details");
      let panel = page.getByRole("dialog", { name: "song.mp3" });
      const value = (label: string) =>
        panel
          .getByRole("term")
          .filter({ hasText: new RegExp(`^${escapeRegExp(label)}$`) })
          .locator("xpath=following-sibling::dd[1]");
      await expect(panel.getByRole("heading", { name: "Music" })).toBeVisible();
      await expect(value("Title")).toHaveText("Blue in Green");
      await expect(value("Artist")).toHaveText("Miles Davis");
      await expect(value("Album")).toHaveText("Kind of Blue");
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await expectAxeClean(page, "details with sound tags at 360 px");
      await panel.getByRole("button", { name: "Close details" }).click();

      await contextAction(page, item(page, "clip.mp4"), "Details");
      panel = page.getByRole("dialog", { name: "clip.mp4" });
      await expect(value("Format")).toHaveText("QuickTime / MOV");
      await expect(value("Duration")).toHaveText("1:02:05");
      await expect(value("Stream 1 (video)")).toHaveText("h264 · 1920 × 1080");
      await expect(value("Stream 2 (audio)")).toHaveText("aac");
    } finally {
      await root.cleanup();
    }
  });
});
