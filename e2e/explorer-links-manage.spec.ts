// Direct links on newer servers (4.1 on: a file's links listed and deletable; 4.3 on: a download
// variant /f/d/…), and their absence on the 4.0 community server, which has neither
// (docs/server-behaviour.md, "Direct links"). The app tells them apart by the server's version.
import type { Page } from "@playwright/test";
import { expect, expectAxeClean, test } from "./support/fixtures";
import { testHook } from "./support/api";
import { contextAction, homeUrl, item, testFolder, toast } from "./explorer-support";
import { putFile } from "./shares-support";

/** Resolves once the page has the server's version (the menu then knows what the server has). */
const versionKnown = (page: Page) => page.waitForResponse((r) => r.url().includes("/api/v4/site/ping"));

test("@standin @exclusive on a newer server a file's direct links are listed, offered as downloads and deleted", async ({ userPage: page, api, request }) => {
  await testHook(request, "PUT", "/newer-links", { on: true });
  const root = await testFolder(api, "links-manage");
  try {
    await putFile(api, root.child("report.txt"), "quarterly figures");
    const [made] = await api.ok<{ link: string }[]>("PUT", "/file/source", { uris: [root.child("report.txt")] });
    const known = versionKnown(page);
    await page.goto(homeUrl(root.uri));
    await item(page, "report.txt").click();
    await known;

    // The links dialog offers the download variant.
    await contextAction(page, item(page, "report.txt"), "Get direct link");
    const links = page.getByRole("dialog", { name: "Direct links" });
    const field = links.getByRole("textbox", { name: "report.txt" });
    await expect(field).toHaveValue(made!.link);
    await links.getByRole("switch", { name: "Force download" }).check();
    await expect(field).toHaveValue(made!.link.replace("/f/", "/f/d/"));
    const res = await request.get(new URL(await field.inputValue()).pathname, { maxRedirects: 0 });
    expect(res.status()).toBe(302);
    expect(res.headers()["location"]).toContain("download=true");
    await links.getByRole("button", { name: "Close" }).click();

    // The file's links, listed with their use, and deleted after a second word.
    await contextAction(page, item(page, "report.txt"), "Manage direct links");
    const dialog = page.getByRole("dialog", { name: /Manage direct links/ });
    await expect(dialog.getByRole("textbox", { name: "Link 1" })).toHaveValue(made!.link);
    await expect(dialog.getByText(/Downloaded 0 times · created/)).toBeVisible();
    await expectAxeClean(page, "manage direct links");
    await dialog.getByRole("button", { name: "Delete link 1" }).click();
    await expect(dialog.getByText("The link stops working wherever it was shared.")).toBeVisible();
    await dialog.getByRole("button", { name: "Delete link", exact: true }).click();
    await toast(page, "Link deleted");
    await expect(dialog.getByText("This file has no direct links.")).toBeVisible();
    const info = await api.ok<{ extended_info?: { direct_links?: unknown[] } }>("GET", "/file/info", undefined, {
      uri: root.child("report.txt"),
      extended: "true",
    });
    expect(info.extended_info?.direct_links).toBeUndefined();
    expect((await request.get(new URL(made!.link).pathname, { maxRedirects: 0 })).status()).toBe(404);
  } finally {
    await testHook(request, "PUT", "/newer-links", { on: false });
    await root.cleanup();
  }
});

test("a server without link management offers neither the list of a file's links nor download links", async ({ userPage: page, api }) => {
  const version = await api.ok<string>("GET", "/site/ping");
  test.skip(!/^4\.0\./.test(version), `the server (${version}) has these features`);
  const root = await testFolder(api, "links-plain");
  try {
    await putFile(api, root.child("report.txt"), "quarterly figures");
    const known = versionKnown(page);
    await page.goto(homeUrl(root.uri));
    await item(page, "report.txt").click();
    await known;
    await item(page, "report.txt").click({ button: "right" });
    await expect(page.getByRole("menuitem", { name: "Get direct link" })).toBeVisible();
    await expect(page.getByRole("menuitem", { name: "Manage direct links" })).toHaveCount(0);
    await page.getByRole("menuitem", { name: "Get direct link" }).click();
    const links = page.getByRole("dialog", { name: "Direct links" });
    await expect(links.getByRole("textbox", { name: "report.txt" })).toHaveValue(/\/f\/[^/]+\/report\.txt$/);
    await expect(links.getByRole("switch", { name: "Force download" })).toHaveCount(0);
  } finally {
    await root.cleanup();
  }
});
