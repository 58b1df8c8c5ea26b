// PDF page thumbnails: a column beside the document, drawn as they come into view, the page in
// view marked, a click going to its page.
import { expect, expectAxeClean, test } from "./support/fixtures";
import { homeUrl, item, testFolder } from "./explorer-support";
import { putFile } from "./shares-support";
import { chooseApp, pdf, viewerOf } from "./viewers-support";

test("PDF thumbnails show the pages and go to the one clicked", async ({ userPage: page, api }) => {
  const root = await testFolder(api, "pdf-thumbs");
  try {
    await putFile(api, root.child("deck.pdf"), pdf(["Slide one", "Slide two", "Slide three", "Slide four"]));
    await page.goto(homeUrl(root.uri));
    await item(page, "deck.pdf").dblclick();
    await chooseApp(page, "PDF viewer");
    const viewer = viewerOf(page, "deck.pdf");
    await expect(viewer.getByRole("region", { name: "Page 1 of 4" }).getByText("Slide one")).toBeAttached();

    const toggle = viewer.getByRole("button", { name: "Page thumbnails" });
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await toggle.click();
    const thumbs = viewer.getByRole("navigation", { name: "Page thumbnails" });
    await expect(thumbs.getByRole("button")).toHaveCount(4);
    await expect(thumbs.getByRole("button", { name: "Go to page 1" })).toHaveAttribute("aria-current", "page");
    // The first thumbnail is drawn: its canvas holds pixels that are not all white.
    await expect
      .poll(() =>
        thumbs
          .getByRole("button", { name: "Go to page 1" })
          .locator("canvas")
          .evaluate((c: HTMLCanvasElement) => {
            if (c.width === 0) return false;
            const data = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
            for (let i = 0; i < data.length; i += 4) if (data[i]! < 200) return true;
            return false;
          }),
      )
      .toBe(true);
    await expectAxeClean(page, "pdf thumbnails");

    await thumbs.getByRole("button", { name: "Go to page 3" }).click();
    await expect(viewer.getByRole("region", { name: "Page 3 of 4" })).toBeInViewport();
    await expect(viewer.getByRole("textbox", { name: "Page number" })).toHaveValue("3");
    await expect(thumbs.getByRole("button", { name: "Go to page 3" })).toHaveAttribute("aria-current", "page");
  } finally {
    await root.cleanup();
  }
});
