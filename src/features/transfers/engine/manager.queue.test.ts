// The queue: how many files run at once, pause, resume, cancel, retry, and a lost session.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { resetFakes, server, transport, file, states, until, watch } from "./manager.fakes";

vi.mock("./serverApi", async () => (await import("./manager.fakes")).fakeServerApi());
vi.mock("./drivers", async () => (await import("./manager.fakes")).fakeDrivers());

const { UploadManager } = await import("./manager");
const { TransferError } = await import("./http");

beforeEach(resetFakes);

describe("UploadManager", () => {
  it("uploads at most `concurrent_limit` files at a time, in order", async () => {
    const m = watch(new UploadManager());
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
    const m = watch(new UploadManager());
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
    const m = watch(new UploadManager());
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
    const m = watch(new UploadManager());
    m.enqueue("cloudreve://my", [{ file: file("a"), path: "a" }]);
    await until(() => transport.running.has("a"));
    transport.running.get("a")!.reject(new TransferError("gone", { retryable: false, code: 40011 }));
    await until(() => server.sessions.length === 2 && transport.running.has("a"), "second session");
    transport.running.get("a")!.resolve();
    await until(() => states(m).a === "done");
  });

  it("reports busy while anything is on its way (the page warns before closing)", async () => {
    const m = watch(new UploadManager());
    expect(m.busy).toBe(false);
    m.enqueue("cloudreve://my", [{ file: file("a"), path: "a" }]);
    expect(m.busy).toBe(true);
    await until(() => transport.running.has("a"));
    transport.running.get("a")!.resolve();
    await until(() => states(m).a === "done");
    expect(m.busy).toBe(false);
  });
});
