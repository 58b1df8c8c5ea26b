// Text and Markdown: edit and save with Ctrl+S; a save on top of a newer version asks (overwrite,
// save as, reload) and "save as" makes a second file; Markdown round-trips through edit and view;
// an HTML file is shown as its source and never runs.
import { expect, expectAxeClean, test } from "./support/fixtures";
import type { Api } from "./support/api";
import { homeUrl, item, testFolder } from "./explorer-support";
import { putFile } from "./shares-support";
import { chooseApp, viewerOf } from "./viewers-support";

async function content(api: Api, uri: string): Promise<string> {
  const res = await api.ok<{ urls: { url: string }[] }>("POST", "/file/url", { uris: [uri] });
  return (await api.request.fetch(res.urls[0]!.url)).text();
}

test.describe("viewers: text", () => {
  test("an edit is saved with Ctrl+S; a stale save asks, and save as makes a second file", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "text");
    try {
      const uri = root.child("notes.txt");
      await putFile(api, uri, "first line\n");
      await page.goto(homeUrl(root.uri));
      await item(page, "notes.txt").dblclick();
      await chooseApp(page, "Text editor");
      const viewer = viewerOf(page, /^notes\.txt/);
      const text = viewer.getByRole("textbox", { name: "Contents of notes.txt" });
      await expect(text).toContainText("first line");

      await text.click();
      await page.keyboard.press("Control+End");
      await page.keyboard.type("second line");
      await expect(viewerOf(page, "notes.txt (unsaved)")).toBeVisible();
      await page.keyboard.press("Control+s");
      await expect(page.getByText("Saved “notes.txt”")).toBeVisible();
      await expect(viewerOf(page, "notes.txt")).toBeVisible();
      await expect.poll(() => content(api, uri)).toBe("first line\nsecond line");
      await expectAxeClean(page, "text editor");

      // Someone else changes the file meanwhile.
      await putFile(api, uri, "changed elsewhere\n");
      await page.keyboard.type(" and more");
      await page.keyboard.press("Control+s");
      const stale = page.getByRole("dialog", { name: "The file has changed" });
      await expect(stale).toBeVisible();
      await stale.getByRole("button", { name: "Save as a new file" }).click();
      const saveAs = page.getByRole("dialog", { name: "Save as a new file" });
      await expect(saveAs.getByRole("textbox", { name: "File name" })).toHaveValue("notes (2).txt");
      await saveAs.getByRole("button", { name: "Save" }).click();
      await expect(viewerOf(page, "notes (2).txt")).toBeVisible();
      expect(await content(api, root.child("notes (2).txt"))).toBe("first line\nsecond line and more");
      expect(await content(api, uri)).toBe("changed elsewhere\n");
      await page.keyboard.press("Escape");
      await expect(item(page, "notes (2).txt")).toBeVisible();
    } finally {
      await root.cleanup();
    }
  });

  test("unsaved changes are kept unless the user discards them", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "guard");
    try {
      await putFile(api, root.child("draft.txt"), "draft\n");
      await page.goto(homeUrl(root.uri));
      await item(page, "draft.txt").dblclick();
      await chooseApp(page, "Text editor");
      const text = viewerOf(page, /^draft\.txt/).getByRole("textbox", { name: "Contents of draft.txt" });
      await text.click();
      await page.keyboard.press("Control+Home");
      await page.keyboard.type("typed ");
      await page.keyboard.press("Escape");
      const discard = page.getByRole("dialog", { name: "Discard unsaved changes?" });
      await discard.getByRole("button", { name: "Keep editing" }).click();
      await expect(text).toContainText("typed draft");
      // Back asks too; this time the changes go.
      await page.goBack();
      await discard.getByRole("button", { name: "Discard" }).click();
      await expect(viewerOf(page, /^draft\.txt/)).toBeHidden();
      await expect(item(page, "draft.txt")).toBeVisible();
    } finally {
      await root.cleanup();
    }
  });

  test("Markdown renders, and an edit round-trips through the preview and the server", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "markdown");
    try {
      const uri = root.child("guide.md");
      await putFile(api, uri, "# Guide\n\nSome *text*.\n");
      await page.goto(homeUrl(root.uri));
      await item(page, "guide.md").dblclick();
      await chooseApp(page, "Markdown editor");
      const viewer = viewerOf(page, /^guide\.md/);
      await expect(viewer.getByRole("heading", { name: "Guide", exact: true })).toBeVisible();
      await viewer.getByRole("button", { name: "Edit" }).click();
      await viewer.getByRole("textbox", { name: "Contents of guide.md" }).click();
      await page.keyboard.press("Control+End");
      await page.keyboard.type("## Added section\n");
      await expect(viewer.getByRole("heading", { name: "Added section" })).toBeVisible();
      await viewer.getByRole("button", { name: "Save" }).click();
      await expect.poll(() => content(api, uri)).toBe("# Guide\n\nSome *text*.\n## Added section\n");
      await viewer.getByRole("button", { name: "View" }).click();
      await expect(viewer.getByRole("heading", { name: "Added section" })).toBeVisible();
      await expectAxeClean(page, "markdown viewer");
    } finally {
      await root.cleanup();
    }
  });

  test("an HTML file is shown as its source and its script never runs", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "html");
    try {
      await putFile(
        api,
        root.child("page.html"),
        `<html><body><h1>Hi</h1><script>window.parent.__viewerPwned = "html"; window.__viewerPwned = "html";</script></body></html>\n`,
      );
      await page.goto(homeUrl(root.uri));
      await item(page, "page.html").dblclick();
      await chooseApp(page, "Text editor");
      await expect(viewerOf(page, "page.html").getByRole("textbox", { name: "Contents of page.html" })).toContainText("<script>");
      expect(await page.evaluate(() => (window as unknown as { __viewerPwned?: string }).__viewerPwned)).toBeUndefined();
      expect(await page.locator("iframe, object, embed").count()).toBe(0);
    } finally {
      await root.cleanup();
    }
  });
});
