// Viewers that are other apps: a custom viewer gets the admin's URL template with every variable
// filled in, in a frame; a WOPI office viewer gets its session token by a form POST into a frame.
// Both apps are pages the stand-in serves (its catalogue names them), hence @standin.
import { expect, expectAxeClean, test } from "./support/fixtures";
import { homeUrl, item, testFolder } from "./explorer-support";
import { putFile } from "./shares-support";
import { viewerOf } from "./viewers-support";

test.describe("viewers: apps", () => {
  test("a custom viewer's frame gets every template variable @standin", async ({ userPage: page, api, login }) => {
    const root = await testFolder(api, "custom");
    try {
      await putFile(api, root.child("data.csv"), "a,b\n1,2\n");
      const info = await api.ok<{ id: string; primary_entity: string }>("GET", "/file/info", undefined, { uri: root.child("data.csv") });
      await page.goto(homeUrl(root.uri));
      // The inspector is the only viewer of .csv: it opens without asking.
      await item(page, "data.csv").dblclick();
      const viewer = viewerOf(page, "data.csv");
      const frame = viewer.locator("iframe[title='Stand-in Inspector: data.csv']");
      await expect(frame).toBeVisible();
      const attr = (await frame.getAttribute("src"))!;
      const q = Object.fromEntries(new URL(attr, page.url()).searchParams);
      expect(q.src).toMatch(/^https?:\/\/.+\/api\/v4\/file\/content\/.+sign=/);
      // {$src_raw} is the URL as it is, not encoded.
      expect(attr).toContain(`&src_raw=${q.src}&`);
      expect(Buffer.from(q.src_raw_base64!, "base64").toString()).toBe(q.src);
      expect(q).toMatchObject({
        name: "data.csv",
        version: info.primary_entity,
        id: info.id,
        user_id: login.user.id,
        user_display_name: login.user.nickname,
        theme: "light",
        dark: "0",
      });
      // The page of this site runs in an opaque origin: it cannot reach the app.
      expect(await frame.getAttribute("sandbox")).not.toContain("allow-same-origin");
      await expect(page.frameLocator("iframe[title='Stand-in Inspector: data.csv']").getByRole("heading", { name: "Stand-in Inspector" })).toBeVisible();
      await expectAxeClean(page, "custom viewer");
    } finally {
      await root.cleanup();
    }
  });

  test("a WOPI viewer receives its session by a form POST and edits the owner's file @standin", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "wopi");
    try {
      await putFile(api, root.child("report.odt"), "not really a document");
      await page.goto(homeUrl(root.uri));
      await item(page, "report.odt").dblclick();
      const office = page.frameLocator("iframe[title='Stand-in Office: report.odt']");
      await expect(office.getByText("Access token received")).toBeVisible();
      await expect(office.getByText("Mode: edit")).toBeVisible();
      await expect(viewerOf(page, "report.odt")).toBeVisible();
      // The token went in the form body, not in the frame's address.
      expect(await viewerOf(page, "report.odt").locator("iframe").getAttribute("src")).toBeNull();
    } finally {
      await root.cleanup();
    }
  });
});
