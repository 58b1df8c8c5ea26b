// Archives: a zip opens as a listing of its folders and files, read from the end of the file by
// range requests (the whole archive is never downloaded), and "Extract to…" starts the server's
// extract task whose files then appear in the folder.
import { expect, expectAxeClean, test as base } from "./support/fixtures";
import { freshAccount, groupCan } from "./support/api";
import { GroupPerm } from "../src/lib/capabilities";
import { homeUrl, item, testFolder, toast } from "./explorer-support";
import { putFile } from "./shares-support";
import { viewerOf } from "./viewers-support";
import { zipFixture as zip } from "./support/zipFixture";

// Extracting needs the archive-task permission a default user lacks: an administrator's fresh
// account on the stand-in; on a real server the configured account, whose group is read.
const test = base.extend({
  account: async ({ request }, use) => {
    await use(await freshAccount(request, "admin"));
  },
});

test("a zip lists its folders and files without being downloaded, and extracts into the folder", async ({ userPage: page, api, login }) => {
  const root = await testFolder(api, "archive");
  try {
    // A large stored entry first: listing must not fetch it.
    const filler = Buffer.alloc(3 * 1024 * 1024, 7);
    await putFile(
      api,
      root.child("bundle.zip"),
      zip([
        { name: "big.bin", data: filler },
        { name: "docs/", data: "" },
        { name: "docs/readme.txt", data: "read me\n".repeat(100), deflate: true },
        { name: "docs/img/dot.png", data: "not really a picture" },
        { name: "notes 文件.md", data: "# hi" },
      ]),
    );
    const fetched: number[] = [];
    page.on("response", (r) => {
      if (r.url().includes("/file/content/") && r.request().method() === "GET")
        void r.body().then(
          (b) => fetched.push(b.length),
          () => {},
        );
    });
    await page.goto(homeUrl(root.uri));
    await item(page, "bundle.zip").dblclick();
    const viewer = viewerOf(page, "bundle.zip");
    const table = viewer.getByRole("table", { name: "Contents of bundle.zip" });
    await expect(table.getByRole("row")).toHaveCount(4); // header, docs, big.bin, notes
    await expect(table.getByRole("row").nth(1)).toContainText("docs");
    await expect(table.getByRole("row", { name: /big\.bin/ })).toContainText("3 MB");
    await expect(table.getByRole("row", { name: /notes 文件\.md/ })).toBeVisible();
    await expect(viewer.getByRole("status")).toHaveText(/^4 files, 3\sMB$/);
    expect(
      fetched.every((n) => n < 512 * 1024),
      `bytes fetched: ${fetched.join(", ")}`,
    ).toBe(true);
    await expectAxeClean(page, "archive listing");

    await table.getByRole("button", { name: "docs" }).click();
    const inner = viewer.getByRole("table", { name: "Contents of docs" });
    await expect(inner.getByRole("button", { name: "img" })).toBeVisible();
    await expect(inner.getByRole("row", { name: /readme\.txt/ })).toContainText("800 B");
    await inner.getByRole("button", { name: "img" }).click();
    await expect(viewer.getByRole("table", { name: "Contents of img" }).getByText("dot.png")).toBeVisible();
    await viewer.getByRole("navigation", { name: "Folders in the archive" }).getByRole("button", { name: "bundle.zip" }).click();
    await expect(viewer.getByRole("table", { name: "Contents of bundle.zip" })).toBeVisible();

    if (!groupCan(login, GroupPerm.ArchiveTask)) return;
    await viewer.getByRole("button", { name: "Extract to…" }).click();
    const dialog = page.getByRole("dialog", { name: "Extract archive" });
    await expect(dialog.getByRole("textbox", { name: "Extract to" })).toHaveValue(`My files/${root.name}`);
    await dialog.getByRole("button", { name: "Extract", exact: true }).click();
    await expect(dialog).toBeHidden();
    await toast(page, "Extracting “bundle.zip” in the background");
    await viewer.getByRole("button", { name: "Close" }).click();
    // The listing refreshes once the task ends.
    await expect(item(page, "docs")).toBeVisible({ timeout: 45_000 });
    await expect(item(page, "notes 文件.md")).toBeVisible();
  } finally {
    await root.cleanup();
  }
});

test("a file that is not a zip says so", async ({ userPage: page, api }) => {
  const root = await testFolder(api, "archive-bad");
  try {
    await putFile(api, root.child("broken.zip"), "this is plain text, not an archive");
    await page.goto(homeUrl(root.uri));
    await item(page, "broken.zip").dblclick();
    await expect(viewerOf(page, "broken.zip").getByRole("alert")).toContainText("The archive's contents cannot be read");
  } finally {
    await root.cleanup();
  }
});
