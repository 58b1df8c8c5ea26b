import { expect } from "vitest";
import type { TestServer } from "../testkit.ts";

/** What the task tests share: a task as the API shows it, fixtures and waits on the server under test. */
export interface TaskResponse {
  id: string;
  status: string;
  type: string;
  created_at: string;
  updated_at: string;
  node?: { id: string; name: string; type: string; capabilities: string };
  summary?: { phase?: string; props: Record<string, unknown> };
  error?: string;
  error_history?: string[];
  retry_count?: number;
}

/** Helpers bound to the test file's server (made in its beforeAll, hence the getter). */
export function taskKit(server: () => TestServer) {
  async function put(email: string, uri: string, content: Buffer | string) {
    const r = await server().api("POST", "/api/__test/files", { body: { owner: email, uri, content: Buffer.from(content).toString("base64") } });
    expect(r.env.code).toBe(0);
  }

  async function waitEnd(id: string, timeoutMs = 15000): Promise<TaskResponse> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const r = await server().api<{ task: TaskResponse }>("GET", `/api/__test/tasks/${id}`);
      const t = r.env.data.task;
      if (["completed", "error", "canceled"].includes(t.status)) return t;
      if (Date.now() > until) throw new Error(`task ${id} still ${t.status}`);
      await new Promise((res) => setTimeout(res, 20));
    }
  }

  async function names(auth: string, uri: string): Promise<string[]> {
    const r = await server().api<{ files: { name: string }[] }>(
      "GET",
      `/api/v4/file?uri=${encodeURIComponent(uri)}&page_size=100&order_by=name&order_direction=asc`,
      {
        auth,
      },
    );
    return r.env.data.files.map((f) => f.name);
  }

  async function bytesOf(auth: string, uri: string): Promise<Buffer> {
    const url = await server().api<{ urls: { url: string }[] }>("POST", "/api/v4/file/url", { auth, body: { uris: [uri] } });
    return Buffer.from(await (await fetch(url.env.data.urls[0]!.url)).arrayBuffer());
  }

  return { put, waitEnd, names, bytesOf };
}
