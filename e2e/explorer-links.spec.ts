import { expect, expectAxeClean, test } from "./support/fixtures";
import { contextAction, homeUrl, item, mkdir, testFolder } from "./explorer-support";
import { putFile } from "./shares-support";

test.describe("explorer: direct links for folders", () => {
  test("a folder's files get direct links, walked into subfolders", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "links");
    try {
      await mkdir(api, root.child("album"));
      await putFile(api, root.child("album", "a.txt"), "a");
      await putFile(api, root.child("album", "b.txt"), "b");
      await mkdir(api, root.child("album", "inner"));
      await putFile(api, root.child("album", "inner", "c.txt"), "c");
      await page.goto(homeUrl(root.uri));
      await contextAction(page, item(page, "album"), "Get direct link");
      const dialog = page.getByRole("dialog", { name: "Direct links" });
      for (const name of ["a.txt", "b.txt", "c.txt"])
        await expect(dialog.getByRole("textbox", { name })).toHaveValue(new RegExp(`/f/[^/]+/${name.replace(".", "\\.")}$`));
      await expect(dialog.getByRole("textbox")).toHaveCount(3);
      await expect(dialog.getByRole("alert")).toHaveCount(0);
      await expectAxeClean(page, "direct links of a folder");
    } finally {
      await root.cleanup();
    }
  });

  test("a folder with more files than one request may link gets links for the first ones, and says so", async ({ userPage: page, api, login }) => {
    const batch = (login.user.group as { direct_link_batch_size?: number } | undefined)?.direct_link_batch_size ?? 0;
    test.skip(batch < 1 || batch > 50, "the group's direct-link batch size is not a small number");
    const root = await testFolder(api, "linkcap");
    try {
      await mkdir(api, root.child("many"));
      for (let i = 0; i < batch + 2; i++) await putFile(api, root.child("many", `f${String(i).padStart(3, "0")}.txt`), String(i));
      await page.setViewportSize({ width: 360, height: 780 });
      await page.goto(homeUrl(root.uri));
      await contextAction(page, item(page, "many"), "Get direct link");
      const dialog = page.getByRole("dialog", { name: "Direct links" });
      await expect(dialog.getByText(`Links for the first ${batch} files`)).toBeVisible();
      await expect(dialog.getByRole("textbox")).toHaveCount(batch);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await expectAxeClean(page, "capped direct links at 360 px");
    } finally {
      await root.cleanup();
    }
  });
});
