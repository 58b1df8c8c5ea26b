// The landing page of a share that ran out: downloads used up, or expired.
import { expect, expectAxeClean, test } from "./support/fixtures";
import { testFolder } from "./explorer-support";
import { putFile, sha256, shareLink, sharePath, visitor } from "./shares-support";

test.describe("shares: the landing page for visitors", () => {
  test("a single-file share counts each download and, once used up, says the link is no longer available", async ({ api, browser, baseURL }) => {
    const root = await testFolder(api, "limit");
    try {
      const bytes = await putFile(api, root.child("twice.bin"));
      const { url } = await shareLink(api, root.child("twice.bin"), { downloads: 2 });
      const guest = await visitor(browser, baseURL);
      await guest.goto(sharePath(url));
      const facts = guest.getByText(/download left|downloads left/);
      await expect(facts).toContainText("2 downloads left");
      await expect(facts).toHaveText(/· 0 downloads$/);

      const downloadOnce = async () => {
        const download = guest.waitForEvent("download");
        await guest.getByRole("button", { name: "Download" }).click();
        const chunks: Buffer[] = [];
        for await (const c of await (await download).createReadStream()) chunks.push(c as Buffer);
        expect(sha256(Buffer.concat(chunks))).toBe(sha256(bytes));
      };
      // Each download shows in the header at once, without reloading.
      await downloadOnce();
      await expect(facts).toContainText("1 download left");
      await expect(facts).toHaveText(/· 1 download$/);
      // The last allowed download: the page stays, counting it.
      await downloadOnce();
      await expect(facts).toContainText("0 downloads left");
      await expect(facts).toHaveText(/· 2 downloads$/);

      await guest.reload();
      await expect(guest.getByRole("heading", { name: "This link is not available" })).toBeVisible();
      await expect(guest.getByText("reached its download limit")).toBeVisible();
      await expectAxeClean(guest, "used-up share");
      await guest.context().close();
    } finally {
      await root.cleanup();
    }
  });

  test("an expired share shows the expired page", async ({ api, browser, baseURL }) => {
    const root = await testFolder(api, "expired");
    try {
      await putFile(api, root.child("old.txt"), "old");
      const { url, id } = await shareLink(api, root.uri, { expire: 1 });
      // The server counts expiry in seconds: wait until it reports the link gone.
      await expect.poll(async () => (await api.call("GET", `/share/info/${id}`)).code, { timeout: 5_000 }).toBe(404);
      const guest = await visitor(browser, baseURL);
      await guest.goto(sharePath(url));
      await expect(guest.getByRole("heading", { name: "This link is not available" })).toBeVisible();
      await expect(guest.getByRole("main").getByRole("link", { name: "Sign in" })).toBeVisible();
      await guest.context().close();
    } finally {
      await root.cleanup();
    }
  });
});
