// Shared by the tasks and remote-download specs: the tasks API as the app reads it, and locators
// for the task cards.
import type { Locator, Page } from "@playwright/test";
import { expect, test as base } from "./support/fixtures";
import { freshAccount, type Api } from "./support/api";
import { testFolder, type TestFolder } from "./explorer-support";
import { putFile } from "./shares-support";

export interface TaskJson {
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
export const test = base.extend({
  account: async ({ request }, use) => {
    await use(await freshAccount(request, "admin"));
  },
});

export const SETTLED = ["completed", "error", "canceled"];

/** One task as the list shows it (the progress route knows only running ones). */
export async function findTask(api: Api, category: "general" | "downloading" | "downloaded", id: string): Promise<TaskJson | undefined> {
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
export async function settled(api: Api, id: string, timeout = 45_000): Promise<TaskJson> {
  let last: TaskJson | undefined;
  await expect
    .poll(async () => (last = await findTask(api, "general", id))?.status, { timeout, message: `task ${id} to end` })
    .toMatch(new RegExp(`^(${SETTLED.join("|")})$`));
  return last!;
}

export const archive = (api: Api, src: string[], dst: string) => api.ok<TaskJson>("POST", "/workflow/archive", { src, dst });
export const extract = (api: Api, src: string, dst: string) => api.ok<TaskJson>("POST", "/workflow/extract", { src: [src], dst });

/** A folder of its own holding two small text files. */
export async function twoFiles(api: Api, label: string): Promise<TestFolder & { files: string[] }> {
  const folder = await testFolder(api, label);
  await putFile(api, folder.child("alpha.txt"), "first file\n");
  await putFile(api, folder.child("beta.txt"), "second file\n");
  return { ...folder, files: [folder.child("alpha.txt"), folder.child("beta.txt")] };
}

/** Names directly inside a folder, from the API. */
export async function namesIn(api: Api, uri: string): Promise<string[]> {
  const data = await api.list<{ files: { name: string }[] }>(uri, { pageSize: 200 });
  return data.files.map((f) => f.name).sort();
}

/** A stored file's bytes, read through a signed URL on the site under test. */
export async function storedBytes(api: Api, uri: string): Promise<Buffer> {
  const { urls } = await api.ok<{ urls: { url: string }[] }>("POST", "/file/url", { uris: [uri], download: true });
  const signed = new URL(urls[0]!.url);
  const res = await api.request.get(signed.pathname + signed.search);
  expect(res.headers()["content-type"] ?? "").not.toContain("application/json");
  return res.body();
}

export const taskList = (page: Page) => page.getByRole("list", { name: "Background tasks" });
export const card = (list: Locator, name: string) => list.getByRole("listitem").filter({ has: list.page().getByRole("heading", { name, exact: true }) });
export const noHorizontalScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** A made-up task page, for layout and paging tests that must not leave tasks on a real account. */
export function fakeTask(i: number, over: Partial<TaskJson> & Record<string, unknown> = {}): Record<string, unknown> {
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

export const downloadsList = (page: Page, name: "In progress" | "Finished") => page.getByRole("list", { name });
