import { expect, expectAxeClean, test } from "./support/fixtures";
import { Api, secondAccount, signInPage } from "./support/api";
import { item, testFolder, toast } from "./explorer-support";
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

  test("edits, filters, deletes and restores links on My shares", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "manage");
    try {
      // Names unique to this test: the account may hold other links (a real server's account).
      const notes = `${root.name}-notes.txt`;
      await putFile(api, root.child(notes), "notes");
      await shareLink(api, root.uri, { downloads: 5, is_private: true, password: "keepme1" });
      await shareLink(api, root.child(notes));

      await page.goto("/shares");
      const list = page.getByRole("list", { name: "My shares" });
      const folderRow = list.getByRole("listitem").filter({ hasText: new RegExp(`^${root.name}(?!-notes)`) });
      await expect(folderRow).toContainText("5 downloads left");
      await expectAxeClean(page, "/shares");

      // Filter by name.
      const filter = page.getByRole("searchbox", { name: "Filter by name" });
      await filter.fill(root.name);
      await expect(list.getByRole("listitem")).toHaveCount(2);
      await filter.fill(`${root.name}-notes`);
      await expect(list.getByRole("listitem")).toHaveCount(1);
      await expect(list.getByRole("listitem")).toContainText(notes);
      await filter.fill("");

      // Edit: the password stays, the limit changes.
      await folderRow.getByRole("button", { name: `Edit: ${root.name}` }).click();
      const dialog = page.getByRole("dialog", { name: `Edit share of “${root.name}”` });
      await expect(dialog.getByText("The password of an existing link cannot be changed")).toBeVisible();
      await dialog.getByRole("spinbutton", { name: "Number of downloads" }).fill("2");
      await dialog.getByRole("button", { name: "Save" }).click();
      await expect(dialog.getByLabel("Share link")).toHaveValue(/\/keepme1$/);
      await expectAxeClean(page, "share dialog result");
      await dialog.getByRole("button", { name: "Done" }).click();
      await expect(folderRow).toContainText("2 downloads left");

      // Delete with confirmation, then undo (the link comes back under a new address).
      await folderRow.getByRole("button", { name: `Delete: ${root.name}` }).click();
      await page.getByRole("dialog", { name: "Delete share link?" }).getByRole("button", { name: "Delete" }).click();
      const done = await toast(page, `Share link to “${root.name}” deleted`);
      await expect(folderRow).toHaveCount(0);
      await done.getByRole("button", { name: "Undo" }).click();
      await toast(page, "The link is back, under a new address");
      await expect(folderRow).toContainText("2 downloads left");
      const shares = await api.ok<{ shares: { name: string; password?: string }[] }>("GET", "/share", undefined, { page_size: "100", order_direction: "desc" });
      expect(shares.shares.find((s) => s.name === root.name)?.password).toBe("keepme1");
    } finally {
      await root.cleanup();
    }
  });

  test("a profile lists the user's public shares only, for anyone", async ({ api, login, browser, baseURL }) => {
    const root = await testFolder(api, "profile");
    try {
      // Names unique to this test: the account may have other public shares (a real server's account).
      const open = `${root.name}-open.txt`;
      const secret = `${root.name}-secret.txt`;
      await putFile(api, root.child(open), "open");
      await putFile(api, root.child(secret), "secret");
      await shareLink(api, root.child(open));
      await shareLink(api, root.child(secret), { is_private: true });
      const context = await browser.newContext({ baseURL, locale: "en-US" });
      const page = await context.newPage();
      await page.goto(`/profile/${encodeURIComponent(login.user.id)}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(login.user.nickname);
      const list = page.getByRole("list", { name: "Public shares" });
      await expect(list.getByRole("link", { name: open })).toBeVisible();
      await expect(list.getByRole("link", { name: secret })).toHaveCount(0);
      await expectAxeClean(page, "profile");
      await list.getByRole("link", { name: open }).click();
      await expect(page.getByRole("button", { name: "Download" })).toBeVisible();
      await context.close();
    } finally {
      await root.cleanup();
    }
  });
});
