// A photo's place on a small map in Details: off by default (no map library, no tiles), on once the
// user picks a tile source in the file-manager preferences. The stand-in serves tiles of its own
// (/__tiles/…), which the test chooses as a custom source, so no map server outside is contacted.
import { expect, expectAxeClean, test } from "./support/fixtures";
import { SAMPLE_PHOTO, jpegWithExif } from "./support/exif";
import { contextAction, homeUrl, item, testFolder } from "./explorer-support";
import { putFile } from "./shares-support";

test("@standin a photo's place shows on a map only after the user picks a tile source, and tiles come only from it", async ({ userPage: page, api }) => {
  const root = await testFolder(api, "map");
  try {
    const name = `${root.name}-tower.jpg`;
    await putFile(api, root.child(name), jpegWithExif(SAMPLE_PHOTO));
    await expect
      .poll(
        async () =>
          (await api.ok<{ metadata: Record<string, string> | null }>("GET", "/file/info", undefined, { uri: root.child(name) })).metadata?.["exif:latitude"],
      )
      .toBeTruthy();
    const tiles: string[] = [];
    const mapRequests: string[] = [];
    page.on("request", (r) => {
      const url = new URL(r.url());
      if (url.pathname.startsWith("/__tiles/")) tiles.push(url.pathname);
      if (/openstreetmap|leaflet/i.test(url.href)) mapRequests.push(url.href);
    });

    // Off by default: coordinates and the link, a word that maps are off, and no tiles.
    await page.goto(homeUrl(root.uri));
    await contextAction(page, item(page, name), "Details");
    const panel = page.getByRole("complementary", { name });
    await expect(panel.getByText("Map previews are off.")).toBeVisible();
    await expect(panel.getByRole("region", { name: "Map of the place" })).toHaveCount(0);
    await panel.getByRole("link", { name: "Choose a map source in Settings" }).click();

    // The preference: a custom tile server on this site.
    const source = page.getByRole("radiogroup", { name: "Maps in Details" });
    await source.getByRole("radio", { name: "Custom tile server" }).check();
    const address = page.getByRole("textbox", { name: "Tile address" });
    await address.fill("https://tiles.example.org/{z}/{x}.png");
    await expect(page.getByText(/containing \{z\}, \{x\} and \{y\}/)).toBeVisible();
    await address.fill("/__tiles/{z}/{x}/{y}.png");
    await expectAxeClean(page, "map tiles preference");
    expect(tiles).toEqual([]);
    expect(mapRequests).toEqual([]);

    await page.goto(homeUrl(root.uri));
    await contextAction(page, item(page, name), "Details");
    const map = panel.getByRole("region", { name: "Map of the place" });
    await expect(map).toBeVisible();
    await expect(map.getByRole("img", { name: "Place at 48.85837, 2.29448" })).toBeVisible();
    await expect(map.getByRole("button", { name: "Zoom in" })).toBeVisible();
    await expect.poll(() => tiles.length).toBeGreaterThan(0);
    expect(tiles.every((p) => /^\/__tiles\/\d+\/\d+\/\d+\.png$/.test(p))).toBe(true);
    expect(mapRequests).toEqual([]);
    // The coordinates and the link to the site's map service stay.
    await expect(panel.getByRole("link", { name: /Open in map/ })).toBeVisible();
    await expectAxeClean(page, "details with a location map");

    // Keyboard users can pass the map in one step.
    const skip = panel.getByRole("link", { name: "Skip the map" });
    await skip.focus();
    await page.keyboard.press("Enter");
    await expect(skip).not.toBeFocused();
    await expect(map.locator(":focus")).toHaveCount(0);
    await expect(map).not.toBeFocused();

    // Back to off: no map and no more tiles.
    await page.goto("/settings?tab=preference");
    await page.getByRole("radiogroup", { name: "Maps in Details" }).getByRole("radio", { name: "Off" }).check();
    await page.goto(homeUrl(root.uri));
    const before = tiles.length;
    await contextAction(page, item(page, name), "Details");
    await expect(panel.getByText("Map previews are off.")).toBeVisible();
    await expect(panel.getByRole("region", { name: "Map of the place" })).toHaveCount(0);
    expect(tiles.length).toBe(before);
  } finally {
    await root.cleanup();
  }
});
