import { expect, test } from "./support/fixtures";
import type { Api } from "./support/api";
import { homeUrl, item, mkdir, testFolder, useLayout, view } from "./explorer-support";

/** Creates a file with `size` bytes through the content API (works on a real server too). */
async function writeFile(api: Api, uri: string, size: number) {
  const res = await api.request.fetch(`/api/v4/file/content?uri=${encodeURIComponent(uri)}`, {
    method: "PUT",
    data: Buffer.alloc(size, 0x61),
    headers: { Authorization: `Bearer ${api.token}`, "Content-Type": "application/octet-stream" },
  });
  expect(((await res.json()) as { code: number }).code).toBe(0);
}

test.describe("explorer: search", () => {
  test("finds files by name in nested folders, shows where they are, and remembers the search", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "search");
    try {
      await mkdir(api, root.child("Deep", "Er"));
      await writeFile(api, root.child("Deep", "Er", "Quarterly-Report.txt"), 10);
      await writeFile(api, root.child("report-draft.md"), 10);
      await writeFile(api, root.child("unrelated.txt"), 10);
      await page.goto(homeUrl(root.uri));

      const box = page.getByRole("combobox", { name: "Search by name" });
      await box.fill("REPORT");
      await box.press("Enter");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search results");
      await useLayout(page, "list");
      await expect(item(page, "Quarterly-Report.txt")).toBeVisible();
      await expect(item(page, "report-draft.md")).toBeVisible();
      await expect(item(page, "unrelated.txt")).toHaveCount(0);
      // Results show their location.
      await expect(item(page, "Quarterly-Report.txt").getByRole("gridcell", { name: `/${root.name}/Deep/Er` })).toBeVisible();
      expect(decodeURIComponent(page.url())).toContain("name=REPORT");

      // "Show in folder" opens the containing folder.
      await item(page, "Quarterly-Report.txt").click({ button: "right" });
      await page.getByRole("menuitem", { name: "Show in folder" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Er");

      // The search is offered again as a recent search.
      await expect(page.locator("#explorer-recent-searches option[value='REPORT']")).toHaveCount(1);
    } finally {
      await root.cleanup();
    }
  });

  test("the Photos and Documents shortcuts under My files list files of that kind from every folder", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "kinds");
    try {
      await mkdir(api, root.child("Trip"));
      await writeFile(api, root.child("Trip", `${root.name}-beach.png`), 64);
      await writeFile(api, root.child(`${root.name}-plan.txt`), 10);
      await page.goto(homeUrl(root.uri));
      const files = page.getByRole("navigation", { name: "Files" });
      await files.getByRole("link", { name: "Photos" }).click();
      await expect(files.getByRole("link", { name: "Photos" })).toHaveAttribute("aria-current", "page");
      await expect(files.getByRole("link", { name: "My files" })).not.toHaveAttribute("aria-current", "page");
      expect(decodeURIComponent(page.url())).toContain("cloudreve://my?category=image");
      await useLayout(page, "list");
      await expect(item(page, `${root.name}-beach.png`)).toBeVisible();
      await expect(item(page, `${root.name}-plan.txt`)).toHaveCount(0);

      await files.getByRole("link", { name: "Documents" }).click();
      await expect(item(page, `${root.name}-plan.txt`)).toBeVisible();
      await expect(item(page, `${root.name}-beach.png`)).toHaveCount(0);
    } finally {
      await root.cleanup();
    }
  });

  test("finds files by size with the advanced search", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "size");
    try {
      await writeFile(api, root.child("small.bin"), 100);
      await writeFile(api, root.child("medium.bin"), 3 * 1024);
      await writeFile(api, root.child("large.bin"), 20 * 1024);
      await page.goto(homeUrl(root.uri));

      await page.getByRole("button", { name: "Advanced search" }).first().click();
      const dialog = page.getByRole("dialog", { name: "Advanced search" });
      await dialog.getByRole("combobox", { name: "Unit" }).click();
      await page.getByRole("option", { name: "KB", exact: true }).click();
      await dialog.getByRole("spinbutton", { name: "At least" }).fill("1");
      await dialog.getByRole("spinbutton", { name: "At most" }).fill("10");
      await dialog.getByRole("button", { name: "Search", exact: true }).click();

      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search results");
      await useLayout(page, "list");
      await expect(item(page, "medium.bin")).toBeVisible();
      await expect(view(page).getByRole("row")).toHaveCount(2);
      const url = decodeURIComponent(page.url());
      expect(url).toContain("size_gte=1024");
      expect(url).toContain("size_lte=10240");
    } finally {
      await root.cleanup();
    }
  });

  test("finds files by tag with the advanced search", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "tag");
    try {
      await writeFile(api, root.child("tagged.txt"), 5);
      await writeFile(api, root.child("plain.txt"), 5);
      await api.ok("PATCH", "/file/metadata", { uris: [root.child("tagged.txt")], patches: [{ key: "tag:urgent", value: "" }] });
      await page.goto(homeUrl(root.uri));
      await page.getByRole("button", { name: "Advanced search" }).first().click();
      const dialog = page.getByRole("dialog", { name: "Advanced search" });
      await dialog.getByRole("textbox", { name: "Tag" }).fill("urgent");
      await dialog.getByRole("button", { name: "Search", exact: true }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search results");
      await useLayout(page, "list");
      await expect(item(page, "tagged.txt")).toBeVisible();
      await expect(view(page).getByRole("row")).toHaveCount(2);
      expect(decodeURIComponent(decodeURIComponent(page.url()))).toContain("meta_tag:urgent");
    } finally {
      await root.cleanup();
    }
  });
});
