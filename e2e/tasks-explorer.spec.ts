// Archive tasks started from the explorer.
import { expect } from "./support/fixtures";
import { groupCan } from "./support/api";
import { GroupPerm } from "../src/lib/capabilities";
import { item, mkdir, toast } from "./explorer-support";
import { namesIn, test, twoFiles } from "./tasks-support";

test.describe("archives from the explorer", () => {
  test("compresses a selection from its context menu, then extracts the zip; the folder shows each result when its task ends", async ({
    userPage: page,
    api,
    login,
  }) => {
    test.skip(!groupCan(login, GroupPerm.ArchiveTask), "the account's group may not run archive tasks");
    const folder = await twoFiles(api, "explorer-zip");
    try {
      await mkdir(api, folder.child("unpacked"));
      await page.goto(`/home?path=${encodeURIComponent(folder.uri)}`);
      await item(page, "alpha.txt").click();
      await item(page, "beta.txt").click({ modifiers: ["Shift"] });
      await item(page, "beta.txt").click({ button: "right" });
      await page.getByRole("menuitem", { name: "Compress to zip" }).click();
      const dialog = page.getByRole("dialog", { name: "Create archive" });
      await dialog.getByRole("textbox", { name: "Archive name" }).fill("both.zip");
      await dialog.getByRole("button", { name: "Create archive" }).click();
      await toast(page, "Creating “both.zip” in the background");
      // No reload: the folder refreshes by itself once the task has ended.
      await expect(item(page, "both.zip")).toBeVisible({ timeout: 45_000 });

      await item(page, "both.zip").click({ button: "right" });
      await page.getByRole("menuitem", { name: "Extract…" }).click();
      const extractDialog = page.getByRole("dialog", { name: "Extract archive" });
      await expect(extractDialog.getByRole("textbox", { name: "Extract to" })).toHaveValue(`My files/${folder.name}`);
      await extractDialog.getByRole("button", { name: "Choose folder" }).click();
      const picker = page.getByRole("dialog", { name: "Choose where to extract to" });
      await picker.getByRole("button", { name: "unpacked" }).click();
      await expect(picker.getByRole("navigation").getByText("unpacked")).toBeVisible();
      await picker.getByRole("button", { name: "Use this folder" }).click();
      await extractDialog.getByRole("button", { name: "Extract", exact: true }).click();
      await toast(page, "Extracting “both.zip” in the background");
      await expect.poll(() => namesIn(api, folder.child("unpacked")), { timeout: 45_000 }).toEqual(["alpha.txt", "beta.txt"]);
    } finally {
      await folder.cleanup();
    }
  });
});
