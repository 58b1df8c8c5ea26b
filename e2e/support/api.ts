import { randomUUID } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import { hasGroupPerm, type GroupPerm } from "../../src/lib/capabilities";
import { isRealServer } from "./target";

export interface Envelope<T = unknown> {
  code: number;
  msg: string;
  data?: T;
  aggregated_error?: Record<string, { code: number; msg: string }>;
}

export interface LoginData {
  user: { id: string; email: string; nickname: string } & Record<string, unknown>;
  token: { access_token: string; refresh_token: string; access_expires: string; refresh_expires: string };
}

export interface Account {
  email: string;
  password: string;
}

/** Every test folder's name starts with this, so what tests leave in a shared trash can be found. */
export const E2E_PREFIX = "e2e-";

/** An answer that is no envelope at all. */
export class HttpFailure extends Error {
  constructor(
    what: string,
    readonly status: number,
    body: string,
  ) {
    super(`${what} → HTTP ${status} ${body ? body.slice(0, 200) : "(empty body)"}`);
  }
}

/** Calls the API the way the app does (envelope in, envelope out), from the test process. */
export class Api {
  constructor(
    readonly request: APIRequestContext,
    public token?: string,
  ) {}

  async call<T = unknown>(method: string, path: string, body?: unknown, query?: Record<string, string>): Promise<Envelope<T>> {
    const url = `/api/v4${path}${query ? `?${new URLSearchParams(query)}` : ""}`;
    const res = await this.request.fetch(url, {
      method,
      data: body === undefined ? undefined : JSON.stringify(body),
      headers: { "Content-Type": "application/json", ...(this.token ? { Authorization: `Bearer ${this.token}` } : {}) },
    });
    const text = await res.text();
    try {
      return JSON.parse(text) as Envelope<T>;
    } catch {
      // A real server answers a crash with an empty HTTP 500.
      throw new HttpFailure(`${method} ${path}`, res.status(), text);
    }
  }

  /** Like call, but fails the test with the server's message when the code is not 0. */
  async ok<T = unknown>(method: string, path: string, body?: unknown, query?: Record<string, string>): Promise<T> {
    const env = await this.call<T>(method, path, body, query);
    if (env.code !== 0) throw new Error(`${method} ${path} → ${env.code} ${env.msg}`);
    return env.data as T;
  }

  /**
   * One listing page, always with page size and order: a listing without them rewrites the
   * server's shared default view (docs/server-behaviour.md, "Listing").
   */
  list<T = unknown>(uri: string, opts: { pageSize?: number; token?: string } = {}): Promise<T> {
    return this.ok<T>("GET", "/file", undefined, {
      uri,
      page_size: String(opts.pageSize ?? 1000),
      order_by: "name",
      order_direction: "asc",
      ...(opts.token ? { next_page_token: opts.token } : {}),
    });
  }

  async login(account: Account): Promise<LoginData> {
    const data = await this.ok<LoginData>("POST", "/session/token", { email: account.email, password: account.password });
    this.token = data.token.access_token;
    return data;
  }
}

/** Stand-in only: the test-mode hooks under /api/__test. */
export async function testHook<T = unknown>(request: APIRequestContext, method: string, path: string, body?: unknown): Promise<T> {
  const res = await request.fetch(`/api/__test${path}`, {
    method,
    data: body === undefined ? undefined : JSON.stringify(body),
    headers: { "Content-Type": "application/json" },
  });
  const env = (await res.json()) as Envelope<T>;
  if (env.code !== 0) throw new Error(`test hook ${path} → ${env.code} ${env.msg}`);
  return env.data as T;
}

/**
 * A fresh account per test on the stand-in (tests never share state); on a real server the one
 * account named by CLOUDREVE_USER / CLOUDREVE_PASSWORD (tests then run one at a time and clean up
 * after themselves).
 */
export async function freshAccount(request: APIRequestContext, group: "user" | "admin" | "readonly" = "user", storage?: AccountStorage): Promise<Account> {
  if (isRealServer()) {
    const email = process.env.CLOUDREVE_USER;
    const password = process.env.CLOUDREVE_PASSWORD;
    if (!email || !password) throw new Error("CLOUDREVE_USER and CLOUDREVE_PASSWORD are required with CLOUDREVE_URL");
    return { email, password };
  }
  const account = { email: `u-${randomUUID().slice(0, 8)}@example.com`, password: `pw-${randomUUID().slice(0, 12)}` };
  await testHook(request, "POST", "/users", { ...account, group, ...(storage && { policy_type: storage.policyType, chunk_size: storage.chunkSize }) });
  return account;
}

/** Stand-in only: the storage policy behind a fresh account (as a real server's group would set it). */
export interface AccountStorage {
  policyType: "local" | "s3";
  chunkSize: number;
}

/** Puts a signed-in session into the page's storage in the official `cloudreve_session` layout. */
export async function signInPage(page: Page, login: LoginData): Promise<void> {
  const state = { current: login.user.id, sessions: { [login.user.id]: { user: login.user, token: login.token, settings: {} } }, anonymousSettings: {} };
  await page.addInitScript((value) => {
    if (!sessionStorage.getItem("__e2e_seeded")) {
      localStorage.setItem("cloudreve_session", value);
      sessionStorage.setItem("__e2e_seeded", "1");
    }
  }, JSON.stringify(state));
}

/**
 * A second account, for journeys between two people (a visitor saving someone's share). On a real
 * server: CLOUDREVE_USER2 / CLOUDREVE_PASSWORD2, else a new account when the site lets anyone sign
 * up without activation; undefined when neither is possible.
 */
export async function secondAccount(request: APIRequestContext): Promise<Account | undefined> {
  if (!isRealServer()) return freshAccount(request);
  const email = process.env.CLOUDREVE_USER2;
  const password = process.env.CLOUDREVE_PASSWORD2;
  if (email && password) return { email, password };
  const account = { email: `e2e-${randomUUID().slice(0, 8)}@example.com`, password: `pw-${randomUUID().slice(0, 12)}` };
  const made = await new Api(request).call("POST", "/user", { ...account, language: "en-US" });
  return made.code === 0 ? account : undefined;
}

/** Whether the signed-in account's group has a permission bit (read, never assumed). */
export function groupCan(login: LoginData, perm: GroupPerm): boolean {
  const group = login.user.group as { permission?: string } | undefined;
  return hasGroupPerm(group?.permission, perm);
}
