// Saving someone's share into one's own files: a folder, and a file as a shortcut.
import { expect, expectAxeClean, test } from "./support/fixtures";
import { Api, secondAccount, signInPage } from "./support/api";
import { item, testFolder } from "./explorer-support";
import { putFile, shareLink, sharePath } from "./shares-support";

test.describe("shares: managing links and saving shares", () => {
  test("a signed-in visitor saves a shared folder into a folder they choose and finds it under Shared with me; the owner cannot", async ({
    userPage: owner,
    api,
    request,
    browser,
    baseURL,
  }) => {
    const root = await testFolder(api, "save");
    try {
      await putFile(api, root.child("photo.bin"));
      const { url } = await shareLink(api, root.uri);

      // The owner is told why their own share is not saved.
      await owner.goto(sharePath(url));
      await expect(owner.getByText("You can't save your own share.")).toBeVisible();
      await expect(owner.getByRole("button", { name: "Save to my files" })).toHaveCount(0);

      const second = await secondAccount(request);
      test.skip(!second, "needs a second account: set CLOUDREVE_USER2 and CLOUDREVE_PASSWORD2, or allow sign-up");
      const otherApi = new Api(request);
      const other = await otherApi.login(second!);
      const dest = await testFolder(otherApi, "dest");
      const context = await browser.newContext({ baseURL, locale: "en-US" });
      try {
        const page = await context.newPage();
        await signInPage(page, other);
        await page.goto(sharePath(url));
        await expect(item(page, "photo.bin")).toBeVisible();
        await page.getByRole("button", { name: "Save to my files" }).click();
        const picker = page.getByRole("dialog", { name: "Save to which folder?" });
        await picker.getByRole("button", { name: dest.name }).click();
        await expect(picker.locator("[aria-current=location]")).toHaveText(dest.name);
        await picker.getByRole("button", { name: "Save here" }).click();
        await expect(page.getByText(`Saved in “${dest.name}”.`)).toBeVisible();
        await expect(page.getByRole("link", { name: "Open in Shared with me" })).toHaveAttribute("href", /shared_with_me/);
        await expectAxeClean(page, "share landing after saving");
        await page.getByRole("link", { name: "Open the folder" }).click();
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(dest.name);
        await expect(item(page, root.name)).toBeVisible();
        await page.goBack();
        await expect(page.getByRole("button", { name: "Save to my files" })).toBeVisible();
        await page.goto(`/home?path=${encodeURIComponent("cloudreve://shared_with_me")}`);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("Shared with me");
        await item(page, root.name).dblclick();
        await expect(item(page, "photo.bin")).toBeVisible();
      } finally {
        await context.close();
        await dest.cleanup();
      }
    } finally {
      await root.cleanup();
    }
  });

  test("a shared file is saved as a file shortcut, not a folder", async ({ api, request, browser, baseURL }) => {
    const root = await testFolder(api, "savefile");
    const second = await secondAccount(request);
    test.skip(!second, "needs a second account: set CLOUDREVE_USER2 and CLOUDREVE_PASSWORD2, or allow sign-up");
    const otherApi = new Api(request);
    const other = await otherApi.login(second!);
    const dest = await testFolder(otherApi, "dest");
    const context = await browser.newContext({ baseURL, locale: "en-US", viewport: { width: 360, height: 780 } });
    try {
      const name = `${root.name}-notes.txt`;
      await putFile(api, root.child(name), "hello");
      const { url } = await shareLink(api, root.child(name));
      const page = await context.newPage();
      await signInPage(page, other);
      await page.goto(sharePath(url));
      await page.getByRole("button", { name: "Save to my files" }).click();
      const picker = page.getByRole("dialog", { name: "Save to which folder?" });
      await picker.getByRole("button", { name: dest.name }).click();
      await picker.getByRole("button", { name: "Save here" }).click();
      await expect(page.getByText(`Saved in “${dest.name}”.`)).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      // What the server holds: a file (type 0) that points at the share.
      const listed = await otherApi.ok<{ files: { name: string; type: number; metadata: Record<string, string> | null }[] }>("GET", "/file", undefined, {
        uri: dest.uri,
        page_size: "50",
        order_by: "name",
        order_direction: "asc",
      });
      const shortcut = listed.files.find((f) => f.name === name);
      expect(shortcut?.type).toBe(0);
      expect(shortcut?.metadata?.["sys:shared_redirect"]).toContain("@share");
    } finally {
      await context.close();
      await dest.cleanup();
      await root.cleanup();
    }
  });
});
