// Explorer extras: pins and the folded breadcrumb, the details panel and direct links, and touch
// selection on a phone.
import { expect, expectAxeClean, test } from "./support/fixtures";
import { Api, signInPage } from "./support/api";
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
