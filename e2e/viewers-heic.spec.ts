// HEIC pictures in a browser that cannot decode them: the image viewer converts the file in the
// browser (a library loaded only then) when no thumbnail can stand in for it.
import { readFileSync } from "node:fs";
import { expect, expectAxeClean, test } from "./support/fixtures";
import { homeUrl, item, testFolder } from "./explorer-support";
import { putFile } from "./shares-support";
import { chooseApp } from "./viewers-support";

/** 64×48 of one blue (#2080ff), HEVC-coded (heif-enc). */
const HEIC = readFileSync(new URL("./fixtures/blue.heic", import.meta.url));

test("a HEIC picture is converted in the browser and shown at its full size", async ({ userPage: page, api }) => {
  const root = await testFolder(api, "heic");
  try {
    await putFile(api, root.child("photo.heic"), HEIC);
    const converter: string[] = [];
    page.on("request", (r) => r.url().includes("/assets/heic2any") && converter.push(r.url()));
    await page.goto(homeUrl(root.uri));
    // Nothing of the converter before a HEIC picture is opened.
    expect(converter).toEqual([]);
    await item(page, "photo.heic").dblclick();
    // The install-default catalogue also offers an online editor for .heic.
    await chooseApp(page, "Image viewer");
    const picture = page.getByRole("dialog", { name: "photo.heic" }).getByRole("img", { name: "photo.heic" });
    await expect(picture).toHaveAttribute("data-state", "full", { timeout: 30_000 });
    expect(await picture.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([64, 48]);
    // The pixels are the picture's own blue (lossy coding moves it a little).
    const rgb = await picture.evaluate((img: HTMLImageElement) => {
      const c = document.createElement("canvas");
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      return [...ctx.getImageData(32, 24, 1, 1).data.slice(0, 3)];
    });
    expect(Math.abs(rgb[0]! - 0x20)).toBeLessThan(24);
    expect(Math.abs(rgb[1]! - 0x80)).toBeLessThan(24);
    expect(Math.abs(rgb[2]! - 0xff)).toBeLessThan(24);
    expect(converter.length).toBeGreaterThan(0);
    await expectAxeClean(page, "converted HEIC picture");
  } finally {
    await root.cleanup();
  }
});
