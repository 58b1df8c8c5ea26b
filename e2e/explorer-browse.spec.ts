import { expect, expectAxeClean, test } from "./support/fixtures";
import { homeUrl, item, mkdir, savedView, testFolder, touch, useLayout, view } from "./explorer-support";

test.describe("explorer: browsing", () => {
  test("browses into nested folders and back with the URL", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "browse");
    try {
      await mkdir(api, root.child("Alpha", "Beta"));
      await touch(api, root.child("Alpha", "note.txt"));
      await page.goto(homeUrl(root.uri));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(root.name);
      await item(page, "Alpha").dblclick();
      await expect(page).toHaveURL(new RegExp(encodeURIComponent(encodeURIComponent("Alpha")).replace(/%/g, "%") + "$"));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Alpha");
      await expect(item(page, "note.txt")).toBeVisible();
      await item(page, "Beta").dblclick();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Beta");
      await expect(page.getByText("This folder is empty")).toBeVisible();

      await page.goBack();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Alpha");
      await page.goBack();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(root.name);
      await page.goForward();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Alpha");

      // The breadcrumb leads up; a reload keeps the place (the URL is the state).
      await page.goto(homeUrl(root.child("Alpha", "Beta")));
      const crumbs = page.getByRole("navigation", { name: "Folder path" });
      await expect(crumbs.getByRole("link", { name: "My files" })).toBeVisible();
      await crumbs.getByRole("link", { name: "Alpha" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Alpha");
      await page.reload();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Alpha");

      // Backspace goes up and puts focus back on the folder we came from.
      await item(page, "Beta").click();
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Beta");
      await page.keyboard.press("Backspace");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Alpha");
      await expect(item(page, "Beta")).toBeFocused();
      await expect(item(page, "Beta")).toHaveAttribute("aria-selected", "true");
    } finally {
      await root.cleanup();
    }
  });

  test("keeps sort and layout of an owned folder after reload (saved on the server)", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "view");
    try {
      for (const n of ["b.txt", "c.txt", "a.txt"]) await touch(api, root.child(n));
      await page.goto(homeUrl(root.uri));
      await useLayout(page, "list");
      await page.getByRole("button", { name: /^Sort/ }).click();
      await page.getByRole("menuitemradio", { name: "Name, Z to A" }).click();
      await expect(view(page).getByRole("row").nth(1)).toHaveAttribute("aria-label", /^c\.txt, /);
      await expect(view(page).getByRole("columnheader", { name: "Name" })).toHaveAttribute("aria-sort", "descending");
      await expect.poll(() => savedView(api, root.uri)).toMatchObject({ view: "list", order: "name", order_direction: "desc" });

      await page.reload();
      await expect(view(page)).toHaveAttribute("role", "grid");
      await expect(view(page).getByRole("row").nth(1)).toHaveAttribute("aria-label", /^c\.txt, /);
      await expect(view(page).getByRole("row").nth(3)).toHaveAttribute("aria-label", /^a\.txt, /);

      // A column header sorts too.
      await view(page).getByRole("button", { name: "Name" }).click();
      await expect(view(page).getByRole("row").nth(1)).toHaveAttribute("aria-label", /^a\.txt, /);
    } finally {
      await root.cleanup();
    }
  });

  test("keeps the view of search results in this browser", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "localview");
    try {
      await touch(api, root.child("findme-1.txt"));
      await page.goto(homeUrl(root.uri));
      await page.getByRole("combobox", { name: "Search by name" }).fill("findme");
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search results");
      await expect(view(page)).toHaveAttribute("role", "listbox");
      await useLayout(page, "list");
      await page.reload();
      await expect(view(page)).toHaveAttribute("role", "grid");
      await expect(item(page, "findme-1.txt")).toBeVisible();
      const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("cloudreve_session") ?? "{}"));
      expect(JSON.stringify(stored)).toContain('"layout":"list"');
    } finally {
      await root.cleanup();
    }
  });

  test("list, grid and gallery are axe-clean and expose item semantics", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "axe");
    try {
      await mkdir(api, root.child("Folder one"));
      for (const n of ["photo.png", "doc.pdf", "notes.txt"]) await touch(api, root.child(n));
      await page.goto(homeUrl(root.uri));
      await useLayout(page, "list");
      const grid = view(page);
      await expect(grid).toHaveAttribute("aria-multiselectable", "true");
      await expect(grid).toHaveAttribute("aria-rowcount", "5");
      await expect(grid).toHaveAccessibleDescription(/4 items, 4 loaded\. Only the items in view are rendered\./);
      await expect(item(page, "notes.txt")).toHaveAttribute("aria-rowindex", /\d+/);
      await expectAxeClean(page, "list view");
      await useLayout(page, "grid");
      await expect(page.getByRole("option", { name: "notes.txt" })).toHaveAttribute("aria-setsize", "4");
      await expectAxeClean(page, "grid view");
      await useLayout(page, "gallery");
      await expect(page.getByRole("option", { name: "doc.pdf" })).toHaveAttribute("aria-posinset", /[1-4]/);
      await expectAxeClean(page, "gallery view");
    } finally {
      await root.cleanup();
    }
  });
});
