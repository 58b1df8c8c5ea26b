// Listings as a real Cloudreve server pages them (docs/server-behaviour.md): the cursor page that
// ends on the last folder, search pages with a null pagination, and the shared default view that a
// client's listing rewrites. Portable: the same tests run against a real server.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { homeUrl, item, mkdir, testFolder, touch, useLayout, view } from "./explorer-support";
import { expectAllUploaded, smallFile, tempDir, uploadThroughUi } from "./transfers-helpers";

/** Scrolls the view to its end until every page is loaded (as a user dragging the scrollbar down). */
async function scrollToEnd(page: Page) {
  await view(page).evaluate(
    (el) =>
      new Promise<void>((resolve) => {
        const tick = () => {
          el.scrollTo({ top: el.scrollHeight });
          const caption = document.getElementById(el.getAttribute("aria-describedby") ?? "")?.textContent ?? "";
          if (caption && !caption.includes("so far")) resolve();
          else requestAnimationFrame(tick);
        };
        tick();
      }),
  );
}

test.describe("listings that a real server pages", () => {
  test("a folder whose folders fill exactly one page lists every file, in list, grid and gallery", async ({ userPage: page, api }) => {
    test.setTimeout(120_000);
    const root = await testFolder(api, "boundary");
    try {
      // 50 folders (one page of the smallest page size) and files on both sides of them by name.
      for (let i = 1; i <= 50; i++) await mkdir(api, root.child(`m-${String(i).padStart(2, "0")}`));
      for (const name of ["a-1.txt", "b-2.txt", "z-3.txt"]) await touch(api, root.child(name));

      await page.goto(homeUrl(root.uri));
      await useLayout(page, "list");
      await page.getByRole("button", { name: "View options" }).click();
      const pageSize = page.getByRole("dialog", { name: "View options" }).getByRole("slider", { name: /^Load \d+ items at a time$/ });
      await pageSize.focus();
      await page.keyboard.press("Home");
      await expect(pageSize).toHaveAttribute("aria-valuenow", "50");
      await page.keyboard.press("Escape");

      for (const layout of ["list", "grid", "gallery"] as const) {
        await useLayout(page, layout);
        await scrollToEnd(page);
        await expect(view(page), layout).toHaveAccessibleDescription(/^53 items, 53 loaded/);
        for (const name of ["a-1.txt", "b-2.txt", "z-3.txt"]) await expect(item(page, name), `${name} in ${layout}`).toBeVisible();
      }
    } finally {
      await root.cleanup();
    }
  });

  test("search results page to the end, the last page without pagination", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "deepsearch");
    try {
      // Matches at four depths: the server returns them level by level, over several pages.
      let folder = root.uri;
      const expected: string[] = [];
      for (let depth = 1; depth <= 4; depth++) {
        folder = `${folder}/${encodeURIComponent(`level${depth}`)}`;
        await mkdir(api, folder);
        for (const n of [1, 2]) {
          const name = `needle-${depth}-${n}.txt`;
          await touch(api, `${folder}/${encodeURIComponent(name)}`);
          expected.push(name);
        }
      }
      await page.goto(homeUrl(root.uri));
      const search = page.getByRole("combobox", { name: "Search by name" });
      await search.fill("needle");
      await search.press("Enter");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search results");
      await useLayout(page, "list");
      await scrollToEnd(page);
      await expect(view(page)).toHaveAccessibleDescription(new RegExp(`^${expected.length} items, ${expected.length} loaded`));
      for (const name of expected) await expect(item(page, name)).toHaveCount(1);
      await expect(page.getByText("Something went wrong")).toHaveCount(0);
    } finally {
      await root.cleanup();
    }
  });

  test("after an upload through the app, a listing that names no page size still gets whole pages", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "fullpages");
    const { dir, cleanup } = tempDir();
    try {
      for (let i = 0; i < 3; i++) await touch(api, root.child(`existing-${i}.txt`));
      smallFile(`${dir}/fresh.txt`, "fresh\n");
      await uploadThroughUi(page, root.uri, [`${dir}/fresh.txt`]);
      await expectAllUploaded(page, 1);
      await expect(item(page, "fresh.txt")).toBeVisible();

      // Another client (the official frontend does this) lists a folder without a saved view and
      // without parameters: the server fills them from its shared default, which every listing
      // rewrites. Nothing this app sent may have shrunk it.
      const other = await api.ok<{ files: { name: string }[]; pagination: { page_size: number } | null }>("GET", "/file", undefined, { uri: root.uri });
      expect(other.pagination?.page_size).toBeGreaterThanOrEqual(50);
      expect(other.files.map((f) => f.name).sort()).toEqual(["existing-0.txt", "existing-1.txt", "existing-2.txt", "fresh.txt"]);
    } finally {
      cleanup();
      await root.cleanup();
    }
  });
});
