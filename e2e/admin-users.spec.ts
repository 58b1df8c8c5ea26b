import { expect, test } from "./support/fixtures";
import { adminLogin, adminPage } from "./admin-support";

test("a batch delete reports each user it could not delete and deletes the others; banning is offered instead @standin", async ({ page, request }) => {
  const admin = await adminLogin(request);
  test.skip(!admin, "the configured account is not an administrator");
  const tag = `e2e-batch-${Date.now().toString(36)}`;
  const made: number[] = [];
  try {
    for (const n of [1, 2]) {
      const u = await admin!.api.ok<{ id: number }>("PUT", "/admin/user", {
        user: { email: `${tag}-${n}@example.com`, nick: `${tag}-${n}`, status: "active", group_users: 2 },
        password: "pw-12345678",
      });
      made.push(u.id);
    }
    await adminPage(page, admin!.login, `/admin/user?in=nick&q=${tag}`);
    const table = page.getByRole("table", { name: "Users" });
    await expect(table.getByRole("row")).toHaveCount(3);

    // Ban instead of delete: the first user stays, banned.
    await table.getByRole("checkbox", { name: `Select ${tag}-1` }).check();
    const batch = page.getByRole("region", { name: "Actions for the selected rows" });
    await batch.getByRole("button", { name: "Delete" }).click();
    let ask = page.getByRole("dialog", { name: `Delete ${tag}-1?` });
    await ask.getByRole("button", { name: "Ban instead" }).click();
    await expect(page.getByText("1 user banned.")).toBeVisible();
    await expect(table.getByRole("row", { name: new RegExp(`${tag}-1`) }).getByText("Banned")).toBeVisible();

    // The status filter is kept in the URL.
    await page.getByRole("combobox", { name: "Status" }).click();
    await page.getByRole("option", { name: "Banned", exact: true }).click();
    await expect(page).toHaveURL(/status=manual_banned/);
    await expect(table.getByRole("row")).toHaveCount(2);

    // The administrator's own account is in the batch (newest users first): it is refused, the others go.
    await page.goto("/admin/user?size=100");
    await table.getByRole("checkbox", { name: `Select ${tag}-1` }).check();
    await table.getByRole("checkbox", { name: `Select ${tag}-2` }).check();
    const own = admin!.login.user.nickname || admin!.login.user.email;
    await table.getByRole("checkbox", { name: `Select ${own}` }).check();
    await batch.getByRole("button", { name: "Delete" }).click();
    ask = page.getByRole("dialog", { name: "Delete 3 users?" });
    await ask.getByRole("button", { name: "Delete 3 users and their files" }).click();
    const report = page.getByRole("dialog", { name: "Some users could not be deleted" });
    await expect(report).toContainText("2 done, 1 could not be done:");
    const failures = report.getByRole("list", { name: "What could not be done" });
    await expect(failures.getByRole("listitem")).toHaveCount(1);
    await expect(failures).toContainText(own);
    await expect(failures).toContainText("This can't be done to the default user.");
    await report.getByRole("button", { name: "Close" }).click();
    await expect(table.getByRole("row", { name: new RegExp(tag) })).toHaveCount(0);
  } finally {
    await admin!.api.call("POST", "/admin/user/batch/delete", { ids: made });
  }
});
