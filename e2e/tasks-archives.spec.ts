// Archive tasks on the tasks page: made and extracted again through their dialogs.
import { expect, expectAxeClean } from "./support/fixtures";
import { groupCan } from "./support/api";
import { GroupPerm } from "../src/lib/capabilities";
import { item, mkdir, toast } from "./explorer-support";
import { zipEntries } from "./transfers-helpers";
import { archive, card, extract, namesIn, settled, storedBytes, taskList, test, twoFiles } from "./tasks-support";

test.describe("tasks: archives", () => {
  test("an archive of two files made again through the dialog: a taken name is explained, the new archive holds both files", async ({
    userPage: page,
    api,
    login,
  }) => {
    test.skip(!groupCan(login, GroupPerm.ArchiveTask), "the account's group may not run archive tasks");
    test.slow();
    const folder = await twoFiles(api, "archive");
    // Tasks cannot be deleted: names of their own keep this run's apart from earlier ones.
    const first = `first-${folder.name.slice(-8)}.zip`;
    const second = `second-${folder.name.slice(-8)}.zip`;
    try {
      const made = await archive(api, folder.files, folder.child(first));
      expect((await settled(api, made.id)).status).toBe("completed");

      await page.goto("/tasks");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Background tasks");
      const done = card(taskList(page), first);
      await expect(done.getByText("Create archive", { exact: true })).toBeVisible();
      await expect(done.getByText("Completed")).toBeVisible();
      await expect(done).toContainText(`In My files/${folder.name}`);
      await expectAxeClean(page, "/tasks with a completed archive");

      // "Run again" opens the create-archive dialog with the task's items, folder and name.
      await done.getByRole("button", { name: `Run again: ${first}` }).click();
      const dialog = page.getByRole("dialog", { name: "Create archive" });
      await expect(dialog).toContainText("2 items (alpha.txt, beta.txt) will be compressed into a zip file.");
      await expect(dialog.getByRole("textbox", { name: "Archive name" })).toHaveValue(first);
      await expect(dialog.getByRole("textbox", { name: "Save in" })).toHaveValue(`My files/${folder.name}`);
      await expectAxeClean(page, "create archive dialog");

      // The server refuses a name that is taken; the dialog says why and stays open.
      await dialog.getByRole("button", { name: "Create archive" }).click();
      await expect(dialog.getByRole("alert")).toContainText("already");
      await dialog.getByRole("textbox", { name: "Archive name" }).fill("a/b.zip");
      await dialog.getByRole("button", { name: "Create archive" }).click();
      await expect(dialog.getByText("A name can't be")).toBeVisible();
      await dialog.getByRole("textbox", { name: "Archive name" }).fill(second);
      await dialog.getByRole("button", { name: "Create archive" }).click();
      await expect(dialog).toBeHidden();
      const created = await toast(page, `Creating “${second}” in the background`);
      await expect(created.getByRole("button", { name: "View task" })).toBeVisible();

      // The new task appears on its own and follows the server to the end.
      const secondCard = card(taskList(page), second);
      await expect(secondCard.getByText("Completed")).toBeVisible({ timeout: 45_000 });
      expect(await namesIn(api, folder.uri)).toEqual(["alpha.txt", "beta.txt", first, second].sort());
      expect(
        zipEntries(await storedBytes(api, folder.child(second)))
          .map((n) => n.replace(/^\//, ""))
          .sort(),
      ).toEqual(["alpha.txt", "beta.txt"]);

      // "Open folder" leads to the archive in the explorer.
      await secondCard.getByRole("link", { name: `Open folder: ${second}` }).click();
      await expect(page).toHaveURL(/\/home\?path=/);
      await expect(item(page, second)).toBeVisible();
    } finally {
      await folder.cleanup();
    }
  });

  test("an archive extracted again into another folder, with a name encoding for an old zip", async ({ userPage: page, api, login }) => {
    test.skip(!groupCan(login, GroupPerm.ArchiveTask), "the account's group may not run archive tasks");
    test.slow();
    const folder = await twoFiles(api, "extract");
    try {
      const bundle = `bundle-${folder.name.slice(-8)}.zip`;
      const zip = folder.child(bundle);
      expect((await settled(api, (await archive(api, folder.files, zip)).id)).status).toBe("completed");
      await mkdir(api, folder.child("out1"));
      await mkdir(api, folder.child("out2"));
      const first = await extract(api, zip, folder.child("out1"));
      expect((await settled(api, first.id)).status).toBe("completed");
      expect(await namesIn(api, folder.child("out1"))).toEqual(["alpha.txt", "beta.txt"]);

      await page.goto("/tasks");
      const done = card(taskList(page), bundle).filter({ hasText: "Extract archive" });
      await expect(done.getByText("Completed")).toBeVisible();
      await expect(done).toContainText(`Into My files/${folder.name}/out1`);

      await done.getByRole("button", { name: `Run again: ${bundle}` }).click();
      const dialog = page.getByRole("dialog", { name: "Extract archive" });
      await expect(dialog).toContainText(`The files in “${bundle}” will be extracted into a folder.`);
      await expect(dialog.getByRole("textbox", { name: "Extract to" })).toHaveValue(`My files/${folder.name}/out1`);
      await dialog.getByRole("button", { name: "Choose folder" }).click();
      const picker = page.getByRole("dialog", { name: "Choose where to extract to" });
      await picker.getByRole("navigation").getByRole("button", { name: folder.name }).click();
      await picker.getByRole("button", { name: "out2" }).click();
      await expect(picker.getByRole("navigation").getByText("out2")).toBeVisible();
      await picker.getByRole("button", { name: "Use this folder" }).click();
      await expect(picker).toBeHidden();
      await expect(dialog.getByRole("textbox", { name: "Extract to" })).toHaveValue(`My files/${folder.name}/out2`);

      // Zips may name their entries in a legacy charset; the server takes its own charset names.
      let sent: unknown;
      await page.route("**/api/v4/workflow/extract", (route) => {
        sent = route.request().postDataJSON();
        return route.fallback();
      });
      await dialog.getByRole("combobox", { name: "File name encoding" }).click();
      await page.getByRole("option", { name: "Chinese, Simplified (GBK)" }).click();
      await expectAxeClean(page, "extract dialog");
      await dialog.getByRole("button", { name: "Extract", exact: true }).click();
      await expect(dialog).toBeHidden();
      await toast(page, `Extracting “${bundle}” in the background`);
      expect(sent).toEqual({ src: [zip], dst: folder.child("out2"), encoding: "gbk" });

      const cards = card(taskList(page), bundle).filter({ hasText: "Extract archive" });
      await expect(cards).toHaveCount(2);
      await expect(cards.first().getByText("Completed")).toBeVisible({ timeout: 45_000 });
      await expect(cards.first()).toContainText(`Into My files/${folder.name}/out2`);
      expect(await namesIn(api, folder.child("out2"))).toEqual(["alpha.txt", "beta.txt"]);
    } finally {
      await folder.cleanup();
    }
  });
});
