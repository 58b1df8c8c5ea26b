import { expect, expectAxeClean, test } from "./support/fixtures";
import { homeUrl, item, savedView, testFolder, touch, useLayout, view } from "./explorer-support";

interface Listed {
  view?: { view?: string; gallery_width?: number; page_size?: number; columns?: { type: number; props?: { metadata_key?: string } }[] };
}

test("columns (with a metadata column), gallery width and page size are saved with the folder", async ({ userPage: page, api }) => {
  const root = await testFolder(api, "columns");
  try {
    await touch(api, root.child("spec.txt"));
    await api.ok("PATCH", "/file/metadata", { uris: [root.child("spec.txt")], patches: [{ key: "customize:project", value: "apollo" }] });
    await page.goto(homeUrl(root.uri));
    await useLayout(page, "list");

    await view(page).getByRole("button", { name: "Choose columns" }).click();
    const dialog = page.getByRole("dialog", { name: "Choose columns" });
    await dialog.getByRole("checkbox", { name: "Created" }).check();
    await dialog.getByLabel("Metadata key").fill("customize:project");
    await dialog.getByRole("button", { name: "Add column" }).click();
    await expectAxeClean(page, "columns dialog");
    await dialog.getByRole("button", { name: "Apply" }).click();
    await expect(view(page).getByRole("columnheader", { name: "Created" })).toBeVisible();
    await expect(view(page).getByRole("columnheader", { name: "customize:project" })).toBeVisible();
    await expect(item(page, "spec.txt").getByRole("gridcell", { name: "apollo" })).toBeVisible();

    await page.reload();
    await expect(view(page).getByRole("columnheader", { name: "customize:project" })).toBeVisible();
    await expect(item(page, "spec.txt").getByRole("gridcell", { name: "apollo" })).toBeVisible();

    // Gallery tile size and page size from the view options, with the keyboard.
    await useLayout(page, "gallery");
    await page.getByRole("button", { name: "View options" }).click();
    const options = page.getByRole("dialog", { name: "View options" });
    const width = options.getByRole("slider", { name: /^Tile size: \d+ px$/ });
    const before = Number(await width.getAttribute("aria-valuenow"));
    await width.focus();
    await page.keyboard.press("ArrowRight");
    await expect(width).toHaveAttribute("aria-valuenow", String(before + 10));
    const pageSize = options.getByRole("slider", { name: /^Load \d+ items at a time$/ });
    await pageSize.focus();
    await page.keyboard.press("Home");
    await expect(pageSize).toHaveAttribute("aria-valuenow", "50");
    await page.keyboard.press("Escape");

    await expect
      .poll(() => savedView<Listed["view"]>(api, root.uri))
      .toMatchObject({
        view: "gallery",
        gallery_width: before + 10,
        page_size: 50,
        columns: expect.arrayContaining([
          expect.objectContaining({ type: 3, props: { metadata_key: "customize:project" } }),
          expect.objectContaining({ type: 4 }),
        ]),
      });
    await page.reload();
    await expect(view(page)).toHaveAttribute("role", "listbox");
    await page.getByRole("button", { name: "View options" }).click();
    await expect(page.getByRole("dialog", { name: "View options" }).getByRole("slider", { name: `Tile size: ${before + 10} px` })).toHaveAttribute(
      "aria-valuenow",
      String(before + 10),
    );
  } finally {
    await root.cleanup();
  }
});

// A 2×2 PNG.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==", "base64");

test("thumbnails load for images only, are cached until they expire, and fall back to an icon", async ({ userPage: page, api }) => {
  const root = await testFolder(api, "thumbs");
  try {
    const res = await api.request.fetch(`/api/v4/file/content?uri=${encodeURIComponent(root.child("pic.png"))}`, {
      method: "PUT",
      data: PNG,
      headers: { Authorization: `Bearer ${api.token}`, "Content-Type": "application/octet-stream" },
    });
    expect(((await res.json()) as { code: number }).code).toBe(0);
    await touch(api, root.child("notes.txt"));
    const thumbCalls: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("/api/v4/file/thumb")) thumbCalls.push(r.url());
    });
    await page.goto(homeUrl(root.uri));
    await useLayout(page, "grid");
    const img = item(page, "pic.png").locator("img");
    await expect(img).toHaveJSProperty("complete", true);
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
    await expect(item(page, "notes.txt").locator("img")).toHaveCount(0);
    expect(thumbCalls).toHaveLength(1);
    expect(decodeURIComponent(thumbCalls[0]!)).toContain("pic.png");

    // Switching views mounts the tile again: the signed URL is reused, not asked for again.
    await useLayout(page, "gallery");
    await expect(item(page, "pic.png").locator("img")).toBeVisible();
    await useLayout(page, "grid");
    await expect(item(page, "pic.png").locator("img")).toBeVisible();
    expect(thumbCalls).toHaveLength(1);
  } finally {
    await root.cleanup();
  }
});

test("the trash root's view is saved on the server for the user", async ({ userPage: page, api }) => {
  try {
    await page.goto(homeUrl("cloudreve://trash"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Trash");
    await page.getByRole("button", { name: "View options" }).click();
    const options = page.getByRole("dialog", { name: "View options" });
    await expect(options.getByText("These settings are saved with this folder on the server.")).toBeVisible();
    await options.getByRole("button", { name: "Gallery" }).click();
    await expect.poll(async () => (await api.list<Listed>("cloudreve://trash")).view?.view).toBe("gallery");
    await page.keyboard.press("Escape");
    await page.reload();
    await page.getByRole("button", { name: "View options" }).click();
    await expect(page.getByRole("dialog", { name: "View options" }).getByRole("button", { name: "Gallery" })).toHaveAttribute("aria-pressed", "true");
  } finally {
    await api.call("PATCH", "/file/view", { uri: "cloudreve://trash", view: null });
  }
});

test("a layout chosen while the folder is still loading is the one shown once it has loaded", async ({ userPage: page, api }) => {
  const root = await testFolder(api, "early-layout");
  try {
    await touch(api, root.child("early.txt"));
    const saved = {
      page_size: 100,
      order: "name",
      order_direction: "asc",
      thumbnail: true,
      gallery_width: 220,
      columns: [{ type: 0 }, { type: 2 }, { type: 1 }],
    };
    await api.ok("PATCH", "/file/view", { uri: root.uri, view: { ...saved, view: "gallery" } });
    // The folder's listing is held back until the user has clicked.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(
      (url) => url.pathname === "/api/v4/file" && url.searchParams.get("uri") === root.uri,
      async (route) => {
        await held;
        await route.continue();
      },
    );
    await page.goto(homeUrl(root.uri));
    await expect(page.getByRole("status", { name: "Loading" })).toBeVisible();
    await page.getByRole("button", { name: "List view", exact: true }).click();
    await expect(page.getByRole("button", { name: "List view", exact: true })).toHaveAttribute("aria-pressed", "true");
    release();

    await expect(item(page, "early.txt")).toBeVisible();
    await expect(view(page)).toHaveAttribute("role", "grid");
    await expect(page.getByRole("button", { name: "List view", exact: true })).toHaveAttribute("aria-pressed", "true");
    await expect.poll(async () => (await savedView<{ view?: string }>(api, root.uri))?.view).toBe("list");
  } finally {
    await root.cleanup();
  }
});
