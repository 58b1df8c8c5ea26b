import { expect, test } from "./support/fixtures";
import { Api, freshAccount, signInPage, testHook } from "./support/api";
import { homeUrl, item, useLayout } from "./explorer-support";

const WRITES = /^(New folder|New file|Rename|Move to…|Copy to…|Move to trash|Delete permanently…|Restore)/;

test("a read-only user sees no write actions and the keyboard cannot trigger them @standin", async ({ page, request }) => {
  const account = await freshAccount(request, "readonly");
  for (const [uri, type] of [
    ["cloudreve://my/Docs", "folder"],
    ["cloudreve://my/Docs/notes.txt", "file"],
  ] as const)
    await testHook(request, "POST", "/files", { owner: account.email, uri, type, size: 4 });
  const login = await new Api(request).login(account);
  const api = new Api(request, login.token.access_token);
  await signInPage(page, login);
  await page.goto(homeUrl("cloudreve://my/Docs"));
  await useLayout(page, "list");
  await expect(item(page, "notes.txt")).toBeVisible();

  const toolbar = page.getByRole("toolbar", { name: "File actions" });
  await expect(toolbar.getByRole("button", { name: WRITES })).toHaveCount(0);

  // Selection toolbar and context menu offer reading only.
  await item(page, "notes.txt").click();
  await expect(toolbar.getByRole("button", { name: "Download" })).toBeVisible();
  await expect(toolbar.getByRole("button", { name: WRITES })).toHaveCount(0);
  await item(page, "notes.txt").click({ button: "right" });
  const menu = page.getByRole("menu");
  await expect(menu.getByRole("menuitem", { name: "Download" })).toBeVisible();
  await expect(menu.getByRole("menuitem", { name: WRITES })).toHaveCount(0);
  await page.keyboard.press("Escape");
  await expect(menu).toHaveCount(0);

  // The keys of write actions do nothing.
  await item(page, "notes.txt").click();
  for (const key of ["F2", "Delete", "Shift+Delete", "Alt+N", "Alt+Shift+N", "Alt+M", "Alt+C"]) await page.keyboard.press(key);
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page.getByRole("textbox", { name: /^New name for/ })).toHaveCount(0);

  // Nor does the command palette list them.
  await page.keyboard.press("Control+K");
  const palette = page.getByRole("dialog", { name: "Command palette" });
  await palette.getByRole("combobox").fill("re");
  await expect(palette.getByRole("option", { name: "Refresh" })).toBeVisible();
  await expect(palette.getByRole("option", { name: WRITES })).toHaveCount(0);
  await page.keyboard.press("Escape");

  const files = await api.list<{ files: { name: string }[] }>("cloudreve://my/Docs");
  expect(files.files.map((f) => f.name)).toEqual(["notes.txt"]);
});
