// The tasks list itself: loading, failing, paging, and a phone-wide screen.
import { randomUUID } from "node:crypto";
import { expect, expectAxeClean } from "./support/fixtures";
import { card, fakeTask, noHorizontalScroll, taskList, test } from "./tasks-support";

test.describe("tasks: list states", () => {
  test("empty, a failed load with retry, and a long list page by page", async ({ userPage: page }) => {
    const all = Array.from({ length: 30 }, (_, i) => fakeTask(30 - i));
    let fail = true;
    let empty = true;
    await page.route("**/api/v4/workflow?*", async (route) => {
      const url = new URL(route.request().url());
      if (url.searchParams.get("category") !== "general") return route.fallback();
      if (fail) return route.fulfill({ json: { code: 50001, msg: "Database failure", correlation_id: randomUUID() } });
      if (empty) return route.fulfill({ json: { code: 0, msg: "", data: { tasks: [], pagination: { page: 0, page_size: 25, is_cursor: true } } } });
      const start = url.searchParams.get("next_page_token") ? 25 : 0;
      const size = Number(url.searchParams.get("page_size"));
      const next = start + size < all.length ? { next_token: "page2" } : {};
      return route.fulfill({
        json: { code: 0, msg: "", data: { tasks: all.slice(start, start + size), pagination: { page: 0, page_size: size, is_cursor: true, ...next } } },
      });
    });

    await page.goto("/tasks");
    const alert = page.getByRole("alert").filter({ hasText: "The tasks could not be loaded." });
    await expect(alert).toBeVisible();
    await expectAxeClean(page, "/tasks with a failed load");
    fail = false;
    await alert.getByRole("button", { name: "Retry" }).click();
    await expect(page.getByText("No background tasks yet")).toBeVisible();
    await expectAxeClean(page, "/tasks empty");

    empty = false;
    await page.getByRole("button", { name: "Refresh" }).click();
    const headings = taskList(page).getByRole("heading", { level: 3 });
    await expect(headings).toHaveCount(25);
    await expect(headings.first()).toHaveText("archive-30.zip");
    await page.getByRole("button", { name: "Show more tasks" }).click();
    await expect(headings).toHaveCount(30);
    await expect(headings.last()).toHaveText("archive-1.zip");
    await expect(page.getByRole("button", { name: "Show more tasks" })).toHaveCount(0);
    await expect(card(taskList(page), "archive-1.zip")).toContainText("Node: Master · Ran for 1.5 sec");
  });

  test("works on a 360 px wide screen, long names and errors included", async ({ userPage: page }) => {
    const long = `${"a-very-long-archive-name-without-spaces-".repeat(4)}.zip`;
    const tasks = [
      fakeTask(3, {
        status: "processing",
        summary: {
          phase: "compress_files",
          props: { src_multiple: ["cloudreve://my/x"], dst: `cloudreve://my/${"deep-folder-name/".repeat(6)}${long}`, failed: 0 },
        },
      }),
      fakeTask(2, {
        status: "error",
        type: "extract_archive",
        summary: { phase: "", props: { src: `cloudreve://my/${long}`, dst: "cloudreve://my/out" } },
        error: `failed to extract archive: handling file 3: ${"x".repeat(200)}: failed to upload file`,
        error_history: ["first attempt failed", "second attempt failed"],
        retry_count: 2,
      }),
      fakeTask(1, { type: "import", summary: { props: { src_str: "/mnt/storage/imports/2026", dst: "cloudreve://u@my/imports", failed: 0 } } }),
    ];
    await page.route("**/api/v4/workflow?*", (route) =>
      route.fulfill({ json: { code: 0, msg: "", data: { tasks, pagination: { page: 0, page_size: 25, is_cursor: true } } } }),
    );
    await page.route("**/api/v4/workflow/progress/*", (route) =>
      route.fulfill({ json: { code: 0, msg: "", data: { archive_count: { total: 10, current: 4, identifier: "" } } } }),
    );
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/tasks");
    await expect(taskList(page).getByRole("listitem")).toHaveCount(3);
    await expect(page.getByRole("progressbar", { name: "Files compressed" })).toHaveAttribute("aria-valuenow", "40");
    await page.getByRole("button", { name: "Show 2 earlier errors" }).click();
    await expect(page.getByRole("list", { name: "Errors of earlier attempts" }).getByRole("listitem")).toHaveCount(2);
    await expect(card(taskList(page), "/mnt/storage/imports/2026")).toContainText("Import");
    expect(await noHorizontalScroll(page)).toBeLessThanOrEqual(0);
    await expectAxeClean(page, "/tasks at 360 px");
  });
});
