// "New document…": the viewer catalogue's templates are the kinds offered; the new file is made
// empty in the folder, with a name that does not clash, and opens in its template's viewer.
import { expect, expectAxeClean, test } from "./support/fixtures";
import { homeUrl, item, testFolder, touch } from "./explorer-support";
import { viewerOf } from "./viewers-support";
import { drawioEmbedPage } from "../server/routes/drawioEmbed";

test("a diagram made from the catalogue's templates opens in draw.io, and a Markdown file in its editor", async ({ userPage: page, api }) => {
  const root = await testFolder(api, "templates");
  try {
    await touch(api, root.child("Untitled.drawio"));
    // draw.io's default host is on the internet; the pretend editor stands in for it.
    await page.route("https://embed.diagrams.net/**", (route) =>
      route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: drawioEmbedPage() }),
    );
    await page.goto(homeUrl(root.uri));
    await expect(item(page, "Untitled.drawio")).toBeVisible();

    await page.getByRole("toolbar", { name: "File actions" }).getByRole("button", { name: "New document…" }).click();
    const dialog = page.getByRole("dialog", { name: "New document" });
    const kinds = dialog.getByRole("radiogroup", { name: "Kind of document" });
    // The install-default catalogue's templates, each extension once.
    for (const kind of ["Markdown (.md)", "Diagram (.drawio)", "Whiteboard (.dwb)", "Text file (.txt)"])
      await expect(kinds.getByRole("radio", { name: kind })).toBeVisible();
    await expectAxeClean(page, "new document dialog");
    await kinds.getByRole("radio", { name: "Diagram (.drawio)" }).check();
    // The name follows the kind and leaves the taken name alone.
    await expect(dialog.getByRole("textbox", { name: "Name" })).toHaveValue("Untitled (2).drawio");
    await dialog.getByRole("button", { name: "Create" }).click();
    const viewer = viewerOf(page, /^Untitled \(2\)\.drawio/);
    await expect(viewer.frameLocator("iframe[title='Diagram editor: Untitled (2).drawio']").getByRole("status")).toHaveText("New diagram");
    const made = await api.ok<{ size: number; name: string }>("GET", "/file/info", undefined, { uri: root.child("Untitled (2).drawio") });
    expect(made.size).toBe(0);
    await viewer.getByRole("button", { name: "Close" }).click();
    await expect(item(page, "Untitled (2).drawio")).toBeVisible();

    // A name typed without the extension gets the kind's. (The new diagram is selected now, which
    // puts the selection's actions in the toolbar; a fresh visit shows the folder's.)
    await page.goto(homeUrl(root.uri));
    await page.getByRole("toolbar", { name: "File actions" }).getByRole("button", { name: "New document…" }).click();
    await kinds.getByRole("radio", { name: "Markdown (.md)" }).check();
    await dialog.getByRole("textbox", { name: "Name" }).fill("Plan");
    await dialog.getByRole("button", { name: "Create" }).click();
    await expect(viewerOf(page, /^Plan\.md/)).toBeVisible();
    await expect(page).toHaveURL(/viewer=markdown/);
  } finally {
    await root.cleanup();
  }
});
