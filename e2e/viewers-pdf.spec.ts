// PDF: pages drawn with their text selectable, page 2 reached by scrolling, by "go to page" and by
// search; zoom by keyboard.
import { expect, expectAxeClean, test } from "./support/fixtures";
import { homeUrl, item, testFolder } from "./explorer-support";
import { putFile } from "./shares-support";
import { chooseApp, pdf, viewerOf } from "./viewers-support";

test("a PDF shows its pages, finds text on page 2 and zooms", async ({ userPage: page, api }) => {
  const root = await testFolder(api, "pdf");
  try {
    await putFile(api, root.child("paper.pdf"), pdf(["First page here", "Second page text", "Third page end"]));
    await page.goto(homeUrl(root.uri));
    await item(page, "paper.pdf").dblclick();
    await chooseApp(page, "PDF viewer");
    const viewer = viewerOf(page, "paper.pdf");
    const first = viewer.getByRole("region", { name: "Page 1 of 3" });
    await expect(first.getByText("First page here")).toBeAttached();
    await expect(viewer.getByText("of 3")).toBeVisible();

    await viewer.getByRole("textbox", { name: "Find in document" }).fill("second page");
    await page.keyboard.press("Enter");
    const second = viewer.getByRole("region", { name: "Page 2 of 3" });
    await expect(second).toBeInViewport();
    await expect(second.getByText("Second page text")).toBeVisible();
    await expect(viewer.getByRole("textbox", { name: "Page number" })).toHaveValue("2");
    await expectAxeClean(page, "pdf viewer");

    const before = (await second.boundingBox())!.width;
    await viewer.getByRole("document").focus();
    await page.keyboard.press("+");
    await expect.poll(async () => (await second.boundingBox())!.width).toBeGreaterThan(before);
  } finally {
    await root.cleanup();
  }
});
