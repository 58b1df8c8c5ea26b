// Helpers for the explorer specs: per-test folders made through the API (so the suite also runs
// against a real server) and user-facing locators.
import { randomUUID } from "node:crypto";
import { expect, type Locator, type Page } from "@playwright/test";
import { Api, E2E_PREFIX, HttpFailure } from "./support/api";

export interface TestFolder {
  name: string;
  uri: string;
  /** URI of a child (names encoded like the server does). */
  child: (...names: string[]) => string;
  cleanup: () => Promise<void>;
}

const enc = (names: string[]) => names.map((n) => "/" + encodeURIComponent(n)).join("");

/** A folder of its own under My files, deleted (for good) when the test ends. */
export async function testFolder(api: Api, label: string): Promise<TestFolder> {
  const name = `${E2E_PREFIX}${label}-${randomUUID().slice(0, 8)}`;
  const uri = `cloudreve://my/${encodeURIComponent(name)}`;
  await create(api, uri, "folder");
  return {
    name,
    uri,
    child: (...names) => uri + enc(names),
    // Runs in `finally`: a failing cleanup must not hide the error that ended the test.
    cleanup: async () => {
      await api.call("DELETE", "/file", { uris: [uri], skip_soft_delete: true }).catch(() => undefined);
    },
  };
}

/**
 * Creates a file or folder. A real server sometimes crashes answering `POST /file/create` (an empty
 * HTTP 500) after it created the item: what counts is whether the item is there.
 */
async function create(api: Api, uri: string, type: "file" | "folder") {
  try {
    await api.ok("POST", "/file/create", { uri, type });
  } catch (e) {
    if (!(e instanceof HttpFailure && e.status >= 500)) throw e;
    const info = await api.call<{ type: number }>("GET", "/file/info", undefined, { uri });
    if (info.code !== 0 || info.data?.type !== (type === "folder" ? 1 : 0)) throw e;
  }
}

export const mkdir = (api: Api, uri: string) => create(api, uri, "folder");
export const touch = (api: Api, uri: string) => create(api, uri, "file");

/**
 * The view the server saved for a folder itself. A listing's `view` cannot tell: it carries the
 * page size and order the listing asked for.
 */
export async function savedView<T = Record<string, unknown>>(api: Api, uri: string): Promise<T | undefined> {
  const info = await api.ok<{ extended_info?: { view?: T } }>("GET", "/file/info", undefined, { uri, extended: "true" });
  return info.extended_info?.view;
}

/** Names directly inside a folder, from the API (what the server really holds). */
export async function namesIn(api: Api, uri: string): Promise<string[]> {
  const data = await api.list<{ files: { name: string }[] }>(uri, { pageSize: 200 });
  return data.files.map((f) => f.name).sort();
}

/** Names of trash entries that came from below `folder`. */
export async function trashedFrom(api: Api, folder: string): Promise<string[]> {
  const trash = await api.list<{ files: { name: string; metadata?: Record<string, string> | null }[] }>("cloudreve://trash");
  return trash.files.filter((f) => f.metadata?.["sys:restore_uri"]?.startsWith(`${folder}/`)).map((f) => f.name);
}

export const homeUrl = (uri: string) => `/home?path=${encodeURIComponent(uri)}`;

/** The file view (grid in list layout, listbox in grid/gallery). */
export function view(page: Page): Locator {
  return page.locator("[data-explorer-view]");
}

/** One item of the view by its exact name (row in list layout, option in grid/gallery). */
export function item(page: Page, name: string): Locator {
  const v = view(page);
  // List rows are named "<name>, <size or Folder>, <date>"; tiles by the name alone.
  return v.getByRole("row", { name: new RegExp(`^${escapeRegExp(name)}, `) }).or(v.getByRole("option", { name, exact: true }));
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Switches the layout by its toolbar button, once the folder's items show, so the click changes the
 * folder's own view rather than the provisional one the toolbar shows while the listing loads (a
 * click then is kept too, see explorer-view.spec.ts, but the tests here are about other things).
 */
export async function useLayout(page: Page, layout: "list" | "grid" | "gallery") {
  const label = { list: "List view", grid: "Grid view", gallery: "Gallery view" }[layout];
  await view(page).waitFor();
  await page.getByRole("button", { name: label, exact: true }).click();
  await page.waitForSelector(layout === "list" ? "[data-explorer-view][role=grid]" : "[data-explorer-view][role=listbox]");
}

/** Opens the context menu of an item and picks an action by its label. */
export async function contextAction(page: Page, target: Locator, action: string | RegExp) {
  await target.click({ button: "right" });
  await page.getByRole("menuitem", { name: action }).click();
}

/**
 * The message with `text`, once it shows. Messages show one at a time, each for 6 s: those queued
 * in front of it are closed the way a user would, not waited out. Errors are left standing (they
 * stay until dismissed), so an unexpected one still keeps the awaited message from showing.
 */
export async function toast(page: Page, text: string | RegExp): Promise<Locator> {
  const snackbars = page.locator(".MuiSnackbar-root");
  const t = snackbars.filter({ hasText: text }).first();
  const inFront = snackbars.filter({ hasNotText: text }).getByRole("status").getByRole("button", { name: "Close" });
  await expect(async () => {
    if (await t.isVisible()) return;
    if (await inFront.count()) await inFront.first().click({ timeout: 2_000 });
    throw new Error(`no message ${String(text)} showing yet`);
  }).toPass({ intervals: [200], timeout: 30_000 });
  return t;
}
