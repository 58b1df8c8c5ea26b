// A share of one file shows the file itself to a signed-out visitor: a picture, a Markdown file,
// with Download and a full-screen view, also on a phone-sized screen.
import { expect, expectAxeClean, test } from "./support/fixtures";
import { testFolder } from "./explorer-support";
import { putFile, sharePath, shareLink, visitor } from "./shares-support";
import { chooseApp, png, viewerOf } from "./viewers-support";

test.describe("viewers: one-file share landing", () => {
  test("a shared picture is shown to a signed-out visitor, at 360 px too", async ({ api, browser, baseURL }) => {
    const root = await testFolder(api, "share-img");
    try {
      await putFile(api, root.child("sunset.png"), png([240, 120, 40], 64, 48));
      const link = await shareLink(api, root.child("sunset.png"));
      const guest = await visitor(browser, baseURL);
      await guest.goto(sharePath(link.url));
      const preview = guest.getByRole("region", { name: "Preview of sunset.png" });
      await expect(preview.getByRole("img", { name: "sunset.png" })).toBeVisible();
      await expect(preview.getByRole("button", { name: "Download" }).last()).toBeVisible();
      await expect(guest.getByRole("searchbox")).toHaveCount(0);
      await expectAxeClean(guest, "shared picture");

      await guest.setViewportSize({ width: 360, height: 740 });
      await expect(preview.getByRole("img", { name: "sunset.png" })).toBeInViewport();
      await preview.getByRole("button", { name: "Full screen" }).click();
      await chooseApp(guest, "Image viewer");
      await expect(viewerOf(guest, "sunset.png").getByRole("img", { name: "sunset.png" })).toBeVisible();
      await guest.context().close();
    } finally {
      await root.cleanup();
    }
  });

  test("a shared Markdown file is rendered for a signed-out visitor", async ({ api, browser, baseURL }) => {
    const root = await testFolder(api, "share-md");
    try {
      await putFile(api, root.child("notes.md"), "# Shared notes\n\nHello, *visitor*.\n");
      const link = await shareLink(api, root.child("notes.md"));
      const guest = await visitor(browser, baseURL);
      await guest.goto(sharePath(link.url));
      const preview = guest.getByRole("region", { name: "Preview of notes.md" });
      await expect(preview.getByRole("heading", { name: "Shared notes" })).toBeVisible();
      // Read-only: a visitor gets no editor.
      await expect(preview.getByRole("button", { name: "Edit" })).toHaveCount(0);
      await expectAxeClean(guest, "shared markdown");
      await guest.context().close();
    } finally {
      await root.cleanup();
    }
  });
});
