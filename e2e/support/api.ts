import { randomUUID } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
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
    return (await res.json()) as Envelope<T>;
  }

  /** Like call, but fails the test with the server's message when the code is not 0. */
  async ok<T = unknown>(method: string, path: string, body?: unknown, query?: Record<string, string>): Promise<T> {
    const env = await this.call<T>(method, path, body, query);
    if (env.code !== 0) throw new Error(`${method} ${path} → ${env.code} ${env.msg}`);
    return env.data as T;
  }

  async login(account: Account): Promise<LoginData> {
    const data = await this.ok<LoginData>("POST", "/session/token", { email: account.email, password: account.password });
    this.token = data.token.access_token;
    return data;
  }
}

/** Stand-in only: the test-mode hooks under /api/__test. */
export async function testHook<T = unknown>(request: APIRequestContext, method: string, path: string, body?: unknown): Promise<T> {
  const res = await request.fetch(`/api/__test${path}`, { method, data: body === undefined ? undefined : JSON.stringify(body), headers: { "Content-Type": "application/json" } });
  const env = (await res.json()) as Envelope<T>;
  if (env.code !== 0) throw new Error(`test hook ${path} → ${env.code} ${env.msg}`);
  return env.data as T;
}

/**
 * A fresh account per test on the stand-in (tests never share state); on a real server the one
 * account named by CLOUDREVE_USER / CLOUDREVE_PASSWORD.
 */
export async function freshAccount(
  request: APIRequestContext,
  group: "user" | "admin" | "readonly" = "user",
  storage?: AccountStorage,
): Promise<Account> {
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
