import { expect, test } from "./support/fixtures";
import { testHook } from "./support/api";
import { homeUrl, item, testFolder, useLayout, view } from "./explorer-support";

test.describe("explorer: paging", () => {
  test("scrolls a 10,000-entry folder to its last entry with few rows mounted @standin", async ({ userPage: page, api, account, request }) => {
    const root = await testFolder(api, "big");
    try {
      await testHook(request, "POST", "/files/bulk", { owner: account.email, uri: root.uri, count: 10000 });
      // The folder's saved view asks for pages of 1,000: ten requests instead of a hundred, so the
      // test's length does not grow with the machine's slowness request by request.
      await api.ok("PATCH", "/file/view", {
        uri: root.uri,
        view: {
          page_size: 1000,
          order: "name",
          order_direction: "asc",
          view: "list",
          thumbnail: true,
          gallery_width: 220,
          columns: [{ type: 0 }, { type: 2 }, { type: 1 }],
        },
      });
      await page.goto(homeUrl(root.uri));
      await expect(page.locator("[data-explorer-view][role=grid]")).toBeVisible();
      await expect(item(page, "file-00001.txt")).toBeVisible();
      await expect(view(page)).toHaveAccessibleDescription(/items loaded so far; more load as you scroll/);

      // Keep the scroll position at the bottom, as a user dragging the scrollbar would: each time
      // the end comes into view the next page loads, until the last entry shows up.
      const maxRows = await view(page).evaluate(
        (el, lastName) =>
          new Promise<number>((resolve) => {
            let max = 0;
            const tick = () => {
              el.scrollTo({ top: el.scrollHeight });
              max = Math.max(max, el.querySelectorAll("[role=row]").length);
              if (el.querySelector(`[role=row][aria-label^="${lastName},"]`)) resolve(max);
              else requestAnimationFrame(tick);
            };
            tick();
          }),
        "file-10000.txt",
      );
      await expect(item(page, "file-10000.txt")).toBeVisible();
      expect(maxRows).toBeLessThanOrEqual(80);
      await expect(view(page)).toHaveAccessibleDescription(/10,000 items, 10,000 loaded/);
      await expect(page.getByRole("status").filter({ hasText: "10,000 items" })).toBeVisible();
    } finally {
      await root.cleanup();
    }
  });

  test("offset mode shows a pager whose page is in the URL @standin @exclusive", async ({ userPage: page, api, account, request }) => {
    const root = await testFolder(api, "pager");
    await testHook(request, "PATCH", "/fs-settings", { useCursorPagination: false });
    try {
      await testHook(request, "POST", "/files/bulk", { owner: account.email, uri: root.uri, count: 120 });
      await page.goto(homeUrl(root.uri));
      await useLayout(page, "list");
      const pager = page.getByRole("navigation", { name: /pagination/i });
      await expect(pager.getByRole("button", { name: "Page 1, current page" })).toBeVisible();
      await expect(item(page, "file-001.txt")).toBeVisible();
      await pager.getByRole("button", { name: "Go to page 2" }).click();
      await expect(pager.getByRole("button", { name: "Page 2, current page" })).toBeVisible();
      await expect(item(page, "file-101.txt")).toBeVisible();
      await expect(view(page)).toHaveAccessibleDescription(/120 items, 20 loaded/);
      await expect(item(page, "file-001.txt")).toHaveCount(0);
      await expect(page.getByRole("status").filter({ hasText: "120 items" })).toBeVisible();
      // The page is part of the URL: reload and back keep it.
      await page.reload();
      await expect(pager.getByRole("button", { name: "Page 2, current page" })).toBeVisible();
      await page.goBack();
      await expect(pager.getByRole("button", { name: "Page 1, current page" })).toBeVisible();
      await expect(item(page, "file-001.txt")).toBeVisible();
    } finally {
      await testHook(request, "PATCH", "/fs-settings", { useCursorPagination: true });
      await root.cleanup();
    }
  });
});
