// The manager's I/O replaced for its tests: the server API and the storage drivers are fakes, so
// the tests check the orchestration (file concurrency, pause/resume/cancel/retry, conflicts,
// checks, resume). Each test file mocks "./serverApi" and "./drivers" with the factories below.
import { vi } from "vitest";
import { ApiError } from "../../../api/errors";
import type { UploadManager } from "./manager";

class MemoryStorage {
  private m = new Map<string, string>();
  get length() {
    return this.m.size;
  }
  key(i: number) {
    return [...this.m.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.m.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.m.set(k, String(v));
  }
  removeItem(k: string) {
    this.m.delete(k);
  }
  clear() {
    this.m.clear();
  }
}
vi.stubGlobal("localStorage", new MemoryStorage());

export const server = {
  policy: { id: "pol", type: "local", max_size: 0 } as Record<string, unknown> | undefined,
  quota: Infinity,
  existing: new Set<string>(),
  sessions: [] as { uri: string; size: number; entity_type?: string }[],
  /** What the server reports as stored, by URI; by default the size the session was made for. */
  stored: new Map<string, number>(),
  deleted: [] as string[],
  nextSession: 0,
};

export const fakeServerApi = () => ({
  folderPolicy: async () => server.policy,
  remainingQuota: async () => server.quota,
  storedSize: async (uri: string) => server.stored.get(uri) ?? server.sessions.findLast((s) => s.uri === uri)?.size ?? -1,
  createSession: async (req: { uri: string; size: number; entity_type?: string }) => {
    if (server.existing.has(req.uri) && req.entity_type !== "version") throw new ApiError(40004, "Object existed");
    server.sessions.push(req);
    return {
      session_id: `s${++server.nextSession}`,
      upload_id: "",
      chunk_size: 10,
      expires: Date.now() / 1000 + 3600,
      uri: req.uri,
      callback_secret: "x",
      storage_policy: server.policy,
    };
  },
  deleteSession: async (id: string) => {
    server.deleted.push(id);
  },
});

/** Each upload waits until the test releases it (or fails it), so concurrency is observable. */
export const transport = {
  running: new Map<string, { resolve: () => void; reject: (e: unknown) => void; done: number[] }>(),
  maxRunning: 0,
};

interface FakeContext {
  session: { uri: string };
  signal: AbortSignal;
  done: Set<number>;
  chunks: { index: number }[];
  onChunkDone: (i: number, e?: string) => void;
}

export const fakeDrivers = () => ({
  chunkConcurrency: () => 3,
  driverFor: () => ({
    resumable: true,
    ordered: true,
    upload: (ctx: FakeContext) =>
      new Promise<void>((resolve, reject) => {
        const key = decodeURIComponent(ctx.session.uri.split("/").pop()!);
        transport.running.set(key, {
          done: [...ctx.done].sort((a, b) => a - b),
          resolve: () => {
            transport.running.delete(key);
            ctx.chunks.filter((c) => !ctx.done.has(c.index)).forEach((c) => ctx.onChunkDone(c.index));
            resolve();
          },
          reject: (e) => {
            transport.running.delete(key);
            reject(e);
          },
        });
        transport.maxRunning = Math.max(transport.maxRunning, transport.running.size);
        ctx.signal.addEventListener("abort", () => {
          transport.running.delete(key);
          reject(new DOMException("stopped", "AbortError"));
        });
      }),
    complete: async () => {},
  }),
});

/** Back to an empty server and storage with a plain local policy. */
export function resetFakes(): void {
  localStorage.clear();
  server.policy = { id: "pol", type: "local", max_size: 0 };
  server.quota = Infinity;
  server.existing.clear();
  server.sessions.length = 0;
  server.stored.clear();
  server.deleted.length = 0;
  transport.running.clear();
  transport.maxRunning = 0;
}

export const file = (name: string, size = 25) => new File([new Uint8Array(size)], name, { lastModified: 1 });
const tick = () => new Promise((r) => setTimeout(r, 5));
export const states = (m: UploadManager) => Object.fromEntries(m.getSnapshot().tasks.map((t) => [t.name, t.state]));

let watched: UploadManager | undefined;
/** The manager whose rows a timed-out wait prints. */
export function watch(m: UploadManager): UploadManager {
  watched = m;
  return m;
}

export async function until(pred: () => boolean, what = "condition") {
  for (let i = 0; i < 200; i++) {
    if (pred()) return;
    await tick();
  }
  const rows = watched?.getSnapshot().tasks.map((t) => [t.name, t.state, t.error, t.sent]);
  throw new Error(`timed out waiting for ${what}: ${JSON.stringify(rows ?? null)}`);
}
