import { expect, test } from "./support/fixtures";
import { Api, signInPage } from "./support/api";
import { expectAllUploaded } from "./transfers-helpers";
import { adminLogin, adminPage, type AdminGroupJson } from "./admin-support";

test("a storage policy made in the dashboard holds the uploads of a user created there, with its extension rule @standin", async ({
  page,
  request,
  browser,
  baseURL,
}) => {
  test.slow();
  const admin = await adminLogin(request);
  test.skip(!admin, "the configured account is not an administrator");
  const tag = Date.now().toString(36);
  const policyName = `e2e-policy-${tag}`;
  const email = `e2e-policy-user-${tag}@example.com`;
  const password = `pw-${tag}-secret`;
  let policyId: number | undefined;
  let group: AdminGroupJson | undefined;
  let userId: number | undefined;
  try {
    // A local policy that takes text files only.
    await adminPage(page, admin!.login, "/admin/policy/new");
    await page.getByRole("link", { name: /^This server/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "New policy: This server" })).toBeVisible();
    await page.getByRole("textbox", { name: "Name", exact: true }).fill(policyName);
    await page.getByRole("textbox", { name: "Allowed extensions" }).fill("txt, .MD");
    await page.getByRole("button", { name: "Create policy" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Storage policy ${policyName}` })).toBeVisible();
    policyId = Number(/\/admin\/policy\/(\d+)$/.exec(page.url())?.[1]);
    await expect(page.getByRole("textbox", { name: "Allowed extensions" })).toHaveValue("txt, md");

    // A group storing with it, and a user in that group made from the users page.
    group = await admin!.api.ok<AdminGroupJson>("PUT", "/admin/group", {
      group: {
        name: `e2e-policy-group-${tag}`,
        max_storage: 1024 ** 3,
        speed_limit: 0,
        permissions: "hAg=",
        settings: { max_walked_files: 100000 },
        edges: { storage_policies: { id: policyId } },
      },
    });
    await page.goto("/admin/user");
    await page.getByRole("button", { name: "New user" }).click();
    const dialog = page.getByRole("dialog", { name: "New user" });
    await dialog.getByRole("textbox", { name: "E-mail" }).fill(email);
    await dialog.getByRole("textbox", { name: "Password", exact: true }).fill(password);
    await dialog.getByRole("combobox", { name: "Group" }).click();
    await page.getByRole("option", { name: group.name }).click();
    await dialog.getByRole("button", { name: "Create user" }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByText(`${email} was created.`)).toBeVisible();

    // The user uploads: text goes in, a picture is refused by the policy's rule.
    const login = await new Api(request).login({ email, password });
    userId = undefined;
    const context = await browser.newContext({ baseURL, locale: "en-US" });
    const user = await context.newPage();
    await signInPage(user, login);
    await user.goto(`/home?path=${encodeURIComponent("cloudreve://my")}`);
    await user.getByRole("button", { name: /^Upload($|ing \d)/ }).click();
    const chooser = user.waitForEvent("filechooser");
    await user.getByRole("menuitem", { name: "Upload files" }).click();
    await (await chooser).setFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("kept by the new policy") });
    await expectAllUploaded(user, 1);
    await user.getByRole("button", { name: /^Upload($|ing \d)/ }).click();
    const second = user.waitForEvent("filechooser");
    await user.getByRole("menuitem", { name: "Upload files" }).click();
    await (await second).setFiles({ name: "photo.png", mimeType: "image/png", buffer: Buffer.from("not text") });
    await expect(user.getByText("Not uploaded: only .txt, .md files are allowed here")).toBeVisible();
    await context.close();

    // The admin's file list shows the upload under the new policy, filtered by it (kept in the URL).
    await page.goto(`/admin/file?policy=${policyId}`);
    const files = page.getByRole("table", { name: "Files" });
    await expect(files.getByRole("row", { name: /notes\.txt/ })).toBeVisible();
    await expect(files.getByRole("row", { name: /notes\.txt/ }).getByRole("cell", { name: policyName })).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Storage policy" })).toHaveText(policyName);
    await expect(files.getByRole("row")).toHaveCount(2);
  } finally {
    const users = await admin!.api.ok<{ users: { id: number; email: string }[] }>("POST", "/admin/user", {
      page: 1,
      page_size: 5,
      order_by: "id",
      order_direction: "desc",
      conditions: { user_email: email },
    });
    userId = users.users.find((u) => u.email === email)?.id;
    if (userId) await admin!.api.call("POST", "/admin/user/batch/delete", { ids: [userId] });
    if (group) await admin!.api.call("DELETE", `/admin/group/${group.id}`);
    if (policyId) await admin!.api.call("DELETE", `/admin/policy/${policyId}`);
  }
});
