import { expect, test } from "./support/fixtures";
import { Api, signInPage } from "./support/api";
import { item, testFolder, homeUrl } from "./explorer-support";
import { adminLogin, adminPage, type AdminGroupJson } from "./admin-support";

interface AdminUserJson {
  id: number;
  email: string;
  nick: string;
  status: string;
  avatar?: string;
  group_users: number;
}

test("a group without the share permission: its new member no longer gets the Share action", async ({ page, request, browser, baseURL, account, api }) => {
  test.slow();
  const admin = await adminLogin(request);
  test.skip(!admin, "the configured account is not an administrator");
  test.skip(admin!.login.user.email === account.email, "needs an account other than the administrator's");
  const folder = await testFolder(api, "no-share");
  const list = await admin!.api.ok<{ users: AdminUserJson[] }>("POST", "/admin/user", {
    page: 1,
    page_size: 10,
    order_by: "id",
    order_direction: "desc",
    conditions: { user_email: account.email },
  });
  const member = list.users.find((u) => u.email === account.email)!;
  const groupName = `e2e-no-share-${Date.now().toString(36)}`;
  let groupId: number | undefined;
  const userContext = await browser.newContext({ baseURL, locale: "en-US" });
  try {
    // Before: the member's folder can be shared.
    const before = await userContext.newPage();
    await signInPage(before, await new Api(request).login(account));
    await before.goto(homeUrl("cloudreve://my"));
    await item(before, folder.name).click({ button: "right" });
    await expect(before.getByRole("menuitem", { name: "Share", exact: true })).toBeVisible();
    await userContext.close();

    // The administrator creates the group with Share switched off…
    await adminPage(page, admin!.login, "/admin/group/new");
    await page.getByRole("textbox", { name: "Name", exact: true }).fill(groupName);
    const share = page.getByRole("switch", { name: "Share", exact: true });
    await expect(share).toHaveAccessibleDescription("Members can create share links for their files and folders.");
    await expect(share).toBeChecked();
    await share.click();
    await expect(share).not.toBeChecked();
    await page.getByRole("button", { name: "Create group" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Group ${groupName}` })).toBeVisible();
    groupId = Number(/\/admin\/group\/(\d+)$/.exec(page.url())?.[1]);
    expect(groupId).toBeGreaterThan(0);

    // …and moves the user into it from the users list.
    await page.goto(`/admin/user?q=${encodeURIComponent(account.email)}`);
    const users = page.getByRole("table", { name: "Users" });
    await expect(users.getByRole("row")).toHaveCount(2);
    await users.getByRole("button", { name: /^More actions for / }).click();
    await page.getByRole("menuitem", { name: "Edit" }).click();
    const dialog = page.getByRole("dialog", { name: /^Edit / });
    await dialog.getByRole("combobox", { name: "Group" }).click();
    await page.getByRole("option", { name: groupName }).click();
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await expect(dialog).toHaveCount(0);
    await expect(users.getByRole("cell", { name: groupName })).toBeVisible();

    // After signing in again, the member's folder offers no Share.
    const after = await browser.newContext({ baseURL, locale: "en-US" });
    const p = await after.newPage();
    await signInPage(p, await new Api(request).login(account));
    await p.goto(homeUrl("cloudreve://my"));
    await item(p, folder.name).click({ button: "right" });
    await expect(p.getByRole("menuitem", { name: "Rename" })).toBeVisible();
    await expect(p.getByRole("menuitem", { name: "Share", exact: true })).toHaveCount(0);
    await after.close();
  } finally {
    await folder.cleanup();
    // The member goes back to the group it came from; then the test group can go.
    const fresh = await admin!.api.ok<AdminUserJson>("GET", `/admin/user/${member.id}`);
    await admin!.api.call("PUT", `/admin/user/${member.id}`, {
      user: { id: member.id, email: fresh.email, nick: fresh.nick, avatar: fresh.avatar ?? "", status: fresh.status, group_users: member.group_users },
    });
    if (groupId) await admin!.api.call("DELETE", `/admin/group/${groupId}`);
  }
});

test("deleting a group is refused while it has members, with the reason; the built-in groups cannot be deleted at all", async ({ page, request }) => {
  const admin = await adminLogin(request);
  test.skip(!admin, "the configured account is not an administrator");
  const name = `e2e-members-${Date.now().toString(36)}`;
  const group = await admin!.api.ok<AdminGroupJson>("PUT", "/admin/group", {
    group: { name, max_storage: 1024 ** 3, speed_limit: 0, permissions: "", settings: { max_walked_files: 100000 }, edges: { storage_policies: { id: 1 } } },
  });
  const user = await admin!.api.ok<{ id: number }>("PUT", "/admin/user", {
    user: { email: `${name}@example.com`, nick: name, status: "active", group_users: group.id },
    password: "pw-12345678",
  });
  try {
    await adminPage(page, admin!.login, "/admin/group");
    const table = page.getByRole("table", { name: "Groups" });
    await table.getByRole("button", { name: "More actions for Admin" }).click();
    await expect(page.getByRole("menuitem", { name: "Delete group" })).toBeDisabled();
    await page.keyboard.press("Escape");

    await table.getByRole("button", { name: `More actions for ${name}` }).click();
    await page.getByRole("menuitem", { name: "Delete group" }).click();
    const ask = page.getByRole("dialog", { name: `Delete the group ${name}?` });
    await ask.getByRole("button", { name: "Delete group" }).click();
    await expect(page.getByText("The group still has 1 member. Move them to another group first.")).toBeVisible();
    await expect(table.getByRole("link", { name })).toBeVisible();
  } finally {
    await admin!.api.call("POST", "/admin/user/batch/delete", { ids: [user.id] });
    await admin!.api.call("DELETE", `/admin/group/${group.id}`);
  }
});
