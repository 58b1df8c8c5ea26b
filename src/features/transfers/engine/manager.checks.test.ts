// What is refused before sending, name conflicts and their answers, and a stored copy of the wrong size.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { resetFakes, server, transport, file, states, until, watch } from "./manager.fakes";

vi.mock("./serverApi", async () => (await import("./manager.fakes")).fakeServerApi());
vi.mock("./drivers", async () => (await import("./manager.fakes")).fakeDrivers());

const { UploadManager } = await import("./manager");

beforeEach(resetFakes);

describe("UploadManager", () => {
  it("refuses files the policy or the quota would refuse, before any session request", async () => {
    server.policy = { id: "pol", type: "local", max_size: 100, allowed_suffix: ["txt"] };
    server.quota = 150;
    const m = watch(new UploadManager());
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
    const m = watch(new UploadManager());
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
    const m = watch(new UploadManager());
    m.enqueue("cloudreve://my", [{ file: file("a.txt"), path: "a.txt" }]);
    await until(() => m.getSnapshot().conflicts.length === 1);
    m.resolveConflict(m.getSnapshot().conflicts[0]!.id, "skip", false);
    await until(() => states(m)["a.txt"] === "skipped");
    expect(server.sessions).toHaveLength(0);
  });

  it("fails, naming both sizes, when the server stored another size than the file's", async () => {
    server.stored.set("cloudreve://my/a.bin", 20);
    const m = watch(new UploadManager());
    m.enqueue("cloudreve://my", [{ file: file("a.bin", 25), path: "a.bin" }]);
    await until(() => transport.running.has("a.bin"));
    transport.running.get("a.bin")!.resolve();
    await until(() => states(m)["a.bin"] === "failed", "failed");
    expect(m.getSnapshot().tasks[0]!.error).toEqual({ kind: "sizeMismatch", stored: 20, expected: 25 });
  });
});
