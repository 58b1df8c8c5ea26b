import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { hasGroupPerm, GroupPerm } from "../src/lib/capabilities";
import { Api, freshAccount, signInPage, type LoginData } from "./support/api";
import { isRealServer } from "./support/target";

/**
 * An administrator for dashboard journeys: a fresh one on the stand-in, the configured account on a
 * real server (undefined when that account is not in an administrator group, so the test skips).
 */
export async function adminLogin(request: APIRequestContext): Promise<{ api: Api; login: LoginData } | undefined> {
  const account = await freshAccount(request, isRealServer() ? "user" : "admin");
  const api = new Api(request);
  const login = await api.login(account);
  const group = login.user.group as { permission?: string } | undefined;
  return hasGroupPerm(group?.permission, GroupPerm.IsAdmin) ? { api, login } : undefined;
}

/**
 * A page signed in as the administrator, on a dashboard page, once its heading shows. The first
 * visit loads the dashboard's code and texts: that wait gets a longer limit than a click's.
 */
export async function adminPage(page: Page, login: LoginData, path = "/admin/home"): Promise<void> {
  await signInPage(page, login);
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible({ timeout: 30_000 });
}

/** Reads settings by key through the admin API (only keys the server has come back). */
export const readSettings = (api: Api, keys: string[]) => api.ok<Record<string, string>>("POST", "/admin/settings", { keys });
export const writeSettings = (api: Api, settings: Record<string, string>) => api.ok<Record<string, string>>("PATCH", "/admin/settings", { settings });

export interface AdminGroupJson {
  id: number;
  name: string;
  permissions: string;
  max_storage: number;
  settings?: Record<string, unknown>;
  edges?: { storage_policies?: { id: number } };
}

/** The dashboard's chunks (named after their modules): none of them may load for other users. */
export const DASHBOARD_CHUNK =
  /\/assets\/(AdminApp|SummaryPage|UsersPage|GroupsPage|GroupEditPage|PoliciesPage|PolicyEditPage|FilesPage|SharesPage|TrendChart)-[\w-]+\.js$/;
