import { expect, expectAxeClean, test } from "./support/fixtures";
import { GroupPerm } from "../src/lib/capabilities";
import { Api, freshAccount, groupCan, signInPage } from "./support/api";
import { contextAction, homeUrl, item, mkdir, testFolder, toast, touch } from "./explorer-support";

const heading = (page: import("@playwright/test").Page) => page.getByRole("heading", { level: 1 });

test.describe("explorer: navigation extras, details and links", () => {
  test("pins a folder to the sidebar, and a long path folds into the breadcrumb's menu", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "pins");
    try {
      await mkdir(api, root.child("L1", "L2", "L3", "L4"));
      await page.goto(homeUrl(root.child("L1", "L2", "L3", "L4")));
      await expect(heading(page)).toHaveText("L4");
      const crumbs = page.getByRole("navigation", { name: "Folder path" });
      await crumbs.getByRole("button", { name: /^Show \d+ more folders? in the path$/ }).click();
      await page.getByRole("menuitem", { name: "L1" }).click();
      await expect(heading(page)).toHaveText("L1");

      await contextAction(page, item(page, "L2"), "Pin to sidebar");
      await toast(page, "Pinned “L2” to the sidebar.");
      const pinned = page.getByRole("list", { name: "Pinned" });
      await page.getByRole("navigation", { name: "Files" }).getByRole("link", { name: "My files" }).click();
      await pinned.getByRole("link", { name: "L2" }).click();
      await expect(heading(page)).toHaveText("L2");
      await pinned.getByRole("button", { name: "Unpin L2" }).click();
      await expect(pinned.getByRole("link", { name: "L2" })).toHaveCount(0);
    } finally {
      await root.cleanup();
    }
  });

  test("details panel shows the file and edits its tags and custom details; direct links are created", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "info");
    try {
      await touch(api, root.child("paper.txt"));
      await page.goto(homeUrl(root.uri));
      await contextAction(page, item(page, "paper.txt"), "Details");
      const panel = page.getByRole("complementary", { name: "paper.txt" });
      await expect(panel.getByText("Storage policy", { exact: true })).toBeVisible();

      await panel.getByLabel("New tag").fill("work");
      await panel.getByRole("button", { name: "Add", exact: true }).click();
      await expect(panel.getByRole("button", { name: "work" })).toBeVisible();
      await panel.getByLabel("Key").fill("project");
      await panel.getByLabel("Value").fill("apollo");
      await panel.getByRole("button", { name: "Save" }).click();
      await expect(panel.getByRole("button", { name: "Remove customize:project" })).toBeVisible();
      await expect
        .poll(async () => (await api.ok<{ metadata: Record<string, string> }>("GET", "/file/info", undefined, { uri: root.child("paper.txt") })).metadata)
        .toMatchObject({ "tag:work": expect.any(String), "customize:project": "apollo" });
      await expectAxeClean(page, "details panel");
      await panel.getByRole("button", { name: "Close details" }).click();

      await contextAction(page, item(page, "paper.txt"), "Get direct link");
      const links = page.getByRole("dialog", { name: "Direct links" });
      await expect(links.getByRole("textbox").first()).toHaveValue(/\/f\/[^/]+\/paper\.txt$/);
      await expectAxeClean(page, "direct links dialog");
    } finally {
      await root.cleanup();
    }
  });

  test("deletes permanently with the advanced option, skipping the trash", async ({ userPage: page, api, login }) => {
    const root = await testFolder(api, "purge");
    try {
      await touch(api, root.child("gone.txt"));
      await page.goto(homeUrl(root.uri));
      await item(page, "gone.txt").click();
      await page.keyboard.press("Shift+Delete");
      const dialog = page.getByRole("dialog", { name: "Delete permanently?" });
      await expect(dialog.getByText("“gone.txt” will be deleted for good. This cannot be undone.")).toBeVisible();
      // Unlinking is offered only to groups with the advanced delete permission.
      await expect(dialog.getByRole("checkbox", { name: /unlink/ })).toHaveCount(groupCan(login, GroupPerm.AdvanceDelete) ? 1 : 0);
      await dialog.getByRole("button", { name: "Delete permanently" }).click();
      await expect(item(page, "gone.txt")).toHaveCount(0);
      const trash = await api.list<{ files: { name: string }[] }>("cloudreve://trash");
      expect(trash.files.map((f) => f.name)).not.toContain("gone.txt");
    } finally {
      await root.cleanup();
    }
  });

  test("a group with advanced delete may delete permanently and keep the stored files (unlink)", async ({ page, request }) => {
    const account = await freshAccount(request, "admin");
    const login = await new Api(request).login(account);
    test.skip(!groupCan(login, GroupPerm.AdvanceDelete), "the account's group has no advanced delete permission");
    const api = new Api(request, login.token.access_token);
    await signInPage(page, login);
    const root = await testFolder(api, "unlink");
    try {
      await touch(api, root.child("records.txt"));
      await page.goto(homeUrl(root.uri));
      await item(page, "records.txt").click();
      await page.keyboard.press("Shift+Delete");
      const dialog = page.getByRole("dialog", { name: "Delete permanently?" });
      await dialog.getByRole("checkbox", { name: "Only remove the records and keep the stored files (unlink)" }).check();
      let sent: unknown;
      await page.route("**/api/v4/file", async (route) => {
        if (route.request().method() === "DELETE") sent = JSON.parse(route.request().postDataBuffer()?.toString("utf8") ?? "null");
        await route.continue();
      });
      await dialog.getByRole("button", { name: "Delete permanently" }).click();
      await expect.poll(() => sent).toMatchObject({ unlink: true, skip_soft_delete: true });
      await expect(item(page, "records.txt")).toHaveCount(0);
    } finally {
      await root.cleanup();
    }
  });

  test("a lock conflict (40073) offers to force the lock open and retries", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "lock");
    try {
      await mkdir(api, root.child("Busy"));
      await mkdir(api, root.child("Elsewhere"));
      // An upload in progress holds a lock inside Busy.
      const busy = await api.list<{ storage_policy: { id: string } }>(root.child("Busy"));
      await api.ok("PUT", "/file/upload", { uri: root.child("Busy", "big.bin"), size: 10 * 1024 * 1024, policy_id: busy.storage_policy.id });
      await page.goto(homeUrl(root.uri));
      await item(page, "Busy").dragTo(item(page, "Elsewhere"));
      const dialog = page.getByRole("dialog", { name: "Some items are in use" });
      await expect(dialog.getByText("Locked by: an upload")).toBeVisible();
      await dialog.getByRole("button", { name: "Unlock and retry" }).click();
      await expect(item(page, "Busy")).toHaveCount(0);
      const moved = await api.list<{ files: { name: string }[] }>(root.child("Elsewhere"));
      expect(moved.files.map((f) => f.name)).toEqual(["Busy"]);
    } finally {
      await root.cleanup();
    }
  });

  test("renaming a folder held by an upload asks to force the lock, then renames it", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "lockrename");
    try {
      await mkdir(api, root.child("Busy"));
      const busy = await api.list<{ storage_policy: { id: string } }>(root.child("Busy"));
      await api.ok("PUT", "/file/upload", { uri: root.child("Busy", "big.bin"), size: 10 * 1024 * 1024, policy_id: busy.storage_policy.id });
      await page.goto(homeUrl(root.uri));
      await contextAction(page, item(page, "Busy"), "Rename");
      const rename = page.getByRole("dialog", { name: "Rename" });
      await rename.getByLabel("Name").fill("Quiet");
      await rename.getByRole("button", { name: "Rename" }).click();
      const dialog = page.getByRole("dialog", { name: "Some items are in use" });
      await dialog.getByRole("button", { name: "Unlock and retry" }).click();
      await expect(item(page, "Quiet")).toBeVisible();
      await expect(item(page, "Busy")).toHaveCount(0);
      const names = (await api.list<{ files: { name: string }[] }>(root.uri)).files.map((f) => f.name);
      expect(names).toEqual(["Quiet"]);
    } finally {
      await root.cleanup();
    }
  });

  test("at 360 px a long press selects and the actions open in a bottom sheet", async ({ browser, login }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, locale: "en-US" });
    const page = await context.newPage();
    const api = new Api(context.request, login.token.access_token);
    await signInPage(page, login);
    const root = await testFolder(api, "mobile");
    try {
      await touch(api, root.child("phone.txt"));
      await touch(api, root.child("tablet.txt"));
      await page.goto(homeUrl(root.uri));
      const target = item(page, "phone.txt");
      await expect(target).toBeVisible();
      const box = (await target.boundingBox())!;
      // Long press: touch down, hold, release.
      const cdp = await context.newCDPSession(page);
      const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [point] });
      await expect(target).toHaveAttribute("aria-selected", "true");
      await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });

      const bar = page.getByRole("toolbar", { name: "Actions for the selection" });
      await bar.getByRole("button", { name: "More actions" }).click();
      const sheet = page.getByRole("dialog", { name: "Actions for the selection" });
      await expect(sheet.getByRole("button", { name: "Move to trash" })).toBeVisible();
      await expectAxeClean(page, "bottom sheet at 360 px");
      await sheet.getByRole("button", { name: "Move to trash" }).click();
      await expect(target).toHaveCount(0);
      await expect(item(page, "tablet.txt")).toBeVisible();
      // Nothing sticks out sideways at this width.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    } finally {
      await root.cleanup();
      await context.close();
    }
  });
});
