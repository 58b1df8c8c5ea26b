// Shared by the organizing specs: sizes, the folder tree's locators and what the API says a
// folder holds.
import type { Page } from "@playwright/test";
import { expect } from "./support/fixtures";

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 360, height: 780 };

export const tree = (page: Page) => page.getByRole("tree", { name: "Folders" });
export const treeItem = (page: Page, name: string) => tree(page).getByRole("treeitem", { name, exact: true });
export const heading = (page: Page) => page.getByRole("heading", { level: 1 });

export async function expectNoSidewaysScroll(page: Page) {
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
}

export async function namesIn(api: import("./support/api").Api, uri: string): Promise<string[]> {
  const res = await api.list<{ files: { name: string }[] }>(uri);
  return res.files.map((f) => f.name).sort();
}

export async function metadataOf(api: import("./support/api").Api, uri: string): Promise<Record<string, string>> {
  const info = await api.ok<{ metadata?: Record<string, string> | null }>("GET", "/file/info", undefined, { uri });
  return info.metadata ?? {};
}
