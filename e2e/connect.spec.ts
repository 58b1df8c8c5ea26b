// Connecting other apps by WebDAV: an account's whole life, and a group without WebDAV.
import { expect, expectAxeClean, test as base } from "./support/fixtures";
import { groupCan } from "./support/api";
import { GroupPerm } from "../src/lib/capabilities";
import { testFolder, toast } from "./explorer-support";
import { test, davAccounts, davNames, row } from "./connect-support";

test.describe("connect: WebDAV accounts", () => {
  test("creates an account on a chosen folder, shows and copies how to connect, makes it read-only and deletes it", async ({
    userPage: page,
    api,
    login,
    baseURL,
    context,
  }) => {
    test.skip(!groupCan(login, GroupPerm.WebDAV), "the account's group has no WebDAV");
    // A long journey with three accessibility scans.
    test.slow();
    const folder = await testFolder(api, "dav-root");
    const names = davNames(api);
    const name = `${names.prefix} laptop`;
    try {
      await page.goto("/connect");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Connect & mount");
      await expect(page.getByRole("heading", { name: "WebDAV accounts", level: 2 })).toBeVisible();
      if ((await davAccounts(api)).length === 0) await expect(page.getByText("No WebDAV accounts yet")).toBeVisible();
      await expectAxeClean(page, "/connect");

      // The form: a name is required, the root folder comes from the folder picker.
      await page.getByRole("button", { name: "New account" }).click();
      const form = page.getByRole("dialog", { name: "New WebDAV account" });
      await expect(form.getByRole("textbox", { name: "Root folder" })).toHaveValue("My files");
      await expect(form.getByRole("switch", { name: "Proxy downloads" })).toHaveCount(groupCan(login, GroupPerm.WebDAVProxy) ? 1 : 0);
      await form.getByRole("button", { name: "Create account" }).click();
      await expect(form.getByText("Enter a name.")).toBeVisible();
      await form.getByRole("textbox", { name: "Name" }).fill(name);
      await form.getByRole("button", { name: "Choose folder" }).click();
      const picker = page.getByRole("dialog", { name: "Choose the root folder" });
      await picker.getByRole("button", { name: folder.name }).click();
      await expect(picker.getByRole("navigation").getByText(folder.name)).toBeVisible();
      await picker.getByRole("button", { name: "Use this folder" }).click();
      await expect(picker).toBeHidden();
      await expect(form.getByRole("textbox", { name: "Root folder" })).toHaveValue(`My files/${folder.name}`);
      await expectAxeClean(page, "new account form");
      await form.getByRole("button", { name: "Create account" }).click();

      // Right after creating: the connection details, password as the server generated it.
      const info = page.getByRole("dialog", { name: `Connect to “${name}”` });
      await expect(info.getByText("The account is ready.")).toBeVisible();
      const created = (await davAccounts(api)).find((a) => a.name === name)!;
      expect(created).toMatchObject({ uri: folder.uri, options: "" });
      await expect(info.getByRole("textbox", { name: "Server address" })).toHaveValue(`${baseURL}/dav`);
      await expect(info.getByRole("textbox", { name: "User name" })).toHaveValue(login.user.email);
      await expect(info.getByRole("textbox", { name: "Password" })).toHaveValue(created.password);
      await expectAxeClean(page, "connection details");
      await context.grantPermissions(["clipboard-read", "clipboard-write"]);
      await info.getByRole("button", { name: "Copy password" }).click();
      await expect(info.getByRole("status")).toHaveText("Password copied");
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(created.password);
      await info.getByRole("button", { name: "Copy server address" }).click();
      await expect(info.getByRole("status")).toHaveText("Server address copied");
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/dav`);
      await info.getByRole("button", { name: "Done" }).click();
      await expect(info).toBeHidden();

      const item = row(page, name);
      await expect(item).toContainText(`Folder: My files/${folder.name}`);
      await expect(item.getByText("Read-only")).toHaveCount(0);

      // Edit to read-only: the password stays.
      await item.getByRole("button", { name: `Edit: ${name}` }).click();
      const edit = page.getByRole("dialog", { name: `Edit WebDAV account “${name}”` });
      await expect(edit.getByRole("textbox", { name: "Name" })).toHaveValue(name);
      await edit.getByRole("switch", { name: "Read-only" }).check();
      await edit.getByRole("button", { name: "Save" }).click();
      await toast(page, `“${name}” saved`);
      await expect(item.getByText("Read-only", { exact: true })).toBeVisible();
      const edited = (await davAccounts(api)).find((a) => a.id === created.id)!;
      expect(edited).toMatchObject({ uri: folder.uri, options: "AQ==", password: created.password });

      await item.getByRole("button", { name: `Connection details: ${name}` }).click();
      const again = page.getByRole("dialog", { name: `Connect to “${name}”` });
      await expect(again.getByText("for reading only")).toBeVisible();
      await expect(again.getByRole("textbox", { name: "Password" })).toHaveValue(created.password);
      await again.getByRole("button", { name: "Done" }).click();

      // Delete, after confirming.
      await item.getByRole("button", { name: `Delete: ${name}` }).click();
      const confirm = page.getByRole("dialog", { name: "Delete WebDAV account?" });
      await expect(confirm).toContainText(name);
      await confirm.getByRole("button", { name: "Delete" }).click();
      await toast(page, `WebDAV account “${name}” deleted`);
      await expect(item).toHaveCount(0);
      expect((await davAccounts(api)).some((a) => a.id === created.id)).toBe(false);
    } finally {
      await names.cleanup();
      await folder.cleanup();
    }
  });
});

base.describe("connect: without WebDAV", () => {
  base("a group without WebDAV is told so plainly, with nothing to click", async ({ userPage: page, login }) => {
    base.skip(groupCan(login, GroupPerm.WebDAV), "the account's group has WebDAV");
    await page.goto("/connect");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Connect & mount");
    await expect(page.getByRole("heading", { name: "WebDAV is not available for your account" })).toBeVisible();
    await expect(page.getByText("ask the site's administrator to turn on WebDAV for your group")).toBeVisible();
    await expect(page.getByRole("button", { name: "New account" })).toHaveCount(0);
    await expect(page.getByRole("list", { name: "WebDAV accounts" })).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Connect & mount" })).toHaveCount(0);
    await expectAxeClean(page, "/connect without WebDAV");
  });
});
