// Remote downloads: starting one from a link or a torrent file, and a group without them.
import { expect, expectAxeClean, test as base } from "./support/fixtures";
import { groupCan } from "./support/api";
import { GroupPerm } from "../src/lib/capabilities";
import { testFolder, toast } from "./explorer-support";
import { putFile } from "./shares-support";
import { card, downloadsList, fakeTask, findTask, taskList, test, type TaskJson } from "./tasks-support";

test.describe("remote downloads", () => {
  test("a download from a link that the server cannot carry out shows the server's reason", async ({ userPage: page, api, login }) => {
    test.skip(!groupCan(login, GroupPerm.RemoteDownload), "the account's group may not use remote downloads");
    test.slow();
    const folder = await testFolder(api, "downloads");
    // Nothing listens there: whether or not the server has a downloader set up, this one fails.
    const file = `nothing-${folder.name.slice(-8)}.bin`;
    const link = `http://127.0.0.1:9/${folder.name}/${file}`;
    try {
      await page.goto("/downloads");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Remote downloads");
      await expectAxeClean(page, "/downloads");
      await page.getByRole("button", { name: "New download" }).click();
      const dialog = page.getByRole("dialog", { name: "New remote download" });
      await dialog.getByRole("button", { name: "Start download" }).click();
      await expect(dialog.getByText("Enter at least one link.")).toBeVisible();
      await dialog.getByRole("textbox", { name: "Links" }).fill(`  ${link}  \n\n`);
      await dialog.getByRole("button", { name: "Choose folder" }).click();
      const picker = page.getByRole("dialog", { name: "Choose where to save the downloads" });
      await picker.getByRole("button", { name: folder.name }).click();
      await picker.getByRole("button", { name: "Use this folder" }).click();
      await expect(dialog.getByRole("textbox", { name: "Save in" })).toHaveValue(`My files/${folder.name}`);
      await expectAxeClean(page, "new download dialog");
      const created = page.waitForResponse((r) => r.url().endsWith("/api/v4/workflow/download") && r.request().method() === "POST");
      await dialog.getByRole("button", { name: "Start download" }).click();
      const tasks = ((await (await created).json()) as { data: TaskJson[] }).data;
      expect(tasks).toHaveLength(1);
      await expect(dialog).toBeHidden();
      await toast(page, "Download started");

      // The failure is the server's own words, with what it likely means.
      let failed: TaskJson | undefined;
      await expect.poll(async () => (failed = await findTask(api, "downloaded", tasks[0]!.id))?.status, { timeout: 90_000 }).toBe("error");
      const row = card(downloadsList(page, "Finished"), file);
      await expect(row.getByText("Failed", { exact: true })).toBeVisible({ timeout: 15_000 });
      await expect(row.getByText(failed!.error!, { exact: true })).toBeVisible();
      await expect(row.getByText("the server's downloader may not be set up")).toBeVisible();
      await expect(row).toContainText(`From ${link}`);
      await expect(row).toContainText(`Into My files/${folder.name}`);
      await expectAxeClean(page, "/downloads with a failed download");
    } finally {
      await folder.cleanup();
    }
  });

  test("a download from a torrent file chosen in My files", async ({ userPage: page, api, login }) => {
    test.skip(!groupCan(login, GroupPerm.RemoteDownload), "the account's group may not use remote downloads");
    const folder = await testFolder(api, "torrent");
    const torrent = `linux-${folder.name.slice(-8)}.torrent`;
    try {
      await putFile(api, folder.child(torrent), "d8:announce0:4:infod4:name5:x.isoee");
      await putFile(api, folder.child("readme.txt"), "not a torrent");
      let sent: unknown;
      await page.route("**/api/v4/workflow/download", (route) => {
        sent = route.request().postDataJSON();
        return route.fallback();
      });
      await page.goto("/downloads");
      await page.getByRole("button", { name: "New download" }).click();
      const dialog = page.getByRole("dialog", { name: "New remote download" });
      await dialog.getByRole("radio", { name: "A torrent file in My files" }).check();
      await dialog.getByRole("button", { name: "Start download" }).click();
      await expect(dialog.getByText("Choose a torrent file.")).toBeVisible();

      // The picker shows folders and torrent files only.
      await dialog.getByRole("button", { name: "Choose torrent" }).click();
      const picker = page.getByRole("dialog", { name: "Choose a torrent file" });
      await picker.getByRole("button", { name: folder.name }).click();
      await expect(picker.getByRole("button", { name: torrent })).toBeVisible();
      await expect(picker.getByText("readme.txt")).toHaveCount(0);
      await expectAxeClean(page, "torrent picker");
      await picker.getByRole("button", { name: torrent }).click();
      await expect(picker).toBeHidden();
      await expect(dialog.getByRole("textbox", { name: "Torrent file" })).toHaveValue(`My files/${folder.name}/${torrent}`);
      await dialog.getByRole("button", { name: "Start download" }).click();
      await expect(dialog).toBeHidden();
      await toast(page, "Download started");
      expect(sent).toEqual({ src_file: folder.child(torrent), dst: "cloudreve://my" });
      await expect(page.getByRole("heading", { name: torrent, level: 3 })).toBeVisible();
    } finally {
      await folder.cleanup();
    }
  });
});

base.describe("remote downloads: without permission", () => {
  base("a group without remote downloads is told so plainly, with nothing to click", async ({ userPage: page, login }) => {
    base.skip(groupCan(login, GroupPerm.RemoteDownload), "the account's group may use remote downloads");
    await page.goto("/downloads");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Remote downloads");
    await expect(page.getByRole("heading", { name: "Remote downloads are not available for your account" })).toBeVisible();
    await expect(page.getByText("ask the site's administrator to allow remote downloads for your group")).toBeVisible();
    await expect(page.getByRole("button", { name: "New download" })).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Remote downloads" })).toHaveCount(0);
    await expectAxeClean(page, "/downloads without permission");
  });

  base("a group without archive tasks is not offered to run one again", async ({ userPage: page, login }) => {
    base.skip(groupCan(login, GroupPerm.ArchiveTask), "the account's group may run archive tasks");
    await page.route("**/api/v4/workflow?*", (route) =>
      route.fulfill({ json: { code: 0, msg: "", data: { tasks: [fakeTask(1)], pagination: { page: 0, page_size: 25, is_cursor: true } } } }),
    );
    await page.goto("/tasks");
    await expect(card(taskList(page), "archive-1.zip").getByText("Completed")).toBeVisible();
    await expect(page.getByRole("button", { name: /^Run again/ })).toHaveCount(0);
  });
});
