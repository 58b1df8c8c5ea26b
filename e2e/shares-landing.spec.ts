// The landing page of a share for a visitor who is signed out: password, expiry, README.
import { expect, expectAxeClean, test } from "./support/fixtures";
import { contextAction, item, mkdir, testFolder, view } from "./explorer-support";
import { putFile, sha256, sharePath, visitor } from "./shares-support";

const README = [
  "# Welcome to the share",
  "",
  "Plain **markdown** works.",
  "",
  "<script>window.__pwned = 'script'</script>",
  '<img src="x" onerror="window.__pwned = \'img\'">',
  "",
  "[click me](javascript:window.__pwned='link')",
].join("\n");

test.describe("shares: the landing page for visitors", () => {
  test("a password-protected expiring share made in the UI opens for a signed-out visitor", async ({ userPage: page, api, login, browser, baseURL }) => {
    const root = await testFolder(api, "landing");
    try {
      const bytes = await putFile(api, root.child("hello.bin"));
      await putFile(api, root.child("README.md"), README);
      await mkdir(api, root.child("Inner"));
      await putFile(api, root.child("Inner", "deep.txt"), "deep");

      // Owner: share the folder privately with a chosen password and an expiry.
      await page.goto(`/home?path=${encodeURIComponent("cloudreve://my")}`);
      await contextAction(page, item(page, root.name), "Share");
      const dialog = page.getByRole("dialog", { name: `Share “${root.name}”` });
      await dialog.getByLabel("Private link (needs a password)").check();
      await dialog.getByLabel("Choose a password").check();
      await dialog.getByRole("textbox", { name: "Password" }).fill("open2025");
      await dialog.getByLabel("Expire automatically").check();
      await expectAxeClean(page, "share dialog");
      await dialog.getByRole("button", { name: "Create link" }).click();
      const field = dialog.getByLabel("Share link");
      await expect(field).toHaveValue(/\/s\/\w+\/open2025$/);
      await expect(dialog.getByRole("img", { name: "QR code of the share link" })).toBeVisible();
      const link = await field.inputValue();
      const listed = await api.ok<{ shares: { name: string; expires?: string }[] }>("GET", "/share", undefined, { page_size: "100", order_direction: "desc" });
      expect(listed.shares.find((s) => s.name === root.name)?.expires).toBeTruthy();

      // Visitor, signed out: a wrong password first, then the right one.
      const guest = await visitor(browser, baseURL);
      await guest.goto(sharePath(link).replace(/open2025$/, "nope"));
      await expect(guest.getByText("That password is not right")).toBeVisible();
      await guest.getByLabel("Share password").fill("open2025");
      await guest.getByRole("button", { name: "Open share" }).click();
      // The folder is called by the share's name, not by a generic "shared folder".
      await expect(guest.getByRole("heading", { level: 1 })).toHaveText(root.name);
      // The header names the owner and links to their profile.
      await expect(guest.getByRole("link", { name: login.user.nickname, exact: true })).toHaveAttribute(
        "href",
        `/profile/${encodeURIComponent(login.user.id)}`,
      );
      await expect(item(guest, "hello.bin")).toBeVisible();
      // A visitor who is not signed in is not offered uploads.
      await expect(guest.getByRole("button", { name: /^Upload/ })).toHaveCount(0);

      // The README renders as Markdown, and the HTML in it stays inert.
      const readme = guest.getByRole("complementary", { name: "README" });
      await expect(readme.getByRole("heading", { name: "Welcome to the share", level: 3 })).toBeVisible();
      // Its headings sit below the page's one h1 in the outline.
      await expect(guest.getByRole("heading", { level: 1 })).toHaveText(root.name);
      await expect(readme.locator("strong")).toHaveText("markdown");
      expect(await readme.locator("script, img[src='x'], a[href^='javascript']").count()).toBe(0);
      expect(await guest.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();

      // Browse inside and back.
      await item(guest, "Inner").dblclick();
      await expect(item(guest, "deep.txt")).toBeVisible();
      await expect(guest.getByRole("link", { name: root.name, exact: true })).toHaveAttribute("href", /%40share$/);
      await guest.goBack();
      await expect(item(guest, "hello.bin")).toBeVisible();

      // Download: the bytes are the uploaded ones.
      const download = guest.waitForEvent("download");
      await contextAction(guest, item(guest, "hello.bin"), "Download");
      const file = await (await download).createReadStream();
      const chunks: Buffer[] = [];
      for await (const c of file) chunks.push(c as Buffer);
      expect(sha256(Buffer.concat(chunks))).toBe(sha256(bytes));

      // Usable and accessible on a phone.
      await guest.setViewportSize({ width: 360, height: 740 });
      await expect(view(guest)).toBeVisible();
      expect(await guest.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await expectAxeClean(guest, "share landing at 360 px");
      await guest.context().close();
    } finally {
      await root.cleanup();
    }
  });
});
