// Answers a real server gives when something goes wrong on its side: an empty HTTP 500 (a crash in
// the handler) and an error envelope where file bytes were expected (a refused signature). Each
// must read as a clear error, and lose nothing the user typed.
import { expect, test } from "./support/fixtures";
import { testHook } from "./support/api";
import { homeUrl, item, testFolder } from "./explorer-support";
import { putFile, shareLink, sharePath } from "./shares-support";

test.describe("bad answers from the server", () => {
  test("an empty HTTP 500 on creating a folder is explained, and Create again works @standin", async ({ userPage: page, api, account, request }) => {
    const root = await testFolder(api, "crash");
    try {
      await page.goto(homeUrl(root.uri));
      await testHook(request, "PATCH", "/faults", { owner: account.email, createFail500: 1 });
      await page.getByRole("toolbar", { name: "File actions" }).getByRole("button", { name: "New folder" }).click();
      const dialog = page.getByRole("dialog", { name: "New folder" });
      await dialog.getByLabel("Name").fill("Invoices");
      await dialog.getByRole("button", { name: "Create" }).click();
      await expect(dialog.getByText("The server ran into a problem (HTTP 500). Try again in a moment.")).toBeVisible();
      await expect(dialog.getByLabel("Name")).toHaveValue("Invoices");
      await dialog.getByRole("button", { name: "Create" }).click();
      await expect(dialog).toHaveCount(0);
      await expect(item(page, "Invoices")).toBeVisible();
    } finally {
      await root.cleanup();
    }
  });

  test("a folder the server created before crashing counts as created @standin", async ({ userPage: page, api, account, request }) => {
    const root = await testFolder(api, "crashafter");
    try {
      await page.goto(homeUrl(root.uri));
      await testHook(request, "PATCH", "/faults", { owner: account.email, createFail500: 1, createFail500After: true });
      await page.getByRole("toolbar", { name: "File actions" }).getByRole("button", { name: "New folder" }).click();
      const dialog = page.getByRole("dialog", { name: "New folder" });
      await dialog.getByLabel("Name").fill("Receipts");
      await dialog.getByRole("button", { name: "Create" }).click();
      await expect(dialog).toHaveCount(0);
      await expect(item(page, "Receipts")).toBeVisible();
      await expect(page.getByText("HTTP 500")).toHaveCount(0);
    } finally {
      await root.cleanup();
    }
  });

  test("a README whose signed link the server refuses shows an error, not the server's JSON @standin", async ({ userPage: page, api, account, request }) => {
    const root = await testFolder(api, "badsign");
    try {
      await putFile(api, root.child("README.md"), "# Hello");
      await putFile(api, root.child("data.bin"));
      const { url } = await shareLink(api, root.uri);
      await testHook(request, "PATCH", "/faults", { owner: account.email, badSignedUrls: 1 });
      await page.goto(sharePath(url));
      await expect(item(page, "data.bin")).toBeVisible();
      const readme = page.getByRole("complementary", { name: "README" });
      await expect(readme.getByText(/^The README could not be loaded: /)).toBeVisible();
      await expect(page.getByText("invalid sign", { exact: false })).toHaveCount(0);
      await expect(page.getByText('"code"')).toHaveCount(0);
    } finally {
      await root.cleanup();
    }
  });
});
