// File versions: the versions a file keeps (when its owner retains versions for its type) are
// listed newest first, and each can be downloaded, made current or deleted.
import { expect, expectAxeClean, test } from "./support/fixtures";
import { contextAction, homeUrl, item, testFolder } from "./explorer-support";
import { putFile, sha256 } from "./shares-support";
import { storedSha256 } from "./transfers-helpers";
import { chooseApp, viewerOf } from "./viewers-support";

interface VersionSettings {
  version_retention_enabled: boolean;
  version_retention_ext?: string[];
  version_retention_max?: number;
}

test("the versions of a file are listed, downloaded, made current and deleted", async ({ userPage: page, api, request }) => {
  const before = await api.ok<VersionSettings>("GET", "/user/setting");
  const root = await testFolder(api, "versions");
  try {
    await api.ok("PATCH", "/user/setting", { version_retention_enabled: true, version_retention_ext: ["txt"], version_retention_max: 10 });
    const uri = root.child("notes.txt");
    const first = await putFile(api, uri, "first draft\n");
    await putFile(api, uri, "second draft, longer\n");
    const third = await putFile(api, uri, "third and final draft, the longest of all\n");

    await page.goto(homeUrl(root.uri));
    await contextAction(page, item(page, "notes.txt"), "Versions");
    const dialog = page.getByRole("dialog", { name: "Versions of “notes.txt”" });
    const versions = dialog.getByRole("list", { name: "Versions, newest first" }).getByRole("listitem");
    await expect(versions).toHaveCount(3);
    await expect(versions.first()).toContainText("Current");
    await expectAxeClean(page, "versions dialog");

    // Download the oldest version: the browser gets its bytes.
    const download = page.waitForEvent("download");
    await versions
      .last()
      .getByRole("button", { name: /^Download the version of / })
      .click();
    const saved = await (await download).path();
    const { readFileSync } = await import("node:fs");
    expect(sha256(readFileSync(saved))).toBe(sha256(first));

    // Open the oldest version in the file's viewer: its text, not the current one, and a link to it.
    await versions
      .last()
      .getByRole("button", { name: /^Open the version of / })
      .click();
    await chooseApp(page, "Text editor");
    await expect(viewerOf(page, /^notes\.txt/).getByRole("textbox", { name: "Contents of notes.txt" })).toContainText("first draft");
    await expect(page).toHaveURL(/[?&]version=/);
    await page.goBack();
    await contextAction(page, item(page, "notes.txt"), "Versions");

    // Make the oldest current: the file's content is the first draft again.
    await versions
      .last()
      .getByRole("button", { name: /^Make the version of .* the current one$/ })
      .click();
    await expect(versions.last()).toContainText("Current");
    await expect.poll(() => storedSha256(api, request, uri)).toBe(sha256(first));

    // Delete the newest (no longer current) version, after confirming.
    await versions
      .first()
      .getByRole("button", { name: /^Delete the version of / })
      .click();
    await versions.first().getByRole("button", { name: "Delete for good" }).click();
    await expect(versions).toHaveCount(2);
    const info = await api.ok<{ extended_info?: { entities?: { type: number; size: number }[] } }>("GET", "/file/info", undefined, { uri, extended: "true" });
    expect(info.extended_info?.entities?.filter((e) => e.type === 0).map((e) => e.size)).not.toContain(third.length);

    // Details counts the blobs the file keeps: the two versions left, with their total size.
    await page.keyboard.press("Escape");
    await contextAction(page, item(page, "notes.txt"), "Details");
    const details = page.getByRole("complementary", { name: "notes.txt" });
    await expect(details.getByRole("definition").filter({ hasText: /versions?,/ })).toHaveText(
      `2 versions, ${first.length + "second draft, longer\n".length} B`,
    );
  } finally {
    await root.cleanup();
    await api
      .call("PATCH", "/user/setting", {
        version_retention_enabled: before.version_retention_enabled,
        version_retention_ext: before.version_retention_ext ?? [],
        version_retention_max: before.version_retention_max ?? 1,
      })
      .catch(() => undefined);
  }
});
