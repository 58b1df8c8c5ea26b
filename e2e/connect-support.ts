// Shared by the WebDAV connect specs: the account that may use WebDAV, the accounts as the API
// lists them, and the list's locators.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { test as base } from "./support/fixtures";
import { E2E_PREFIX, freshAccount, type Api } from "./support/api";

export interface DavAccount {
  id: string;
  name: string;
  uri: string;
  password: string;
  options: string;
}

// WebDAV journeys need a group with WebDAV: on the stand-in an administrator's fresh account (the
// default user group has none, as on a real install); on a real server the configured account,
// whose group is read, never assumed.
export const test = base.extend({
  account: async ({ request }, use) => {
    await use(await freshAccount(request, "admin"));
  },
});

/** Every account of the caller, through all pages. */
export async function davAccounts(api: Api): Promise<DavAccount[]> {
  const all: DavAccount[] = [];
  let token = "";
  do {
    const page = await api.ok<{ accounts: DavAccount[]; pagination: { next_token?: string } }>("GET", "/devices/dav", undefined, {
      page_size: "100",
      ...(token ? { next_page_token: token } : {}),
    });
    all.push(...page.accounts);
    token = page.pagination.next_token ?? "";
  } while (token);
  return all;
}

/** A name prefix of the test's own, and a clean-up that deletes every account carrying it. */
export function davNames(api: Api) {
  const prefix = `${E2E_PREFIX}dav-${randomUUID().slice(0, 8)}`;
  return {
    prefix,
    cleanup: async () => {
      const ours = (await davAccounts(api).catch(() => [])).filter((a) => a.name.startsWith(prefix));
      await Promise.all(ours.map((a) => api.call("DELETE", `/devices/dav/${a.id}`).catch(() => undefined)));
    },
  };
}

export const accountList = (page: Page) => page.getByRole("list", { name: "WebDAV accounts" });
export const row = (page: Page, name: string) =>
  accountList(page)
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name, exact: true }) });
