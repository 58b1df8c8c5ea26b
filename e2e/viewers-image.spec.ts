// The image lightbox: paging through the folder's pictures with the keyboard, across a listing page
// boundary; zoom and rotate; an SVG shown as a picture never runs its script.
import { expect, expectAxeClean, test } from "./support/fixtures";
import { homeUrl, item, testFolder } from "./explorer-support";
import { putFile } from "./shares-support";
import { chooseApp, png, viewerOf } from "./viewers-support";

const VIEW = { order: "name", order_direction: "asc", view: "list", thumbnail: false, gallery_width: 220, columns: [{ type: 0 }, { type: 2 }, { type: 1 }] };

test.describe("viewers: images", () => {
  test("the keyboard pages through the folder's pictures, loading the next listing page", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "lightbox");
    try {
      // 51 pictures and pages of 50 (the smallest page a folder view may ask for): the last
      // picture is on the second listing page. A text file between them is skipped.
      const names = Array.from({ length: 51 }, (_, i) => `img-${String(i).padStart(2, "0")}.png`);
      for (const [i, name] of names.entries()) await putFile(api, root.child(name), png([i * 5, 100, 200 - i * 3], 24, 18));
      await putFile(api, root.child("img-49.txt"), "not a picture\n");
      await api.ok("PATCH", "/file/view", { uri: root.uri, view: { ...VIEW, page_size: 50 } });
      const start = await api.ok<{ id: string }>("GET", "/file/info", undefined, { uri: root.child("img-48.png") });
      await page.goto(`${homeUrl(root.uri)}&open=${encodeURIComponent(start.id)}&viewer=image`);

      // A cold start of the whole app, its listing and the lightbox: a generous bound on a busy machine.
      await expect(viewerOf(page, "img-48.png").getByRole("img", { name: "img-48.png" })).toBeVisible({ timeout: 30_000 });
      await page.keyboard.press("ArrowRight");
      await expect(viewerOf(page, "img-49.png").getByRole("img", { name: "img-49.png" })).toBeVisible();
      // The next picture is beyond the loaded page.
      await page.keyboard.press("ArrowRight");
      const last = viewerOf(page, "img-50.png");
      await expect(last.getByRole("img", { name: "img-50.png" })).toBeVisible();
      await expect(last.getByRole("button", { name: "Next image" })).toHaveCount(0);
      await page.keyboard.press("ArrowRight");
      await expect(last).toBeVisible();
      await page.keyboard.press("ArrowLeft");
      await page.keyboard.press("ArrowLeft");
      await expect(viewerOf(page, "img-48.png")).toBeVisible();
      await page.goBack();
      await expect(viewerOf(page, /^img-/)).toBeHidden();
      await page.goForward();
      await expect(viewerOf(page, "img-48.png")).toBeVisible();

      // Zoom in and back to fit by keyboard; rotate by button.
      const zoomOut = viewerOf(page, "img-48.png").getByRole("button", { name: "Zoom out" });
      await page.keyboard.press("+");
      await expect(viewerOf(page, "img-48.png").getByRole("img", { name: "img-48.png" })).toHaveCSS("transform", /matrix\(1\.5, 0, 0, 1\.5/);
      await page.keyboard.press("0");
      await expect(viewerOf(page, "img-48.png").getByRole("img", { name: "img-48.png" })).toHaveCSS("transform", /matrix\(1, 0, 0, 1,/);
      await viewerOf(page, "img-48.png").getByRole("button", { name: "Rotate" }).click();
      await expect(viewerOf(page, "img-48.png").getByRole("img", { name: "img-48.png" })).toHaveCSS("transform", /matrix\(0, 1, -1, 0,/);
      await expect(zoomOut).toBeEnabled();
      await expectAxeClean(page, "lightbox");

      await viewerOf(page, "img-48.png").getByRole("button", { name: "Details" }).click();
      const details = page.getByRole("complementary", { name: "Details" });
      await expect(details.getByRole("definition").filter({ hasText: "24 × 18" })).toBeVisible();
      await page.keyboard.press("Escape");
      await expect(viewerOf(page, "img-48.png")).toBeHidden();
    } finally {
      await root.cleanup();
    }
  });

  test("an SVG is shown as a picture and its script never runs", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "svg");
    try {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" onload="window.parent.__viewerPwned = 'svg'"><script>window.parent.__viewerPwned = 'svg'</script><rect width="40" height="40" fill="teal"/></svg>`;
      await putFile(api, root.child("logo.svg"), svg);
      await page.goto(homeUrl(root.uri));
      await item(page, "logo.svg").dblclick();
      await chooseApp(page, "Image viewer");
      await expect(viewerOf(page, "logo.svg").getByRole("img", { name: "logo.svg" })).toBeVisible();
      expect(await page.evaluate(() => (window as unknown as { __viewerPwned?: string }).__viewerPwned)).toBeUndefined();
      expect(await page.locator("iframe, object, embed").count()).toBe(0);
    } finally {
      await root.cleanup();
    }
  });
});
