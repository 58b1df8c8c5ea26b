// Unfinished uploads after a reload: remembered, matched to the file selected again, continued.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { resetFakes, server, transport, file, states, until, watch } from "./manager.fakes";

vi.mock("./serverApi", async () => (await import("./manager.fakes")).fakeServerApi());
vi.mock("./drivers", async () => (await import("./manager.fakes")).fakeDrivers());

const { UploadManager } = await import("./manager");

beforeEach(resetFakes);

describe("UploadManager", () => {
  it("remembers unfinished uploads and resumes them when the same file is selected again", async () => {
    const m = watch(new UploadManager());
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

  it("continues an ordered upload after a reload from the first chunk the server does not have", async () => {
    const m = watch(new UploadManager());
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
});
