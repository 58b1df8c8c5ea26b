// A task the server gave up on, and what the list shows of it.
import { expect, expectAxeClean } from "./support/fixtures";
import { groupCan } from "./support/api";
import { GroupPerm } from "../src/lib/capabilities";
import { testFolder } from "./explorer-support";
import { putFile } from "./shares-support";
import { card, extract, settled, taskList, test } from "./tasks-support";

test.describe("tasks: archives", () => {
  test("a failed task says why, with the errors of its earlier attempts", async ({ userPage: page, api, login }) => {
    test.skip(!groupCan(login, GroupPerm.ArchiveTask), "the account's group may not run archive tasks");
    // The server retries a failing extraction a few times, backing off, before it gives up.
    test.slow();
    const folder = await testFolder(api, "broken");
    try {
      const broken = `broken-${folder.name.slice(-8)}.zip`;
      const bogus = folder.child(broken);
      await putFile(api, bogus, "this is not an archive at all");
      const failed = await settled(api, (await extract(api, bogus, folder.uri)).id, 90_000);
      expect(failed.status).toBe("error");
      expect(failed.error).toBeTruthy();

      await page.goto("/tasks");
      const row = card(taskList(page), broken);
      await expect(row.getByText("Failed", { exact: true })).toBeVisible();
      await expect(row.getByText("Why it failed:")).toBeVisible();
      await expect(row.getByRole("note").getByText(failed.error!, { exact: true })).toBeVisible();
      const history = failed.error_history ?? [];
      if (failed.retry_count) await expect(row).toContainText(failed.retry_count === 1 ? "Retried once" : `Retried ${failed.retry_count} times`);
      if (history.length > 0) {
        const toggle = row.getByRole("button", { name: history.length === 1 ? "Show the earlier error" : `Show ${history.length} earlier errors` });
        await expect(toggle).toHaveAttribute("aria-expanded", "false");
        await toggle.click();
        const list = row.getByRole("list", { name: "Errors of earlier attempts" });
        await expect(list.getByRole("listitem")).toHaveText(history);
      }
      await expectAxeClean(page, "/tasks with a failed task");
    } finally {
      await folder.cleanup();
    }
  });
});
