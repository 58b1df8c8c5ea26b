// Opening files: the admin's catalogue decides the viewer (remembered choice → the only viewer →
// the admin's default → "Open with"), the viewer lives in the URL (deep links, reload, Back), and
// "Open with" is an action like any other.
import { expect, expectAxeClean, test } from "./support/fixtures";
import { contextAction, homeUrl, item, testFolder, useLayout } from "./explorer-support";
import { putFile } from "./shares-support";
import { chooseApp, params, png, viewerOf } from "./viewers-support";

test.describe("viewers: opening", () => {
  test("a picture asks which app, the choice is remembered, and Back closes the viewer", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "open");
    try {
      await putFile(api, root.child("red.png"), png([200, 30, 30]));
      await putFile(api, root.child("blue.png"), png([30, 30, 200]));
      await page.goto(homeUrl(root.uri));
      await useLayout(page, "list");

      await item(page, "red.png").dblclick();
      const chooser = page.getByRole("dialog", { name: "Open “red.png” with" });
      await expect(chooser.getByRole("button", { name: /^Image viewer/ })).toBeVisible();
      await expectAxeClean(page, "open with");
      await chooseApp(page, "Image viewer", { always: true });

      const lightbox = viewerOf(page, "red.png");
      await expect(lightbox.getByRole("img", { name: "red.png" })).toBeVisible();
      expect(params(page).get("viewer")).toBe("image");
      await page.goBack();
      await expect(lightbox).toBeHidden();
      expect(params(page).has("open")).toBe(false);
      await expect(item(page, "red.png")).toHaveAttribute("aria-selected", "true");

      // Remembered for .png: the next picture opens at once, here from the grid.
      await useLayout(page, "grid");
      await item(page, "blue.png").dblclick();
      await expect(viewerOf(page, "blue.png").getByRole("img", { name: "blue.png" })).toBeVisible();
      await expect(page.getByRole("dialog", { name: /^Open “/ })).toHaveCount(0);
      await page.keyboard.press("Escape");
      await expect(viewerOf(page, "blue.png")).toBeHidden();
    } finally {
      await root.cleanup();
    }
  });

  test("a deep link opens the viewer, which survives a reload and closes with its button", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "deeplink");
    try {
      await putFile(api, root.child("notes.txt"), "deep link body\n");
      const info = await api.ok<{ id: string }>("GET", "/file/info", undefined, { uri: root.child("notes.txt") });
      await page.goto(`${homeUrl(root.uri)}&open=${encodeURIComponent(info.id)}&viewer=monaco`);
      const editor = viewerOf(page, "notes.txt");
      await expect(editor.getByRole("textbox", { name: "Contents of notes.txt" })).toContainText("deep link body");
      await page.reload();
      await expect(editor.getByRole("textbox", { name: "Contents of notes.txt" })).toContainText("deep link body");
      await expectAxeClean(page, "text viewer");
      await editor.getByRole("button", { name: "Close", exact: true }).click();
      await expect(editor).toBeHidden();
      expect(params(page).has("open")).toBe(false);
      await expect(item(page, "notes.txt")).toBeVisible();
    } finally {
      await root.cleanup();
    }
  });

  test("Open with… is in the menu and asks even when the kind is remembered", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "openwith");
    try {
      await putFile(api, root.child("readme.md"), "# Title\n\nBody text.\n");
      await page.goto(homeUrl(root.uri));
      await item(page, "readme.md").dblclick();
      await chooseApp(page, "Markdown editor", { always: true });
      await expect(viewerOf(page, "readme.md").getByRole("heading", { name: "Title" })).toBeVisible();
      await page.keyboard.press("Escape");

      await contextAction(page, item(page, "readme.md"), "Open with…");
      await chooseApp(page, "Text editor");
      await expect(viewerOf(page, "readme.md").getByRole("textbox", { name: "Contents of readme.md" })).toContainText("# Title");
      expect(params(page).get("viewer")).toBe("monaco");
    } finally {
      await root.cleanup();
    }
  });
});
