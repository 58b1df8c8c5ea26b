import { expect, expectAxeClean, test } from "./support/fixtures";
import { testHook } from "./support/api";
import { contextAction, homeUrl, item, testFolder } from "./explorer-support";
import { putFile } from "./shares-support";

test.describe("explorer: custom properties (newer servers)", () => {
  test("@standin the admin's typed properties are edited in Details and searched for", async ({ userPage: page, api, request }) => {
    await testHook(request, "PUT", "/newer", { custom_props: true });
    const root = await testFolder(api, "props");
    try {
      const name = "contract.txt";
      await putFile(api, root.child(name), "terms");
      await putFile(api, root.child("draft.txt"), "draft");
      await page.goto(homeUrl(root.uri));
      await contextAction(page, item(page, name), "Details");
      const panel = page.getByRole("complementary", { name });
      await expect(panel.getByRole("heading", { name: "Properties" })).toBeVisible();

      await panel.getByRole("textbox", { name: "Client" }).fill("Acme");
      await panel.getByRole("textbox", { name: "Client" }).press("Enter");
      await panel
        .getByRole("switch", { name: "Approved" })
        .or(panel.getByRole("checkbox", { name: "Approved" }))
        .check();
      await panel.getByRole("combobox", { name: "Stage" }).click();
      await page.getByRole("option", { name: "Review" }).click();
      await panel.getByRole("combobox", { name: "Topics" }).click();
      await page.getByRole("option", { name: "Design" }).click();
      await page.getByRole("option", { name: "Legal" }).click();
      await page.keyboard.press("Escape");
      // The stars are radio buttons: the keyboard picks one.
      const fourStars = panel.getByRole("group", { name: "Quality" }).getByRole("radio", { name: "Rating 4 of 5" });
      await fourStars.focus();
      await page.keyboard.press("Space");
      await expect(fourStars).toBeChecked();

      const stored = () =>
        api.ok<{ metadata: Record<string, string> | null }>("GET", "/file/info", undefined, { uri: root.child(name) }).then((f) => f.metadata ?? {});
      await expect.poll(stored).toMatchObject({
        "props:client": "Acme",
        "props:approved": "true",
        "props:stage": "Review",
        "props:topics": '["Design","Legal"]',
        "props:quality": "4",
      });
      // Properties are not listed again among the raw custom details.
      await expect(panel.getByText("props:client")).toHaveCount(0);
      await expectAxeClean(page, "details with custom properties");
      await panel.getByRole("button", { name: "Close details" }).click();

      // A property is a search condition.
      await page.getByRole("button", { name: "Advanced search" }).first().click();
      const dialog = page.getByRole("dialog", { name: "Advanced search" });
      await dialog.getByRole("combobox", { name: "Custom property" }).click();
      await page.getByRole("option", { name: "Topics" }).click();
      await dialog.getByRole("combobox", { name: "Property value" }).click();
      await page.getByRole("option", { name: "Legal" }).click();
      await dialog.getByRole("button", { name: "Search", exact: true }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search results");
      await expect(item(page, name)).toBeVisible();
      await expect(item(page, "draft.txt")).toHaveCount(0);
    } finally {
      await root.cleanup();
      await testHook(request, "PUT", "/newer", { custom_props: false });
    }
  });
});
