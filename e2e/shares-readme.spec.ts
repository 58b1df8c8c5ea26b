import { expect, expectAxeClean, test } from "./support/fixtures";
import { item, testFolder } from "./explorer-support";
import { putFile, shareLink, sharePath, visitor } from "./shares-support";

// A 1×1 transparent PNG, answered for the "remote" picture so the test needs no other site.
const PIXEL = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");

test.describe("shares: README of a shared folder", () => {
  test("remote pictures stay unloaded until the visitor asks for them", async ({ api, browser, baseURL }) => {
    const root = await testFolder(api, "readme-img");
    try {
      await putFile(api, root.child("README.md"), "# Gallery\n\n![The logo](https://images.example/logo.png)\n");
      await putFile(api, root.child("a.txt"), "a");
      const { url } = await shareLink(api, root.uri);
      const guest = await visitor(browser, baseURL);
      const asked: string[] = [];
      await guest.context().route("https://images.example/**", (route) => {
        asked.push(route.request().url());
        return route.fulfill({ contentType: "image/png", body: PIXEL });
      });
      await guest.goto(sharePath(url));
      const readme = guest.getByRole("complementary", { name: "README.md" });
      await expect(readme.getByRole("heading", { name: "Gallery", level: 3 })).toBeVisible();
      await expect(readme.getByRole("img", { name: "Image not loaded: The logo" })).toBeVisible();
      await expect(readme.getByText(/Pictures from other sites are not loaded/)).toBeVisible();
      await expectAxeClean(guest, "README with a blocked picture");
      expect(asked).toEqual([]);

      await readme.getByRole("button", { name: "Load images" }).click();
      const picture = readme.getByRole("img", { name: "The logo" });
      await expect(picture).toHaveJSProperty("complete", true);
      expect(await picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
      expect(asked).toEqual(["https://images.example/logo.png"]);
      await guest.context().close();
    } finally {
      await root.cleanup();
    }
  });

  test("a README.txt is shown as plain text, also on a phone", async ({ api, browser, baseURL }) => {
    const root = await testFolder(api, "readme-txt");
    try {
      const text = "Read me first.\n\n# not a heading\n<b>not bold</b>";
      await putFile(api, root.child("README.txt"), text);
      const { url } = await shareLink(api, root.uri);
      const guest = await visitor(browser, baseURL);
      await guest.setViewportSize({ width: 360, height: 780 });
      await guest.goto(sharePath(url));
      await expect(item(guest, "README.txt")).toBeVisible();
      const readme = guest.getByRole("complementary", { name: "README.txt" });
      await expect(readme.locator("pre")).toHaveText(text);
      await expect(readme.getByRole("heading", { level: 3 })).toHaveCount(0);
      expect(await guest.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await expectAxeClean(guest, "README.txt at 360 px");
      await guest.context().close();
    } finally {
      await root.cleanup();
    }
  });
});
