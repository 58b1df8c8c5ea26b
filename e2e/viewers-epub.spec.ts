// EPUB: a book opens at its first page in a frame that runs none of the book's script; pages turn
// with the buttons and ←/→ (across chapters), the table of contents jumps to a chapter, the font
// size changes, and reopening the book returns to where the reader was.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./support/fixtures";
import { homeUrl, item, testFolder } from "./explorer-support";
import { putFile } from "./shares-support";
import { png, viewerOf } from "./viewers-support";
import { epub } from "./documents-support";

const LONG = Array.from(
  { length: 60 },
  (_, i) => `<p>Paragraph ${i + 1} of the first chapter, long enough to fill more than one page of the reader at any size.</p>`,
).join("");

test("a book turns its pages, follows its contents, keeps the place and runs no script", async ({ userPage: page, api }) => {
  const root = await testFolder(api, "epub");
  try {
    await putFile(
      api,
      root.child("story.epub"),
      epub(
        "A Test Story",
        [
          { title: "Chapter One", body: `<p class="note">It begins.</p><img src="../images/pic.png" alt="A red square"/>${LONG}` },
          {
            title: "Chapter Two",
            body: `<p id="ran">The script did not run.</p><script>document.getElementById("ran").textContent = "SCRIPT RAN";</script><p><a href="ch1.xhtml">Back to the start</a></p>`,
          },
        ],
        png([200, 30, 30]),
      ),
    );
    await page.goto(homeUrl(root.uri));
    await item(page, "story.epub").dblclick();
    const viewer = viewerOf(page, "story.epub");
    const book = viewer.frameLocator("iframe[title='Book page: A Test Story']");
    await expect(book.getByRole("heading", { name: "Chapter One" })).toBeVisible();
    // The book's picture is served from the book itself.
    await expect(book.getByRole("img", { name: "A red square" })).toHaveJSProperty("complete", true);
    expect(await book.getByRole("img", { name: "A red square" }).evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    const status = viewer.getByText(/^Chapter 1 of 2, page 1 of \d+/);
    await expect(status).toBeVisible();
    const pages = Number((await status.textContent())!.match(/page 1 of (\d+)/)![1]);
    expect(pages).toBeGreaterThan(1);
    // The book's page is the book's own markup in a frame that runs no script (axe cannot run in
    // it); the reader around it is checked.
    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).exclude("iframe[title^='Book page']").analyze();
    expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

    await viewer.getByRole("button", { name: "Next page" }).click();
    await expect(viewer.getByText(`Chapter 1 of 2, page 2 of ${pages}`)).toBeVisible();
    await page.keyboard.press("ArrowLeft");
    await expect(viewer.getByText(`Chapter 1 of 2, page 1 of ${pages}`)).toBeVisible();

    // A larger font needs more pages for the same chapter.
    await viewer.getByRole("button", { name: "Larger text" }).click();
    await expect
      .poll(async () => Number((await viewer.getByText(/^Chapter 1 of 2, page 1 of \d+/).textContent())!.match(/of (\d+)/g)![1]!.slice(3)))
      .toBeGreaterThan(pages);
    await viewer.getByRole("button", { name: "Smaller text" }).click();
    await expect(viewer.getByText(`Chapter 1 of 2, page 1 of ${pages}`)).toBeVisible();

    await viewer.getByRole("button", { name: "Contents" }).click();
    await viewer.getByRole("navigation", { name: "Contents" }).getByRole("button", { name: "Chapter Two" }).click();
    await expect(book.getByRole("heading", { name: "Chapter Two" })).toBeVisible();
    await expect(book.getByText("The script did not run.")).toBeVisible();
    await expect(viewer.getByText("Chapter 2 of 2, page 1 of 1 · Chapter Two")).toBeVisible();
    await expect(viewer.getByRole("button", { name: "Next page" })).toBeDisabled();

    // ← at the start of a chapter goes to the end of the one before.
    await book.getByText("The script did not run.").click();
    await page.keyboard.press("ArrowLeft");
    await expect(viewer.getByText(`Chapter 1 of 2, page ${pages} of ${pages}`)).toBeVisible();
    await page.keyboard.press("ArrowRight");
    await expect(viewer.getByText("Chapter 2 of 2, page 1 of 1 · Chapter Two")).toBeVisible();

    // The place is kept: closing and opening the book again shows chapter two.
    await viewer.getByRole("button", { name: "Close" }).click();
    await expect(viewer).toBeHidden();
    await item(page, "story.epub").dblclick();
    await expect(book.getByRole("heading", { name: "Chapter Two" })).toBeVisible();

    // A link inside the book is followed by the reader.
    await book.getByRole("link", { name: "Back to the start" }).click();
    await expect(book.getByRole("heading", { name: "Chapter One" })).toBeVisible();
  } finally {
    await root.cleanup();
  }
});
