// The "Show README" setting of a folder share. Newer servers (4.2 on) keep it per share and the
// landing shows the README only when it is set; the 4.0 community server has no such setting and
// the landing always shows a README. The app tells them apart by the server's version.
import type { Page } from "@playwright/test";
import { expect, expectAxeClean, test } from "./support/fixtures";
import { testHook, type Api } from "./support/api";
import { contextAction, homeUrl, item, mkdir, testFolder, type TestFolder } from "./explorer-support";
import { putFile, sharePath, visitor } from "./shares-support";

/** Resolves once the page has the server's version (the dialog and the landing then know what it has). */
const versionKnown = (page: Page) => page.waitForResponse((r) => r.url().includes("/api/v4/site/ping"));

/** A folder with a README.md and a file, inside the test's own folder; its name is unique to the test. */
async function folderWithReadme(api: Api, root: TestFolder): Promise<{ name: string; uri: string }> {
  const name = `${root.name}-docs`;
  await mkdir(api, root.child(name));
  await putFile(api, root.child(name, "README.md"), "# Welcome\n\nStart with the plans.\n");
  await putFile(api, root.child(name, "plans.txt"), "plans");
  return { name, uri: root.child(name) };
}

/** Shares `name` (an item of the open folder) through the explorer's dialog; returns the link and the request's body. */
async function shareThroughDialog(page: Page, name: string, showReadme?: boolean): Promise<{ url: string; body: Record<string, unknown> }> {
  await contextAction(page, item(page, name), "Share");
  const dialog = page.getByRole("dialog", { name: `Share “${name}”` });
  const readme = dialog.getByRole("switch", { name: "Show README" });
  if (showReadme === undefined) {
    await expect(dialog.getByRole("switch", { name: "Expire automatically" })).toBeVisible();
    await expect(readme).toHaveCount(0);
  } else {
    await expect(readme).not.toBeChecked();
    await expect(readme).toHaveAccessibleDescription(/README\.md \(or README\.txt\)/);
    if (showReadme) await readme.check();
  }
  // A routed request exposes its body (a plain observed fetch may not).
  let body: Record<string, unknown> = {};
  await page.route("**/api/v4/share", (route) => {
    if (route.request().method() === "PUT") body = route.request().postDataJSON() as Record<string, unknown>;
    return route.continue();
  });
  await dialog.getByRole("button", { name: "Create link" }).click();
  const url = await dialog.getByLabel("Share link").inputValue();
  await dialog.getByRole("button", { name: "Done" }).click();
  await page.unroute("**/api/v4/share");
  return { url, body };
}

/** Makes the folder with its README and selects it in the explorer, once the app knows the server's version. */
async function selectFolderWithReadme(page: Page, api: Api, root: TestFolder) {
  const docs = await folderWithReadme(api, root);
  const known = versionKnown(page);
  await page.goto(homeUrl(root.uri));
  await item(page, docs.name).click();
  await known;
  return docs;
}

test("@standin @exclusive on a newer server a shared folder's README shows only when the owner turns Show README on", async ({
  userPage: page,
  api,
  browser,
  baseURL,
  request,
}) => {
  await testHook(request, "PUT", "/newer-links", { on: true });
  const root = await testFolder(api, "readme-option");
  try {
    const docs = await selectFolderWithReadme(page, api, root);
    const { url, body } = await shareThroughDialog(page, docs.name, false);
    expect(body.show_readme).toBe(false);

    // The visitor sees the files, and no README once the page knows what the server has.
    const guest = await visitor(browser, baseURL);
    const guestKnows = versionKnown(guest);
    await guest.goto(sharePath(url));
    await expect(item(guest, "plans.txt")).toBeVisible();
    await guestKnows;
    await expect(item(guest, "README.md")).toBeVisible();
    await expect(guest.getByRole("complementary", { name: "README.md" })).toHaveCount(0);

    // The owner turns it on from My shares; the edit dialog then shows the stored setting.
    await page.goto("/shares");
    const row = page.getByRole("list", { name: "My shares" }).getByRole("listitem").filter({ hasText: docs.name });
    await row.getByRole("button", { name: `Edit: ${docs.name}` }).click();
    const edit = page.getByRole("dialog", { name: `Edit share of “${docs.name}”` });
    const readme = edit.getByRole("switch", { name: "Show README" });
    await expect(readme).not.toBeChecked();
    await expectAxeClean(page, "share dialog with Show README");
    await readme.check();
    await edit.getByRole("button", { name: "Save" }).click();
    await edit.getByRole("button", { name: "Done" }).click();
    await expect(edit).toBeHidden();
    await row.getByRole("button", { name: `Edit: ${docs.name}` }).click();
    await expect(edit.getByRole("switch", { name: "Show README" })).toBeChecked();
    await edit.getByRole("button", { name: "Cancel" }).click();

    await guest.reload();
    const panel = guest.getByRole("complementary", { name: "README.md" });
    await expect(panel.getByRole("heading", { name: "Welcome", level: 3 })).toBeVisible();
    await expectAxeClean(guest, "landing with the README turned on");
    await guest.context().close();
  } finally {
    await testHook(request, "PUT", "/newer-links", { on: false });
    await root.cleanup();
  }
});

test("a 4.0 server offers no Show README switch and its landing always shows a shared folder's README", async ({ userPage: page, api, browser, baseURL }) => {
  const version = await api.ok<string>("GET", "/site/ping");
  test.skip(!/^4\.[01]\./.test(version), `the server (${version}) keeps a README setting per share`);
  const root = await testFolder(api, "readme-plain");
  try {
    const docs = await selectFolderWithReadme(page, api, root);
    const { url, body } = await shareThroughDialog(page, docs.name);
    expect(body).not.toHaveProperty("show_readme");

    const guest = await visitor(browser, baseURL);
    await guest.goto(sharePath(url));
    const panel = guest.getByRole("complementary", { name: "README.md" });
    await expect(panel.getByRole("heading", { name: "Welcome", level: 3 })).toBeVisible();
    await guest.context().close();
  } finally {
    await root.cleanup();
  }
});
