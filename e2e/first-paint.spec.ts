import { test, expect } from "./support/fixtures";

// The first frame comes from index.html alone: with every script held back, the visitor already
// sees the site's name (filled in by the server) and the outline of the page that is loading.
test.describe("first paint, before any script runs", () => {
  test.beforeEach(async ({ page }) => {
    await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
  });

  const siteName = async (request: import("@playwright/test").APIRequestContext) => {
    const res = await request.get("/api/v4/site/config/basic");
    return ((await res.json()) as { data: { title: string } }).data.title;
  };

  test("the sign-in page shows the site's name on a card in the middle", async ({ page, request }) => {
    const title = await siteName(request);
    await page.goto("/session");
    await expect(page.getByRole("progressbar", { name: `Loading ${title}` })).toBeAttached();
    const name = page.getByText(title, { exact: true }).locator("visible=true");
    await expect(name).toHaveCount(1);
    const box = (await name.boundingBox())!;
    const width = page.viewportSize()!.width;
    // Centred, as the sign-in card's brand is.
    expect(Math.abs(box.x + box.width / 2 - width / 2)).toBeLessThan(8);
    await expect(page.getByRole("heading")).toHaveCount(0);
  });

  test("every other page shows the site's name in the app bar's place", async ({ page, request }) => {
    const title = await siteName(request);
    await page.goto("/home");
    const name = page.getByText(title, { exact: true }).locator("visible=true");
    await expect(name).toHaveCount(1);
    const box = (await name.boundingBox())!;
    // Top left, where the app bar puts it.
    expect(box.x).toBeLessThan(40);
    expect(box.y).toBeLessThan(40);
  });
});
