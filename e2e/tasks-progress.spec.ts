// A task followed live while the stand-in steps it.
import { expect, expectAxeClean } from "./support/fixtures";
import { testHook } from "./support/api";
import { archive, card, namesIn, taskList, test, twoFiles, type TaskJson } from "./tasks-support";

test.describe("tasks: live progress @standin", () => {
  // The runner is paused for the whole server, so nothing else may run tasks meanwhile.
  test("@exclusive a task stepped by the server shows each status and step as it happens, counters while it runs, and polling stops once all ended or while the tab is hidden", async ({
    userPage: page,
    api,
    request,
  }) => {
    test.slow();
    const folder = await twoFiles(api, "live");
    await testHook(request, "PATCH", "/tasks", { paused: true });
    try {
      const task = await archive(api, folder.files, folder.child("live.zip"));
      const advance = () => testHook<{ task: TaskJson }>(request, "POST", `/tasks/${task.id}/advance`);
      const listCalls: string[] = [];
      page.on("request", (r) => r.url().includes("/api/v4/workflow?") && listCalls.push(r.url()));
      await page.clock.install();
      await page.goto("/tasks");
      const row = card(taskList(page), "live.zip");
      await expect(row.getByText("Queued")).toBeVisible();
      await expectAxeClean(page, "/tasks with a queued task");

      await advance();
      await page.clock.runFor(2_000);
      await expect(row.getByText("Running")).toBeVisible();

      expect((await advance()).task).toMatchObject({ status: "suspending", summary: { phase: "compress_files" } });
      await page.clock.runFor(2_000);
      await expect(row.getByText("Waiting to continue")).toBeVisible();
      await expect(row.getByText("Step: Compressing files")).toBeVisible();

      // While it runs, its counters are read every second. The stand-in finishes an iteration
      // before a hook answers, so the counters a real server reports mid-way are played here.
      await page.route(`**/api/v4/workflow/progress/${task.id}`, (route) =>
        route.fulfill({
          json: {
            code: 0,
            msg: "",
            data: {
              archive_count: { total: 0, current: 1, identifier: "" },
              archive_size: { total: 0, current: 11, identifier: "" },
              upload: { total: 4096, current: 1024, identifier: "" },
            },
          },
        }),
      );
      await page.clock.runFor(1_000);
      await expect(row.getByRole("progressbar", { name: "Files compressed" })).toHaveAttribute("aria-valuetext", "1 so far");
      await expect(row.getByRole("progressbar", { name: "Data compressed" })).toHaveAttribute("aria-valuetext", "11\u00a0B so far");
      const upload = row.getByRole("progressbar", { name: "Data saved" });
      await expect(upload).toHaveAttribute("aria-valuenow", "25");
      await expect(upload).toHaveAttribute("aria-valuetext", "1\u00a0KB of 4\u00a0KB (25%)");
      await expectAxeClean(page, "/tasks with progress bars");
      await page.unroute(`**/api/v4/workflow/progress/${task.id}`);

      // A hidden tab is not polled; it catches up when shown again.
      const setHidden = (hidden: boolean) =>
        page.evaluate((h) => {
          Object.defineProperty(document, "visibilityState", { configurable: true, get: () => (h ? "hidden" : "visible") });
          document.dispatchEvent(new Event("visibilitychange", { bubbles: true }));
        }, hidden);
      await setHidden(true);
      await advance();
      const whileHidden = listCalls.length;
      await page.clock.runFor(10_000);
      expect(listCalls.length).toBe(whileHidden);
      await setHidden(false);
      await page.clock.runFor(2_000);
      await expect(row.getByText("Running")).toBeVisible();

      // Compressing ends in the next phase; saving the archive ends the task.
      expect((await advance()).task).toMatchObject({ status: "suspending", summary: { phase: "upload_archive" } });
      await page.clock.runFor(2_000);
      await expect(row.getByText("Step: Saving the archive")).toBeVisible();
      await advance();
      expect((await advance()).task.status).toBe("completed");
      await page.clock.runFor(2_000);
      await expect(row.getByText("Completed")).toBeVisible();
      await expect(page.getByRole("status").filter({ hasText: "“live.zip”: Completed." })).toBeAttached();
      await expect(row.getByRole("progressbar")).toHaveCount(0);
      expect(await namesIn(api, folder.uri)).toEqual(["alpha.txt", "beta.txt", "live.zip"]);

      // Nothing left to watch: the list is not asked again.
      const afterEnd = listCalls.length;
      await page.clock.runFor(20_000);
      expect(listCalls.length).toBe(afterEnd);
    } finally {
      await testHook(request, "PATCH", "/tasks", { paused: false });
      await folder.cleanup();
    }
  });
});
