import { describe, expect, it } from "vitest";
import { clampConcurrency, pickToStart, totals, transition, type UploadEvent, type UploadState } from "./queue";

function walk(state: UploadState, ...events: UploadEvent[]): UploadState | null {
  let s: UploadState | null = state;
  for (const e of events) {
    if (!s) return null;
    s = transition(s, e);
  }
  return s;
}

describe("upload state machine", () => {
  it("runs the happy path", () => {
    expect(walk("queued", "start", "sessionReady", "finish", "complete")).toBe("done");
  });

  it("pauses and resumes through the queue (a resumed file waits for a free slot)", () => {
    expect(walk("queued", "start", "sessionReady", "pause")).toBe("paused");
    expect(walk("paused", "resume")).toBe("queued");
    expect(walk("queued", "pause", "resume", "start")).toBe("preparing");
  });

  it("cancels from every unfinished state", () => {
    for (const s of ["queued", "preparing", "uploading", "finishing", "paused", "conflict", "resumable", "failed"] as UploadState[]) {
      expect(transition(s, "cancel")).toBe("canceled");
    }
  });

  it("retries only failed uploads, back into the queue", () => {
    expect(walk("queued", "start", "sessionReady", "fail", "retry")).toBe("queued");
    expect(transition("uploading", "retry")).toBeNull();
    expect(transition("done", "retry")).toBeNull();
  });

  it("cannot pause while completing: that is one short request", () => {
    expect(transition("finishing", "pause")).toBeNull();
  });

  it("asks about conflicts and continues with the answer", () => {
    expect(walk("queued", "start", "conflict", "resolve")).toBe("queued");
    expect(walk("queued", "start", "conflict", "skip")).toBe("skipped");
  });

  it("rejects before sending anything", () => {
    expect(walk("queued", "reject")).toBe("rejected");
    expect(walk("queued", "start", "reject")).toBe("rejected");
    expect(transition("uploading", "reject")).toBeNull();
  });

  it("restores unfinished uploads as resumable until the file is selected again", () => {
    expect(walk("resumable", "reselect", "start")).toBe("preparing");
    expect(transition("resumable", "start")).toBeNull();
  });

  it("keeps finished states final", () => {
    for (const s of ["done", "canceled", "skipped", "rejected"] as UploadState[]) {
      for (const e of ["start", "pause", "resume", "cancel", "retry", "complete"] as UploadEvent[]) expect(transition(s, e)).toBeNull();
    }
  });
});

describe("pickToStart (file concurrency)", () => {
  const q = (id: string, state: UploadState) => ({ id, state });

  it("starts queued files in order up to the limit", () => {
    expect(pickToStart([q("a", "queued"), q("b", "queued"), q("c", "queued"), q("d", "queued")], 3)).toEqual(["a", "b", "c"]);
  });

  it("counts preparing, uploading and finishing files against the limit", () => {
    const tasks = [q("a", "preparing"), q("b", "uploading"), q("c", "finishing"), q("d", "queued"), q("e", "queued")];
    expect(pickToStart(tasks, 3)).toEqual([]);
    expect(pickToStart(tasks, 4)).toEqual(["d"]);
  });

  it("does not count paused, failed, conflicting or finished files", () => {
    const tasks = [q("a", "paused"), q("b", "failed"), q("c", "conflict"), q("d", "done"), q("e", "queued"), q("f", "queued")];
    expect(pickToStart(tasks, 2)).toEqual(["e", "f"]);
  });

  it("clamps the limit to 1–20 and ignores nonsense", () => {
    const many = Array.from({ length: 30 }, (_, i) => q(String(i), "queued"));
    expect(pickToStart(many, 0)).toHaveLength(1);
    expect(pickToStart(many, 99)).toHaveLength(20);
    expect(clampConcurrency("x")).toBe(3);
    expect(clampConcurrency(4.9)).toBe(4);
    expect(clampConcurrency(undefined, 5)).toBe(5);
  });
});

describe("totals", () => {
  it("adds up bytes of rows that will be uploaded, done rows fully", () => {
    const t = totals([
      { state: "done", size: 100, sent: 0 },
      { state: "uploading", size: 100, sent: 40 },
      { state: "queued", size: 50, sent: 0 },
      { state: "failed", size: 10, sent: 5 },
      { state: "canceled", size: 1000, sent: 500 },
      { state: "rejected", size: 1000, sent: 0 },
    ]);
    expect(t).toEqual({ bytes: 260, sent: 145, active: 1, waiting: 1, done: 1, failed: 1, count: 4 });
  });
});
