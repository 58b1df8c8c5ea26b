// A running remote download: choosing its files, cancelling it.
import { expect, expectAxeClean } from "./support/fixtures";
import { groupCan } from "./support/api";
import { GroupPerm } from "../src/lib/capabilities";
import { toast } from "./explorer-support";
import { card, downloadsList, fakeTask, test } from "./tasks-support";

test.describe("remote downloads", () => {
  test("a running download's files can be chosen and the download cancelled", async ({ userPage: page, login }) => {
    test.skip(!groupCan(login, GroupPerm.RemoteDownload), "the account's group may not use remote downloads");
    // A downloader watching a torrent is played here: no server used by the suite downloads for real.
    const running = {
      ...fakeTask(1, { status: "processing", type: "remote_download" }),
      summary: {
        phase: "monitor",
        props: {
          src_str: "magnet:?xt=urn:btih:0123&dn=Open+Movie",
          src: "",
          dst: "cloudreve://my/Movies",
          failed: 0,
          download: {
            name: "Open Movie",
            state: "downloading",
            total: 4 * 1024 * 1024,
            downloaded: 1024 * 1024,
            download_speed: 256 * 1024,
            uploaded: 0,
            upload_speed: 0,
            files: [
              { index: 0, name: "movie.mkv", size: 4 * 1024 * 1024 - 100, progress: 0.25, selected: true },
              { index: 1, name: "sample.txt", size: 100, progress: 0, selected: true },
            ],
          },
        },
      },
    };
    const sent: { method: string; body: unknown }[] = [];
    await page.route("**/api/v4/workflow?*", (route) => {
      const category = new URL(route.request().url()).searchParams.get("category");
      const tasks = category === "downloading" ? [running] : [];
      return route.fulfill({ json: { code: 0, msg: "", data: { tasks, pagination: { page: 0, page_size: 25, is_cursor: true } } } });
    });
    await page.route("**/api/v4/workflow/download/fake1", (route) => {
      sent.push({ method: route.request().method(), body: route.request().postDataJSON() });
      return route.fulfill({ json: { code: 0, msg: "" } });
    });
    await page.route("**/api/v4/workflow/progress/fake1", (route) => route.fulfill({ json: { code: 0, msg: "", data: {} } }));

    await page.goto("/downloads");
    const row = card(downloadsList(page, "In progress"), "Open Movie");
    await expect(row.getByText("Downloading", { exact: true })).toBeVisible();
    await expect(row.getByRole("progressbar", { name: "Download of Open Movie" })).toHaveAttribute("aria-valuenow", "25");
    await expect(row).toContainText("1 MB of 4 MB (25%) · 256 KB/s");
    await expect(page.getByText("No finished downloads yet.")).toBeVisible();

    await row.getByRole("checkbox", { name: /sample\.txt/ }).uncheck();
    await expectAxeClean(page, "/downloads with a running torrent");
    await row.getByRole("button", { name: "Download the chosen files" }).click();
    await toast(page, "File choice saved");
    expect(sent.shift()).toEqual({ method: "PATCH", body: { files: [{ index: 1, download: false }] } });

    await row.getByRole("button", { name: "Cancel download: Open Movie" }).click();
    const confirm = page.getByRole("dialog", { name: "Cancel this download?" });
    await expect(confirm).toContainText("“Open Movie” stops downloading.");
    await confirm.getByRole("button", { name: "Cancel download" }).click();
    await toast(page, "Canceling “Open Movie”");
    expect(sent.shift()?.method).toBe("DELETE");
  });
});
