import { expect, test } from "./support/fixtures";
import { testFolder } from "./explorer-support";
import { shareLink } from "./shares-support";
import { adminLogin, adminPage } from "./admin-support";

test("an administrator finds a user's shares by owner (kept in the URL) and deletes one from the list", async ({ page, request, api, account }) => {
  const admin = await adminLogin(request);
  test.skip(!admin, "the configured account is not an administrator");
  const kept = await testFolder(api, "admin-share-kept");
  const gone = await testFolder(api, "admin-share-gone");
  try {
    const keptLink = await shareLink(api, kept.uri);
    const goneLink = await shareLink(api, gone.uri);
    const owner = await admin!.api.ok<{ users: { id: number; email: string }[] }>("POST", "/admin/user", {
      page: 1,
      page_size: 5,
      order_by: "id",
      order_direction: "desc",
      conditions: { user_email: account.email },
    });
    const ownerId = owner.users.find((u) => u.email === account.email)!.id;

    await adminPage(page, admin!.login, "/admin/share");
    await page.getByRole("textbox", { name: "Owner's user id" }).fill(String(ownerId));
    await expect(page).toHaveURL(new RegExp(`[?&]user=${ownerId}(&|$)`));
    const table = page.getByRole("table", { name: "Shares" });
    await expect(table.getByRole("row", { name: new RegExp(gone.name) })).toBeVisible();
    await expect(table.getByRole("row", { name: new RegExp(kept.name) })).toBeVisible();

    // A reload shows the same filtered list.
    await page.reload();
    await expect(page.getByRole("textbox", { name: "Owner's user id" })).toHaveValue(String(ownerId));
    await expect(table.getByRole("row", { name: new RegExp(gone.name) })).toBeVisible();

    await table.getByRole("checkbox", { name: `Select ${gone.name}` }).check();
    const batch = page.getByRole("region", { name: "Actions for the selected rows" });
    await expect(batch.getByRole("status")).toHaveText("1 selected");
    await batch.getByRole("button", { name: "Delete" }).click();
    const ask = page.getByRole("dialog", { name: `Delete the share of ${gone.name}?` });
    await expect(ask).toContainText("The link stops working at once.");
    await ask.getByRole("button", { name: "Delete" }).click();
    await expect(page.getByText("1 share deleted.")).toBeVisible();
    await expect(table.getByRole("row", { name: new RegExp(gone.name) })).toHaveCount(0);
    await expect(table.getByRole("row", { name: new RegExp(kept.name) })).toBeVisible();

    // The owner's link is gone for good; the other one still works.
    expect((await api.call("GET", `/share/info/${goneLink.id}`)).code).not.toBe(0);
    expect((await api.call("GET", `/share/info/${keptLink.id}`)).code).toBe(0);
  } finally {
    await kept.cleanup();
    await gone.cleanup();
  }
});
