// The manager with its I/O replaced: the server API and the storage drivers are fakes, so these
// tests check the orchestration — file concurrency, pause/resume/cancel/retry, conflicts, checks.
import { beforeEach, describe, expect, it, vi } from "vitest";

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

const server = vi.hoisted(() => ({
  policy: { id: "pol", type: "local", max_size: 0 } as Record<string, unknown> | undefined,
  quota: Infinity,
  existing: new Set<string>(),
  sessions: [] as { uri: string; size: number; entity_type?: string }[],
  /** What the server reports as stored, by URI; by default the size the session was made for. */
  stored: new Map<string, number>(),
  deleted: [] as string[],
  nextSession: 0,
}));

vi.mock("./serverApi", async () => {
  const { ApiError } = await import("../../../api/errors");
  return {
    folderPolicy: vi.fn(async () => server.policy),
    remainingQuota: vi.fn(async () => server.quota),
    storedSize: vi.fn(async (uri: string) => server.stored.get(uri) ?? server.sessions.findLast((s) => s.uri === uri)?.size ?? -1),
    createSession: vi.fn(async (req: { uri: string; size: number; entity_type?: string }) => {
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
    }),
    deleteSession: vi.fn(async (id: string) => {
      server.deleted.push(id);
    }),
  };
});

/** Each upload waits until the test releases it (or fails it), so concurrency is observable. */
const transport = vi.hoisted(() => ({
  running: new Map<string, { resolve: () => void; reject: (e: unknown) => void; done: number[] }>(),
  maxRunning: 0,
}));

vi.mock("./drivers", () => ({
  chunkConcurrency: () => 3,
  driverFor: () => ({
    resumable: true,
    ordered: true,
    upload: (ctx: {
      session: { uri: string };
      signal: AbortSignal;
      done: Set<number>;
      chunks: { index: number }[];
      onChunkDone: (i: number, e?: string) => void;
    }) =>
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
}));

const { UploadManager } = await import("./manager");
const { TransferError } = await import("./http");

const file = (name: string, size = 25) => new File([new Uint8Array(size)], name, { lastModified: 1 });
const tick = () => new Promise((r) => setTimeout(r, 5));
const states = (m: InstanceType<typeof UploadManager>) => Object.fromEntries(m.getSnapshot().tasks.map((t) => [t.name, t.state]));

let debugState: () => unknown = () => null;
async function until(pred: () => boolean, what = "condition") {
  for (let i = 0; i < 200; i++) {
    if (pred()) return;
    await tick();
  }
  throw new Error(`timed out waiting for ${what}: ${JSON.stringify(debugState())}`);
}

beforeEach(() => {
  localStorage.clear();
  server.policy = { id: "pol", type: "local", max_size: 0 };
  server.quota = Infinity;
  server.existing.clear();
  server.sessions.length = 0;
  server.stored.clear();
  server.deleted.length = 0;
  transport.running.clear();
  transport.maxRunning = 0;
});

describe("UploadManager", () => {
  it("uploads at most `concurrent_limit` files at a time, in order", async () => {
    const m = new UploadManager();
    debugState = () => m.getSnapshot().tasks.map((t) => [t.name, t.state, t.error]);
    m.setConcurrency(2);
    m.enqueue(
      "cloudreve://my",
      ["a", "b", "c", "d"].map((n) => ({ file: file(n), path: n })),
    );
    await until(() => transport.running.size === 2, "two running");
    expect([...transport.running.keys()]).toEqual(["a", "b"]);
    transport.running.get("a")!.resolve();
    await until(() => transport.running.has("c"), "c starts");
    for (const n of ["b", "c"]) transport.running.get(n)!.resolve();
    await until(() => transport.running.has("d"));
    transport.running.get("d")!.resolve();
    await until(() => Object.values(states(m)).every((s) => s === "done"), "all done");
    expect(transport.maxRunning).toBe(2);
  });

  it("tells a late host about folders that changed before it was there", async () => {
    const m = new UploadManager();
    m.enqueue("cloudreve://my/quick", [{ file: file("q.txt"), path: "q.txt" }]);
    await until(() => transport.running.has("q.txt"));
    transport.running.get("q.txt")!.resolve();
    await until(() => states(m)["q.txt"] === "done");
    const changed: string[] = [];
    m.setFilesChangedHandler((f) => changed.push(f));
    expect(changed).toEqual(["cloudreve://my/quick"]);
  });

  it("pauses, resumes with the same session, and cancels with DELETE /file/upload", async () => {
    const m = new UploadManager();
    debugState = () => m.getSnapshot().tasks.map((t) => [t.name, t.state, t.error]);
    m.enqueue("cloudreve://my/docs", [{ file: file("a.txt"), path: "a.txt" }]);
    await until(() => transport.running.has("a.txt"));
    const id = m.getSnapshot().tasks[0]!.id;
    m.pause(id);
    await until(() => states(m)["a.txt"] === "paused");
    expect(transport.running.size).toBe(0);
    m.resume(id);
    await until(() => transport.running.has("a.txt"), "restarted");
    expect(server.sessions).toHaveLength(1); // same session re-used
    m.cancel(id);
    await until(() => server.deleted.length === 1, "session deleted");
    expect(states(m)["a.txt"]).toBe("canceled");
  });

  it("retries a failed upload on request", async () => {
    const m = new UploadManager();
    debugState = () => m.getSnapshot().tasks.map((t) => [t.name, t.state, t.error]);
    m.enqueue("cloudreve://my", [{ file: file("a"), path: "a" }]);
    await until(() => transport.running.has("a"));
    transport.running.get("a")!.reject(new TransferError("HTTP 500", { retryable: true, status: 500 }));
    await until(() => states(m).a === "failed");
    expect(m.getSnapshot().tasks[0]!.error).toEqual({ kind: "transfer", message: "HTTP 500", status: 500 });
    m.retry(m.getSnapshot().tasks[0]!.id);
    await until(() => transport.running.has("a"));
    transport.running.get("a")!.resolve();
    await until(() => states(m).a === "done");
  });

  it("starts a fresh session once when the server lost it (40011)", async () => {
    const m = new UploadManager();
    debugState = () => m.getSnapshot().tasks.map((t) => [t.name, t.state, t.error]);
    m.enqueue("cloudreve://my", [{ file: file("a"), path: "a" }]);
    await until(() => transport.running.has("a"));
    transport.running.get("a")!.reject(new TransferError("gone", { retryable: false, code: 40011 }));
    await until(() => server.sessions.length === 2 && transport.running.has("a"), "second session");
    transport.running.get("a")!.resolve();
    await until(() => states(m).a === "done");
  });

  it("refuses files the policy or the quota would refuse, before any session request", async () => {
    server.policy = { id: "pol", type: "local", max_size: 100, allowed_suffix: ["txt"] };
    server.quota = 150;
    const m = new UploadManager();
    debugState = () => m.getSnapshot().tasks.map((t) => [t.name, t.state, t.error]);
    m.enqueue("cloudreve://my", [
      { file: file("big.txt", 101), path: "big.txt" },
      { file: file("x.exe", 10), path: "x.exe" },
      { file: file("ok.txt", 90), path: "ok.txt" },
      { file: file("over.txt", 90), path: "over.txt" },
      { file: file("bad", 1), path: "../bad" },
    ]);
    await until(() => transport.running.has("ok.txt"));
    const s = states(m);
    expect(s).toMatchObject({ "big.txt": "rejected", "x.exe": "rejected", "over.txt": "rejected" });
    expect(m.getSnapshot().tasks.find((t) => t.state === "rejected" && t.error?.kind === "invalidName")).toBeTruthy();
    expect(server.sessions.map((x) => x.uri)).toEqual(["cloudreve://my/ok.txt"]);
  });

  it("asks on a name conflict; 'keep both' renames, 'replace' uploads a new version, 'apply to all' answers the rest", async () => {
    server.existing = new Set(["cloudreve://my/a.txt", "cloudreve://my/b.txt", "cloudreve://my/c.txt", "cloudreve://my/a%20(1).txt"]);
    const m = new UploadManager();
    debugState = () => m.getSnapshot().tasks.map((t) => [t.name, t.state, t.error]);
    m.setConcurrency(1);
    m.enqueue(
      "cloudreve://my",
      ["a.txt", "b.txt", "c.txt"].map((n) => ({ file: file(n), path: n })),
    );
    // Conflicts do not hold a slot: all three are waiting for an answer, asked one at a time.
    await until(() => m.getSnapshot().conflicts.length === 3, "conflicts");
    m.resolveConflict(m.getSnapshot().conflicts[0]!.id, "rename", false);
    await until(() => transport.running.has("a (2).txt"), "renamed upload");
    transport.running.get("a (2).txt")!.resolve();
    expect(m.getSnapshot().conflicts.map((c) => c.name)).toEqual(["b.txt", "c.txt"]);
    m.resolveConflict(m.getSnapshot().conflicts[0]!.id, "overwrite", true);
    for (const n of ["b.txt", "c.txt"]) {
      await until(() => transport.running.has(n), n);
      transport.running.get(n)!.resolve();
    }
    await until(() => Object.values(states(m)).every((s) => s === "done"));
    expect(server.sessions.filter((x) => x.entity_type === "version").map((x) => x.uri)).toEqual(["cloudreve://my/b.txt", "cloudreve://my/c.txt"]);
  });

  it("skips on request", async () => {
    server.existing = new Set(["cloudreve://my/a.txt"]);
    const m = new UploadManager();
    debugState = () => m.getSnapshot().tasks.map((t) => [t.name, t.state, t.error]);
    m.enqueue("cloudreve://my", [{ file: file("a.txt"), path: "a.txt" }]);
    await until(() => m.getSnapshot().conflicts.length === 1);
    m.resolveConflict(m.getSnapshot().conflicts[0]!.id, "skip", false);
    await until(() => states(m)["a.txt"] === "skipped");
    expect(server.sessions).toHaveLength(0);
  });

  it("remembers unfinished uploads and resumes them when the same file is selected again", async () => {
    const m = new UploadManager();
    debugState = () => m.getSnapshot().tasks.map((t) => [t.name, t.state, t.error]);
    m.enqueue("cloudreve://my/docs", [{ file: file("a.bin", 25), path: "a.bin" }]);
    await until(() => transport.running.has("a.bin"));
    await until(() => localStorage.length === 1, "resume record");
    // A "reload": a new manager restores the row without its file.
    const after = new UploadManager();
    after.restore();
    expect(states(after)).toEqual({ "a.bin": "resumable" });
    const row = after.getSnapshot().tasks[0]!;
    expect(await after.reselect(row.id, file("other.bin", 25))).toBe(false);
    after.enqueue("cloudreve://my/docs", [{ file: file("a.bin", 25), path: "a.bin" }]);
    await until(() => states(after)["a.bin"] === "uploading", "resumed");
    expect(server.sessions).toHaveLength(1); // no new session
    expect(after.getSnapshot().tasks).toHaveLength(1);
  });

  it("fails, naming both sizes, when the server stored another size than the file's", async () => {
    server.stored.set("cloudreve://my/a.bin", 20);
    const m = new UploadManager();
    debugState = () => m.getSnapshot().tasks.map((t) => [t.name, t.state, t.error]);
    m.enqueue("cloudreve://my", [{ file: file("a.bin", 25), path: "a.bin" }]);
    await until(() => transport.running.has("a.bin"));
    transport.running.get("a.bin")!.resolve();
    await until(() => states(m)["a.bin"] === "failed", "failed");
    expect(m.getSnapshot().tasks[0]!.error).toEqual({ kind: "sizeMismatch", stored: 20, expected: 25 });
  });

  it("continues an ordered upload after a reload from the first chunk the server does not have", async () => {
    const m = new UploadManager();
    debugState = () => m.getSnapshot().tasks.map((t) => [t.name, t.state, t.error, t.sent]);
    m.enqueue("cloudreve://my/docs", [{ file: file("a.bin", 45), path: "a.bin" }]);
    await until(() => transport.running.has("a.bin") && localStorage.length === 1, "uploading with a resume record");
    // A record as an older version could leave it: chunks 0, 1 and 3 of 5 acknowledged.
    const key = localStorage.key(0)!;
    localStorage.setItem(key, JSON.stringify({ ...JSON.parse(localStorage.getItem(key)!), done: [0, 1, 3] }));
    const after = new UploadManager();
    after.restore();
    expect(after.getSnapshot().tasks[0]!.sent).toBe(20);
    after.enqueue("cloudreve://my/docs", [{ file: file("a.bin", 45), path: "a.bin" }]);
    await until(() => states(after)["a.bin"] === "uploading", "resumed");
    expect(transport.running.get("a.bin")!.done).toEqual([0, 1]);
  });

  it("reports busy while anything is on its way (the page warns before closing)", async () => {
    const m = new UploadManager();
    debugState = () => m.getSnapshot().tasks.map((t) => [t.name, t.state, t.error]);
    expect(m.busy).toBe(false);
    m.enqueue("cloudreve://my", [{ file: file("a"), path: "a" }]);
    expect(m.busy).toBe(true);
    await until(() => transport.running.has("a"));
    transport.running.get("a")!.resolve();
    await until(() => states(m).a === "done");
    expect(m.busy).toBe(false);
  });
});
