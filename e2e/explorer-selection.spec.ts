import { expect, test } from "./support/fixtures";
import { testHook } from "./support/api";
import { contextAction, homeUrl, item, mkdir, testFolder, touch, useLayout, view } from "./explorer-support";

test.describe("explorer: selection and batches", () => {
  test("select all covers entries not loaded yet, without rendering them @standin", async ({ userPage: page, api, account, request }) => {
    const root = await testFolder(api, "all");
    try {
      await testHook(request, "POST", "/files/bulk", { owner: account.email, uri: root.uri, count: 1000 });
      await page.goto(homeUrl(root.uri));
      await useLayout(page, "list");
      await item(page, "file-0001.txt").click();
      await page.keyboard.press("Control+A");
      const status = page.getByRole("status").filter({ hasText: "selected" });
      await expect(status).toHaveText(/All items selected/);
      expect(await view(page).getByRole("row").count()).toBeLessThanOrEqual(80);
      await page.keyboard.press("Delete");
      await expect(page.getByText("This folder is empty")).toBeVisible();
      const left = await api.list<{ files: unknown[] }>(root.uri);
      expect(left.files).toEqual([]);
      const trash = await api.list<{ files: unknown[]; pagination: { next_token?: string } }>("cloudreve://trash", { pageSize: 2000 });
      expect(trash.files.length).toBe(1000);
    } finally {
      await root.cleanup();
    }
  });

  test("click, Shift-click, Ctrl-click and a rubber band select in the grid", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "band");
    try {
      const names = ["f1.txt", "f2.txt", "f3.txt", "f4.txt", "f5.txt", "f6.txt"];
      for (const n of names) await touch(api, root.child(n));
      await page.goto(homeUrl(root.uri));
      await useLayout(page, "grid");
      const status = page.getByRole("status").filter({ hasText: "items" });
      await item(page, "f1.txt").click();
      await item(page, "f3.txt").click({ modifiers: ["Shift"] });
      await expect(status).toHaveText("6 items · 3 selected");
      await item(page, "f5.txt").click({ modifiers: ["Control"] });
      await expect(status).toHaveText("6 items · 4 selected");
      await item(page, "f1.txt").click({ modifiers: ["Control"] });
      await expect(item(page, "f1.txt")).toHaveAttribute("aria-selected", "false");

      // A band drawn from the empty space after the last tile selects the tiles it touches.
      const boxes = await Promise.all(names.map(async (n) => (await item(page, n).boundingBox())!));
      const last = boxes.at(-1)!;
      const from = { x: last.x + last.width + 24, y: last.y + last.height - 8 };
      const to = { x: boxes[0]!.x + 8, y: boxes[0]!.y + 8 };
      expect(boxes.some((b) => from.x >= b.x && from.x <= b.x + b.width && from.y >= b.y && from.y <= b.y + b.height)).toBe(false);
      await page.keyboard.press("Escape");
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
      await page.mouse.move(to.x, to.y, { steps: 4 });
      await page.mouse.up();
      const [x1, x2, y1, y2] = [Math.min(from.x, to.x), Math.max(from.x, to.x), Math.min(from.y, to.y), Math.max(from.y, to.y)];
      const touched = names.filter((_, i) => {
        const b = boxes[i]!;
        return b.x < x2 && b.x + b.width > x1 && b.y < y2 && b.y + b.height > y1;
      });
      expect(touched.length).toBeGreaterThan(1);
      for (const n of names) await expect(item(page, n)).toHaveAttribute("aria-selected", String(touched.includes(n)));
    } finally {
      await root.cleanup();
    }
  });

  test("a partly failed restore names each item that failed", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "batch");
    try {
      await mkdir(api, root.child("Gone"));
      for (const n of ["orphan-1.txt", "orphan-2.txt"]) await touch(api, root.child("Gone", n));
      await touch(api, root.child("fine.txt"));
      await api.ok("DELETE", "/file", { uris: [root.child("Gone", "orphan-1.txt"), root.child("Gone", "orphan-2.txt"), root.child("fine.txt")] });
      // The orphans' original folder disappears, so they have nowhere to go back to.
      await api.ok("DELETE", "/file", { uris: [root.child("Gone")], skip_soft_delete: true });
      await page.goto(homeUrl("cloudreve://trash"));
      await useLayout(page, "list");
      await item(page, "fine.txt").click();
      await page.keyboard.press("Control+A");
      await contextAction(page, item(page, "fine.txt"), "Restore");
      const dialog = page.getByRole("dialog", { name: "Some items could not be restored" });
      const rows = dialog.getByRole("table").getByRole("row");
      await expect(rows).toHaveCount(3);
      await expect(rows.filter({ hasText: "orphan-1.txt" })).toHaveCount(1);
      await expect(rows.filter({ hasText: "orphan-2.txt" })).toHaveCount(1);
      await dialog.getByRole("button", { name: "Close" }).click();
      const summary = page.getByRole("alert").filter({ hasText: "2 items could not be processed." });
      await summary.getByRole("button", { name: "Close" }).click();
      await expect(summary).toHaveCount(0);
      await expect(item(page, "fine.txt")).toHaveCount(0);
      await expect(item(page, "orphan-1.txt")).toBeVisible();
      const back = await api.list<{ files: { name: string }[] }>(root.uri);
      expect(back.files.map((f) => f.name)).toEqual(["fine.txt"]);

      // A single failure names the item in the message.
      await item(page, "orphan-1.txt").click();
      await expect(page.getByRole("status").filter({ hasText: "items" })).toHaveText("2 items · 1 selected");
      await contextAction(page, item(page, "orphan-1.txt"), "Restore");
      await expect(page.getByRole("alert").filter({ hasText: "“orphan-1.txt”:" })).toBeVisible();
    } finally {
      await root.cleanup();
    }
  });
});
