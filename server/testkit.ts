import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import { createApp, type App } from "./app.ts";
import { seed } from "./seed.ts";
import { issueTokens } from "./core/tokens.ts";
import { GROUP_ADMIN, GROUP_USER, newUser } from "./state/seedUsers.ts";
import type { User } from "./state/types.ts";

/**
 * A stand-in on an ephemeral port with an empty file tree, for the server's unit tests
 * (`server/**\/*.test.ts`). Not used by the app or the e2e suite.
 */
export interface TestServer {
  app: App;
  port: number;
  /** `http://127.0.0.1:<port>` */
  base: string;
  /** A fresh account (own root folder), signed in: its bearer token is `auth`. */
  user(group?: "user" | "admin"): { user: User; auth: string };
  /** JSON API call; returns the parsed envelope and the HTTP status. */
  api<T = unknown>(
    method: string,
    path: string,
    opts?: { auth?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<{ status: number; env: Envelope<T>; headers: Headers }>;
  close(): Promise<void>;
}

export interface Envelope<T> {
  code: number;
  msg: string;
  data: T;
  correlation_id?: string;
  aggregated_error?: Record<string, { code: number; msg: string }>;
}

let accounts = 0;

export async function startTestServer(opts: { testMode?: boolean } = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), "standin-unit-"));
  const app = createApp({ host: "127.0.0.1", port: 0, dataDir, seed: false, testMode: opts.testMode ?? true, secret: "unit-secret" });
  await seed(app.state, { files: false });
  await new Promise<void>((resolve) => app.server.listen(0, "127.0.0.1", resolve));
  const port = (app.server.address() as AddressInfo).port;
  // The site URL defaults to the configured port, which is 0 here: use the real one.
  app.state.config.siteUrl = app.state.settings.siteUrl = `http://127.0.0.1:${port},http://localhost:${port}`;
  const base = `http://127.0.0.1:${port}`;

  return {
    app,
    port,
    base,
    user(group = "user") {
      const n = ++accounts;
      const user = app.state.addUser((id) => newUser(id, `unit${n}-${id}@example.com`, "", group === "admin" ? GROUP_ADMIN : GROUP_USER));
      return { user, auth: `Bearer ${issueTokens(app.state, user).access_token}` };
    },
    async api(method, path, o = {}) {
      const headers: Record<string, string> = { ...o.headers };
      if (o.auth) headers.Authorization = o.auth;
      let body: string | undefined;
      if (o.body !== undefined) {
        headers["Content-Type"] = "application/json";
        body = JSON.stringify(o.body);
      }
      const res = await fetch(base + path, { method, headers, body });
      const text = await res.text();
      let env: Envelope<never>;
      try {
        env = JSON.parse(text) as Envelope<never>;
      } catch {
        env = { code: Number.NaN, msg: text, data: undefined as never };
      }
      return { status: res.status, env, headers: res.headers };
    },
    async close() {
      app.server.closeAllConnections();
      await new Promise<void>((resolve) => app.server.close(() => resolve()));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
