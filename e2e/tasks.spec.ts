import { randomUUID } from "node:crypto";
import type { Locator, Page } from "@playwright/test";
import { expect, expectAxeClean, test as base } from "./support/fixtures";
import { freshAccount, groupCan, testHook, type Api } from "./support/api";
import { GroupPerm } from "../src/lib/capabilities";
import { item, mkdir, testFolder, toast, type TestFolder } from "./explorer-support";
import { putFile } from "./shares-support";
import { zipEntries } from "./transfers-helpers";

interface TaskJson {
  id: string;
  status: string;
  type: string;
  error?: string;
  error_history?: string[];
  retry_count?: number;
  summary?: { phase?: string; props?: Record<string, unknown> };
}

// Archive tasks and remote downloads need group permissions a default user lacks (bits 5 and 9):
// on the stand-in an administrator's fresh account; on a real server the configured account, whose
// group is read, never assumed.
const test = base.extend({
  account: async ({ request }, use) => {
    await use(await freshAccount(request, "admin"));
  },
});

const SETTLED = ["completed", "error", "canceled"];

/** One task as the list shows it (the progress route knows only running ones). */
async function findTask(api: Api, category: "general" | "downloading" | "downloaded", id: string): Promise<TaskJson | undefined> {
  let token = "";
  do {
    const page = await api.ok<{ tasks: TaskJson[]; pagination: { next_token?: string } }>("GET", "/workflow", undefined, {
      category,
      page_size: "100",
      ...(token ? { next_page_token: token } : {}),
    });
    const found = page.tasks.find((t) => t.id === id);
    if (found) return found;
    token = page.pagination.next_token ?? "";
  } while (token);
  return undefined;
}

/** Waits until the server says the task ended, and returns it. */
async function settled(api: Api, id: string, timeout = 45_000): Promise<TaskJson> {
  let last: TaskJson | undefined;
  await expect
    .poll(async () => (last = await findTask(api, "general", id))?.status, { timeout, message: `task ${id} to end` })
    .toMatch(new RegExp(`^(${SETTLED.join("|")})$`));
  return last!;
}

const archive = (api: Api, src: string[], dst: string) => api.ok<TaskJson>("POST", "/workflow/archive", { src, dst });
const extract = (api: Api, src: string, dst: string) => api.ok<TaskJson>("POST", "/workflow/extract", { src: [src], dst });

/** A folder of its own holding two small text files. */
async function twoFiles(api: Api, label: string): Promise<TestFolder & { files: string[] }> {
  const folder = await testFolder(api, label);
  await putFile(api, folder.child("alpha.txt"), "first file\n");
  await putFile(api, folder.child("beta.txt"), "second file\n");
  return { ...folder, files: [folder.child("alpha.txt"), folder.child("beta.txt")] };
}

/** Names directly inside a folder, from the API. */
async function namesIn(api: Api, uri: string): Promise<string[]> {
  const data = await api.list<{ files: { name: string }[] }>(uri, { pageSize: 200 });
  return data.files.map((f) => f.name).sort();
}

/** A stored file's bytes, read through a signed URL on the site under test. */
async function storedBytes(api: Api, uri: string): Promise<Buffer> {
  const { urls } = await api.ok<{ urls: { url: string }[] }>("POST", "/file/url", { uris: [uri], download: true });
  const signed = new URL(urls[0]!.url);
  const res = await api.request.get(signed.pathname + signed.search);
  expect(res.headers()["content-type"] ?? "").not.toContain("application/json");
  return res.body();
}

const taskList = (page: Page) => page.getByRole("list", { name: "Background tasks" });
const card = (list: Locator, name: string) => list.getByRole("listitem").filter({ has: list.page().getByRole("heading", { name, exact: true }) });
const noHorizontalScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test.describe("tasks: archives", () => {
  test("an archive of two files made again through the dialog: a taken name is explained, the new archive holds both files", async ({
    userPage: page,
    api,
    login,
  }) => {
    test.skip(!groupCan(login, GroupPerm.ArchiveTask), "the account's group may not run archive tasks");
    test.slow();
    const folder = await twoFiles(api, "archive");
    // Tasks cannot be deleted: names of their own keep this run's apart from earlier ones.
    const first = `first-${folder.name.slice(-8)}.zip`;
    const second = `second-${folder.name.slice(-8)}.zip`;
    try {
      const made = await archive(api, folder.files, folder.child(first));
      expect((await settled(api, made.id)).status).toBe("completed");

      await page.goto("/tasks");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Background tasks");
      const done = card(taskList(page), first);
      await expect(done.getByText("Create archive", { exact: true })).toBeVisible();
      await expect(done.getByText("Completed")).toBeVisible();
      await expect(done).toContainText(`In My files/${folder.name}`);
      await expectAxeClean(page, "/tasks with a completed archive");

      // "Run again" opens the create-archive dialog with the task's items, folder and name.
      await done.getByRole("button", { name: `Run again: ${first}` }).click();
      const dialog = page.getByRole("dialog", { name: "Create archive" });
      await expect(dialog).toContainText("2 items (alpha.txt, beta.txt) will be compressed into a zip file.");
      await expect(dialog.getByRole("textbox", { name: "Archive name" })).toHaveValue(first);
      await expect(dialog.getByRole("textbox", { name: "Save in" })).toHaveValue(`My files/${folder.name}`);
      await expectAxeClean(page, "create archive dialog");

      // The server refuses a name that is taken; the dialog says why and stays open.
      await dialog.getByRole("button", { name: "Create archive" }).click();
      await expect(dialog.getByRole("alert")).toContainText("already");
      await dialog.getByRole("textbox", { name: "Archive name" }).fill("a/b.zip");
      await dialog.getByRole("button", { name: "Create archive" }).click();
      await expect(dialog.getByText("A name can't be")).toBeVisible();
      await dialog.getByRole("textbox", { name: "Archive name" }).fill(second);
      await dialog.getByRole("button", { name: "Create archive" }).click();
      await expect(dialog).toBeHidden();
      const created = await toast(page, `Creating “${second}” in the background`);
      await expect(created.getByRole("button", { name: "View task" })).toBeVisible();

      // The new task appears on its own and follows the server to the end.
      const secondCard = card(taskList(page), second);
      await expect(secondCard.getByText("Completed")).toBeVisible({ timeout: 45_000 });
      expect(await namesIn(api, folder.uri)).toEqual(["alpha.txt", "beta.txt", first, second].sort());
      expect(
        zipEntries(await storedBytes(api, folder.child(second)))
          .map((n) => n.replace(/^\//, ""))
          .sort(),
      ).toEqual(["alpha.txt", "beta.txt"]);

      // "Open folder" leads to the archive in the explorer.
      await secondCard.getByRole("link", { name: `Open folder: ${second}` }).click();
      await expect(page).toHaveURL(/\/home\?path=/);
      await expect(item(page, second)).toBeVisible();
    } finally {
      await folder.cleanup();
    }
  });

  test("an archive extracted again into another folder, with a name encoding for an old zip", async ({ userPage: page, api, login }) => {
    test.skip(!groupCan(login, GroupPerm.ArchiveTask), "the account's group may not run archive tasks");
    test.slow();
    const folder = await twoFiles(api, "extract");
    try {
      const bundle = `bundle-${folder.name.slice(-8)}.zip`;
      const zip = folder.child(bundle);
      expect((await settled(api, (await archive(api, folder.files, zip)).id)).status).toBe("completed");
      await mkdir(api, folder.child("out1"));
      await mkdir(api, folder.child("out2"));
      const first = await extract(api, zip, folder.child("out1"));
      expect((await settled(api, first.id)).status).toBe("completed");
      expect(await namesIn(api, folder.child("out1"))).toEqual(["alpha.txt", "beta.txt"]);

      await page.goto("/tasks");
      const done = card(taskList(page), bundle).filter({ hasText: "Extract archive" });
      await expect(done.getByText("Completed")).toBeVisible();
      await expect(done).toContainText(`Into My files/${folder.name}/out1`);

      await done.getByRole("button", { name: `Run again: ${bundle}` }).click();
      const dialog = page.getByRole("dialog", { name: "Extract archive" });
      await expect(dialog).toContainText(`The files in “${bundle}” will be extracted into a folder.`);
      await expect(dialog.getByRole("textbox", { name: "Extract to" })).toHaveValue(`My files/${folder.name}/out1`);
      await dialog.getByRole("button", { name: "Choose folder" }).click();
      const picker = page.getByRole("dialog", { name: "Choose where to extract to" });
      await picker.getByRole("navigation").getByRole("button", { name: folder.name }).click();
      await picker.getByRole("button", { name: "out2" }).click();
      await expect(picker.getByRole("navigation").getByText("out2")).toBeVisible();
      await picker.getByRole("button", { name: "Use this folder" }).click();
      await expect(picker).toBeHidden();
      await expect(dialog.getByRole("textbox", { name: "Extract to" })).toHaveValue(`My files/${folder.name}/out2`);

      // Zips may name their entries in a legacy charset; the server takes its own charset names.
      let sent: unknown;
      await page.route("**/api/v4/workflow/extract", (route) => {
        sent = route.request().postDataJSON();
        return route.fallback();
      });
      await dialog.getByRole("combobox", { name: "File name encoding" }).click();
      await page.getByRole("option", { name: "Chinese, Simplified (GBK)" }).click();
      await expectAxeClean(page, "extract dialog");
      await dialog.getByRole("button", { name: "Extract", exact: true }).click();
      await expect(dialog).toBeHidden();
      await toast(page, `Extracting “${bundle}” in the background`);
      expect(sent).toEqual({ src: [zip], dst: folder.child("out2"), encoding: "gbk" });

      const cards = card(taskList(page), bundle).filter({ hasText: "Extract archive" });
      await expect(cards).toHaveCount(2);
      await expect(cards.first().getByText("Completed")).toBeVisible({ timeout: 45_000 });
      await expect(cards.first()).toContainText(`Into My files/${folder.name}/out2`);
      expect(await namesIn(api, folder.child("out2"))).toEqual(["alpha.txt", "beta.txt"]);
    } finally {
      await folder.cleanup();
    }
  });

  test("a failed task says why, with the errors of its earlier attempts", async ({ userPage: page, api, login }) => {
    test.skip(!groupCan(login, GroupPerm.ArchiveTask), "the account's group may not run archive tasks");
    // The server retries a failing extraction a few times, backing off, before it gives up.
    test.slow();
    const folder = await testFolder(api, "broken");
    try {
      const broken = `broken-${folder.name.slice(-8)}.zip`;
      const bogus = folder.child(broken);
      await putFile(api, bogus, "this is not an archive at all");
      const failed = await settled(api, (await extract(api, bogus, folder.uri)).id, 90_000);
      expect(failed.status).toBe("error");
      expect(failed.error).toBeTruthy();

      await page.goto("/tasks");
      const row = card(taskList(page), broken);
      await expect(row.getByText("Failed", { exact: true })).toBeVisible();
      await expect(row.getByText("Why it failed:")).toBeVisible();
      await expect(row.getByRole("note").getByText(failed.error!, { exact: true })).toBeVisible();
      const history = failed.error_history ?? [];
      if (failed.retry_count) await expect(row).toContainText(failed.retry_count === 1 ? "Retried once" : `Retried ${failed.retry_count} times`);
      if (history.length > 0) {
        const toggle = row.getByRole("button", { name: history.length === 1 ? "Show the earlier error" : `Show ${history.length} earlier errors` });
        await expect(toggle).toHaveAttribute("aria-expanded", "false");
        await toggle.click();
        const list = row.getByRole("list", { name: "Errors of earlier attempts" });
        await expect(list.getByRole("listitem")).toHaveText(history);
      }
      await expectAxeClean(page, "/tasks with a failed task");
    } finally {
      await folder.cleanup();
    }
  });
});

test.describe("tasks: live progress @standin", () => {
  // The runner is paused for the whole server, so nothing else may run tasks meanwhile.
  test("@exclusive a task stepped by the server shows each status and step as it happens, counters while it runs, and polling stops once all ended or while the tab is hidden", async ({
    userPage: page,
    api,
    request,
  }) => {
    test.slow();
    const folder = await twoFiles(api, "live");
    await testHook(request, "PATCH", "/tasks", { paused: true });
    try {
      const task = await archive(api, folder.files, folder.child("live.zip"));
      const advance = () => testHook<{ task: TaskJson }>(request, "POST", `/tasks/${task.id}/advance`);
      const listCalls: string[] = [];
      page.on("request", (r) => r.url().includes("/api/v4/workflow?") && listCalls.push(r.url()));
      await page.clock.install();
      await page.goto("/tasks");
      const row = card(taskList(page), "live.zip");
      await expect(row.getByText("Queued")).toBeVisible();
      await expectAxeClean(page, "/tasks with a queued task");

      await advance();
      await page.clock.runFor(2_000);
      await expect(row.getByText("Running")).toBeVisible();

      expect((await advance()).task).toMatchObject({ status: "suspending", summary: { phase: "compress_files" } });
      await page.clock.runFor(2_000);
      await expect(row.getByText("Waiting to continue")).toBeVisible();
      await expect(row.getByText("Step: Compressing files")).toBeVisible();

      // While it runs, its counters are read every second. The stand-in finishes an iteration
      // before a hook answers, so the counters a real server reports mid-way are played here.
      await page.route(`**/api/v4/workflow/progress/${task.id}`, (route) =>
        route.fulfill({
          json: {
            code: 0,
            msg: "",
            data: {
              archive_count: { total: 0, current: 1, identifier: "" },
              archive_size: { total: 0, current: 11, identifier: "" },
              upload: { total: 4096, current: 1024, identifier: "" },
            },
          },
        }),
      );
      await page.clock.runFor(1_000);
      await expect(row.getByRole("progressbar", { name: "Files compressed" })).toHaveAttribute("aria-valuetext", "1 so far");
      await expect(row.getByRole("progressbar", { name: "Data compressed" })).toHaveAttribute("aria-valuetext", "11\u00a0B so far");
      const upload = row.getByRole("progressbar", { name: "Data saved" });
      await expect(upload).toHaveAttribute("aria-valuenow", "25");
      await expect(upload).toHaveAttribute("aria-valuetext", "1\u00a0KB of 4\u00a0KB (25%)");
      await expectAxeClean(page, "/tasks with progress bars");
      await page.unroute(`**/api/v4/workflow/progress/${task.id}`);

      // A hidden tab is not polled; it catches up when shown again.
      const setHidden = (hidden: boolean) =>
        page.evaluate((h) => {
          Object.defineProperty(document, "visibilityState", { configurable: true, get: () => (h ? "hidden" : "visible") });
          document.dispatchEvent(new Event("visibilitychange", { bubbles: true }));
        }, hidden);
      await setHidden(true);
      await advance();
      const whileHidden = listCalls.length;
      await page.clock.runFor(10_000);
      expect(listCalls.length).toBe(whileHidden);
      await setHidden(false);
      await page.clock.runFor(2_000);
      await expect(row.getByText("Running")).toBeVisible();

      // Compressing ends in the next phase; saving the archive ends the task.
      expect((await advance()).task).toMatchObject({ status: "suspending", summary: { phase: "upload_archive" } });
      await page.clock.runFor(2_000);
      await expect(row.getByText("Step: Saving the archive")).toBeVisible();
      await advance();
      expect((await advance()).task.status).toBe("completed");
      await page.clock.runFor(2_000);
      await expect(row.getByText("Completed")).toBeVisible();
      await expect(page.getByRole("status").filter({ hasText: "“live.zip”: Completed." })).toBeAttached();
      await expect(row.getByRole("progressbar")).toHaveCount(0);
      expect(await namesIn(api, folder.uri)).toEqual(["alpha.txt", "beta.txt", "live.zip"]);

      // Nothing left to watch: the list is not asked again.
      const afterEnd = listCalls.length;
      await page.clock.runFor(20_000);
      expect(listCalls.length).toBe(afterEnd);
    } finally {
      await testHook(request, "PATCH", "/tasks", { paused: false });
      await folder.cleanup();
    }
  });
});

/** A made-up task page, for layout and paging tests that must not leave tasks on a real account. */
function fakeTask(i: number, over: Partial<TaskJson> & Record<string, unknown> = {}): Record<string, unknown> {
  return {
    created_at: "2026-11-20T10:00:00Z",
    updated_at: "2026-11-20T10:01:00Z",
    id: `fake${i}`,
    status: "completed",
    type: "create_archive",
    node: { id: "n1", name: "Master", type: "master", capabilities: "Dg==" },
    summary: { phase: "upload_archive", props: { src_multiple: ["cloudreve://my/a"], dst: `cloudreve://my/folder/archive-${i}.zip`, failed: 0 } },
    duration: 1500,
    ...over,
  };
}

test.describe("tasks: list states", () => {
  test("empty, a failed load with retry, and a long list page by page", async ({ userPage: page }) => {
    const all = Array.from({ length: 30 }, (_, i) => fakeTask(30 - i));
    let fail = true;
    let empty = true;
    await page.route("**/api/v4/workflow?*", async (route) => {
      const url = new URL(route.request().url());
      if (url.searchParams.get("category") !== "general") return route.fallback();
      if (fail) return route.fulfill({ json: { code: 50001, msg: "Database failure", correlation_id: randomUUID() } });
      if (empty) return route.fulfill({ json: { code: 0, msg: "", data: { tasks: [], pagination: { page: 0, page_size: 25, is_cursor: true } } } });
      const start = url.searchParams.get("next_page_token") ? 25 : 0;
      const size = Number(url.searchParams.get("page_size"));
      const next = start + size < all.length ? { next_token: "page2" } : {};
      return route.fulfill({
        json: { code: 0, msg: "", data: { tasks: all.slice(start, start + size), pagination: { page: 0, page_size: size, is_cursor: true, ...next } } },
      });
    });

    await page.goto("/tasks");
    const alert = page.getByRole("alert").filter({ hasText: "The tasks could not be loaded." });
    await expect(alert).toBeVisible();
    await expectAxeClean(page, "/tasks with a failed load");
    fail = false;
    await alert.getByRole("button", { name: "Retry" }).click();
    await expect(page.getByText("No background tasks yet")).toBeVisible();
    await expectAxeClean(page, "/tasks empty");

    empty = false;
    await page.getByRole("button", { name: "Refresh" }).click();
    const headings = taskList(page).getByRole("heading", { level: 3 });
    await expect(headings).toHaveCount(25);
    await expect(headings.first()).toHaveText("archive-30.zip");
    await page.getByRole("button", { name: "Show more tasks" }).click();
    await expect(headings).toHaveCount(30);
    await expect(headings.last()).toHaveText("archive-1.zip");
    await expect(page.getByRole("button", { name: "Show more tasks" })).toHaveCount(0);
    await expect(card(taskList(page), "archive-1.zip")).toContainText("Node: Master · Ran for 1.5 sec");
  });

  test("works on a 360 px wide screen, long names and errors included", async ({ userPage: page }) => {
    const long = `${"a-very-long-archive-name-without-spaces-".repeat(4)}.zip`;
    const tasks = [
      fakeTask(3, {
        status: "processing",
        summary: {
          phase: "compress_files",
          props: { src_multiple: ["cloudreve://my/x"], dst: `cloudreve://my/${"deep-folder-name/".repeat(6)}${long}`, failed: 0 },
        },
      }),
      fakeTask(2, {
        status: "error",
        type: "extract_archive",
        summary: { phase: "", props: { src: `cloudreve://my/${long}`, dst: "cloudreve://my/out" } },
        error: `failed to extract archive: handling file 3: ${"x".repeat(200)}: failed to upload file`,
        error_history: ["first attempt failed", "second attempt failed"],
        retry_count: 2,
      }),
      fakeTask(1, { type: "import", summary: { props: { src_str: "/mnt/storage/imports/2026", dst: "cloudreve://u@my/imports", failed: 0 } } }),
    ];
    await page.route("**/api/v4/workflow?*", (route) =>
      route.fulfill({ json: { code: 0, msg: "", data: { tasks, pagination: { page: 0, page_size: 25, is_cursor: true } } } }),
    );
    await page.route("**/api/v4/workflow/progress/*", (route) =>
      route.fulfill({ json: { code: 0, msg: "", data: { archive_count: { total: 10, current: 4, identifier: "" } } } }),
    );
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/tasks");
    await expect(taskList(page).getByRole("listitem")).toHaveCount(3);
    await expect(page.getByRole("progressbar", { name: "Files compressed" })).toHaveAttribute("aria-valuenow", "40");
    await page.getByRole("button", { name: "Show 2 earlier errors" }).click();
    await expect(page.getByRole("list", { name: "Errors of earlier attempts" }).getByRole("listitem")).toHaveCount(2);
    await expect(card(taskList(page), "/mnt/storage/imports/2026")).toContainText("Import");
    expect(await noHorizontalScroll(page)).toBeLessThanOrEqual(0);
    await expectAxeClean(page, "/tasks at 360 px");
  });
});

const downloadsList = (page: Page, name: "In progress" | "Finished") => page.getByRole("list", { name });

test.describe("remote downloads", () => {
  test("a download from a link that the server cannot carry out shows the server's reason", async ({ userPage: page, api, login }) => {
    test.skip(!groupCan(login, GroupPerm.RemoteDownload), "the account's group may not use remote downloads");
    test.slow();
    const folder = await testFolder(api, "downloads");
    // Nothing listens there: whether or not the server has a downloader set up, this one fails.
    const file = `nothing-${folder.name.slice(-8)}.bin`;
    const link = `http://127.0.0.1:9/${folder.name}/${file}`;
    try {
      await page.goto("/downloads");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Remote downloads");
      await expectAxeClean(page, "/downloads");
      await page.getByRole("button", { name: "New download" }).click();
      const dialog = page.getByRole("dialog", { name: "New remote download" });
      await dialog.getByRole("button", { name: "Start download" }).click();
      await expect(dialog.getByText("Enter at least one link.")).toBeVisible();
      await dialog.getByRole("textbox", { name: "Links" }).fill(`  ${link}  \n\n`);
      await dialog.getByRole("button", { name: "Choose folder" }).click();
      const picker = page.getByRole("dialog", { name: "Choose where to save the downloads" });
      await picker.getByRole("button", { name: folder.name }).click();
      await picker.getByRole("button", { name: "Use this folder" }).click();
      await expect(dialog.getByRole("textbox", { name: "Save in" })).toHaveValue(`My files/${folder.name}`);
      await expectAxeClean(page, "new download dialog");
      const created = page.waitForResponse((r) => r.url().endsWith("/api/v4/workflow/download") && r.request().method() === "POST");
      await dialog.getByRole("button", { name: "Start download" }).click();
      const tasks = ((await (await created).json()) as { data: TaskJson[] }).data;
      expect(tasks).toHaveLength(1);
      await expect(dialog).toBeHidden();
      await toast(page, "Download started");

      // The failure is the server's own words, with what it likely means.
      let failed: TaskJson | undefined;
      await expect.poll(async () => (failed = await findTask(api, "downloaded", tasks[0]!.id))?.status, { timeout: 90_000 }).toBe("error");
      const row = card(downloadsList(page, "Finished"), file);
      await expect(row.getByText("Failed", { exact: true })).toBeVisible({ timeout: 15_000 });
      await expect(row.getByText(failed!.error!, { exact: true })).toBeVisible();
      await expect(row.getByText("the server's downloader may not be set up")).toBeVisible();
      await expect(row).toContainText(`From ${link}`);
      await expect(row).toContainText(`Into My files/${folder.name}`);
      await expectAxeClean(page, "/downloads with a failed download");
    } finally {
      await folder.cleanup();
    }
  });

  test("a download from a torrent file chosen in My files", async ({ userPage: page, api, login }) => {
    test.skip(!groupCan(login, GroupPerm.RemoteDownload), "the account's group may not use remote downloads");
    const folder = await testFolder(api, "torrent");
    const torrent = `linux-${folder.name.slice(-8)}.torrent`;
    try {
      await putFile(api, folder.child(torrent), "d8:announce0:4:infod4:name5:x.isoee");
      await putFile(api, folder.child("readme.txt"), "not a torrent");
      let sent: unknown;
      await page.route("**/api/v4/workflow/download", (route) => {
        sent = route.request().postDataJSON();
        return route.fallback();
      });
      await page.goto("/downloads");
      await page.getByRole("button", { name: "New download" }).click();
      const dialog = page.getByRole("dialog", { name: "New remote download" });
      await dialog.getByRole("radio", { name: "A torrent file in My files" }).check();
      await dialog.getByRole("button", { name: "Start download" }).click();
      await expect(dialog.getByText("Choose a torrent file.")).toBeVisible();

      // The picker shows folders and torrent files only.
      await dialog.getByRole("button", { name: "Choose torrent" }).click();
      const picker = page.getByRole("dialog", { name: "Choose a torrent file" });
      await picker.getByRole("button", { name: folder.name }).click();
      await expect(picker.getByRole("button", { name: torrent })).toBeVisible();
      await expect(picker.getByText("readme.txt")).toHaveCount(0);
      await expectAxeClean(page, "torrent picker");
      await picker.getByRole("button", { name: torrent }).click();
      await expect(picker).toBeHidden();
      await expect(dialog.getByRole("textbox", { name: "Torrent file" })).toHaveValue(`My files/${folder.name}/${torrent}`);
      await dialog.getByRole("button", { name: "Start download" }).click();
      await expect(dialog).toBeHidden();
      await toast(page, "Download started");
      expect(sent).toEqual({ src_file: folder.child(torrent), dst: "cloudreve://my" });
      await expect(page.getByRole("heading", { name: torrent, level: 3 })).toBeVisible();
    } finally {
      await folder.cleanup();
    }
  });

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

base.describe("remote downloads: without permission", () => {
  base("a group without remote downloads is told so plainly, with nothing to click", async ({ userPage: page, login }) => {
    base.skip(groupCan(login, GroupPerm.RemoteDownload), "the account's group may use remote downloads");
    await page.goto("/downloads");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Remote downloads");
    await expect(page.getByRole("heading", { name: "Remote downloads are not available for your account" })).toBeVisible();
    await expect(page.getByText("ask the site's administrator to allow remote downloads for your group")).toBeVisible();
    await expect(page.getByRole("button", { name: "New download" })).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Remote downloads" })).toHaveCount(0);
    await expectAxeClean(page, "/downloads without permission");
  });

  base("a group without archive tasks is not offered to run one again", async ({ userPage: page, login }) => {
    base.skip(groupCan(login, GroupPerm.ArchiveTask), "the account's group may run archive tasks");
    await page.route("**/api/v4/workflow?*", (route) =>
      route.fulfill({ json: { code: 0, msg: "", data: { tasks: [fakeTask(1)], pagination: { page: 0, page_size: 25, is_cursor: true } } } }),
    );
    await page.goto("/tasks");
    await expect(card(taskList(page), "archive-1.zip").getByText("Completed")).toBeVisible();
    await expect(page.getByRole("button", { name: /^Run again/ })).toHaveCount(0);
  });
});

test.describe("archives from the explorer", () => {
  test("compresses a selection from its context menu, then extracts the zip; the folder shows each result when its task ends", async ({
    userPage: page,
    api,
    login,
  }) => {
    test.skip(!groupCan(login, GroupPerm.ArchiveTask), "the account's group may not run archive tasks");
    const folder = await twoFiles(api, "explorer-zip");
    try {
      await mkdir(api, folder.child("unpacked"));
      await page.goto(`/home?path=${encodeURIComponent(folder.uri)}`);
      await item(page, "alpha.txt").click();
      await item(page, "beta.txt").click({ modifiers: ["Shift"] });
      await item(page, "beta.txt").click({ button: "right" });
      await page.getByRole("menuitem", { name: "Compress to zip" }).click();
      const dialog = page.getByRole("dialog", { name: "Create archive" });
      await dialog.getByRole("textbox", { name: "Archive name" }).fill("both.zip");
      await dialog.getByRole("button", { name: "Create archive" }).click();
      await toast(page, "Creating “both.zip” in the background");
      // No reload: the folder refreshes by itself once the task has ended.
      await expect(item(page, "both.zip")).toBeVisible({ timeout: 45_000 });

      await item(page, "both.zip").click({ button: "right" });
      await page.getByRole("menuitem", { name: "Extract…" }).click();
      const extractDialog = page.getByRole("dialog", { name: "Extract archive" });
      await expect(extractDialog.getByRole("textbox", { name: "Extract to" })).toHaveValue(`My files/${folder.name}`);
      await extractDialog.getByRole("button", { name: "Choose folder" }).click();
      const picker = page.getByRole("dialog", { name: "Choose where to extract to" });
      await picker.getByRole("button", { name: "unpacked" }).click();
      await expect(picker.getByRole("navigation").getByText("unpacked")).toBeVisible();
      await picker.getByRole("button", { name: "Use this folder" }).click();
      await extractDialog.getByRole("button", { name: "Extract", exact: true }).click();
      await toast(page, "Extracting “both.zip” in the background");
      await expect.poll(() => namesIn(api, folder.child("unpacked")), { timeout: 45_000 }).toEqual(["alpha.txt", "beta.txt"]);
    } finally {
      await folder.cleanup();
    }
  });
});
