// Downloads from the explorer: one file goes straight to the browser (bytes identical), several go
// as one zip when the group may download archives, otherwise one by one with a progress list.
import { readFileSync } from "node:fs";
import { test, expect, expectAxeClean } from "./support/fixtures";
import { freshAccount, testHook } from "./support/api";
import { contextAction, item } from "./explorer-support";
import { queuePanel, removeFolder, sha256, testFolder, zipEntries } from "./transfers-helpers";

async function put(request: Parameters<typeof testHook>[0], owner: string, uri: string, text: string) {
  await testHook(request, "POST", "/files", { owner, uri, content: Buffer.from(text).toString("base64") });
}

test("a single file downloads byte for byte @standin", async ({ userPage: page, api, account, request }) => {
  const folder = await testFolder(api, "dl-one");
  try {
    const bytes = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 31) % 251));
    await testHook(request, "POST", "/files", { owner: account.email, uri: `${folder}/report.bin`, content: bytes.toString("base64") });
    await page.goto(`/home?path=${encodeURIComponent(folder)}`);
    const download = page.waitForEvent("download");
    await contextAction(page, item(page, "report.bin"), "Download");
    const file = await download;
    expect(file.suggestedFilename()).toBe("report.bin");
    expect(sha256(readFileSync((await file.path())!))).toBe(sha256(bytes));
  } finally {
    await removeFolder(api, folder);
  }
});

test.describe("a group that may download archives", () => {
  test.use({ account: async ({ request }, use) => use(await freshAccount(request, "admin")) });

  test("several items download as one zip with everything inside @standin", async ({ userPage: page, api, account, request }) => {
    const folder = await testFolder(api, "dl-zip");
    try {
      await put(request, account.email, `${folder}/one.txt`, "one\n");
      await put(request, account.email, `${folder}/two.txt`, "two\n");
      await put(request, account.email, `${folder}/photos/cat.jpg`, "meow\n");
      await page.goto(`/home?path=${encodeURIComponent(folder)}`);
      await item(page, "one.txt").click();
      await item(page, "photos").click({ modifiers: ["Shift"] });
      await item(page, "two.txt").click({ modifiers: ["ControlOrMeta"] });
      const download = page.waitForEvent("download");
      await contextAction(page, item(page, "one.txt"), "Download");
      const zip = readFileSync((await (await download).path())!);
      const names = zipEntries(zip).filter((n) => !n.endsWith("/"));
      expect(names.sort()).toEqual(["one.txt", "photos/cat.jpg", "two.txt"]);
    } finally {
      await removeFolder(api, folder);
    }
  });
});

test("without archive downloads, several files download one by one with a progress list @standin", async ({ userPage: page, api, account, request }) => {
  const folder = await testFolder(api, "dl-many");
  try {
    await put(request, account.email, `${folder}/first.txt`, "first\n");
    await put(request, account.email, `${folder}/second.txt`, "second\n");
    await page.goto(`/home?path=${encodeURIComponent(folder)}`);
    await item(page, "first.txt").click();
    await item(page, "second.txt").click({ modifiers: ["Shift"] });
    const got: string[] = [];
    page.on("download", (d) => got.push(d.suggestedFilename()));
    await contextAction(page, item(page, "first.txt"), "Download");
    await expect(queuePanel(page).getByRole("list", { name: "Downloads" })).toBeVisible();
    await expect(queuePanel(page)).toContainText("Downloads: 2 of 2 started");
    await expect.poll(() => got.sort()).toEqual(["first.txt", "second.txt"]);
    await expectAxeClean(page, "download progress list");
  } finally {
    await removeFolder(api, folder);
  }
});
