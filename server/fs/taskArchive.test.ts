import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../testkit.ts";
import { taskKit, type TaskResponse } from "./taskTestKit.ts";
import { encodeId, IdType } from "../core/ids.ts";
import { readEntry, readZipEntries } from "./unzip.ts";

let srv: TestServer;
const { put, waitEnd, names, bytesOf } = taskKit(() => srv);
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(() => srv.close());
beforeEach(async () => {
  await srv.api("PATCH", "/api/__test/tasks", { body: { paused: false, stepDelayMs: 0, maxRetry: 5 } });
});

describe("compress task", () => {
  it("goes queued → processing → … → completed and writes a real zip", async () => {
    await srv.api("PATCH", "/api/__test/tasks", { body: { paused: true } });
    const { user, auth } = srv.user("admin");
    await put(user.email, "cloudreve://my/Folder/inner.txt", "inner");
    await put(user.email, "cloudreve://my/Folder/Sub/deep.txt", "deep");
    await put(user.email, "cloudreve://my/top.txt", "top");
    const created = await srv.api<TaskResponse>("POST", "/api/v4/workflow/archive", {
      auth,
      body: { src: ["cloudreve://my/Folder", "cloudreve://my/top.txt"], dst: "cloudreve://my/out/all.zip" },
    });
    expect(created.env.code).toBe(0);
    const t = created.env.data;
    expect(t).toMatchObject({
      status: "queued",
      type: "create_archive",
      summary: { props: { src_multiple: ["cloudreve://my/Folder", "cloudreve://my/top.txt"], dst: "cloudreve://my/out/all.zip", failed: 0 } },
    });
    expect(t.node).toBeUndefined();
    expect(t.summary!.phase).toBeUndefined();
    // The destination check created the missing parent folder, but no file yet.
    expect(await names(auth, "cloudreve://my/out")).toEqual([]);

    const seen: string[] = [];
    for (let i = 0; i < 10; i++) {
      const step = await srv.api<{ task: TaskResponse }>("POST", `/api/__test/tasks/${t.id}/advance`);
      const s = step.env.data.task;
      seen.push(`${s.status}:${s.summary?.phase ?? ""}`);
      if (s.status === "completed") break;
    }
    expect(seen).toEqual([
      "processing:",
      "suspending:compress_files",
      "processing:compress_files",
      "suspending:upload_archive",
      "processing:upload_archive",
      "completed:upload_archive",
    ]);

    const listed = await srv.api<{ tasks: TaskResponse[] }>("GET", "/api/v4/workflow?page_size=10&category=general", { auth });
    expect(listed.env.data.tasks[0]).toMatchObject({
      id: t.id,
      status: "completed",
      node: { id: encodeId(IdType.node, 1), name: "Master", type: "master", capabilities: "Dg==" },
    });
    expect((await srv.api("GET", `/api/v4/workflow/progress/${t.id}`, { auth })).env.data).toEqual({});

    const zip = await bytesOf(auth, "cloudreve://my/out/all.zip");
    const entries = readZipEntries(zip);
    // Files only; a top-level file gets a leading slash, a top-level folder's files do not.
    expect(entries.map((e) => e.name).sort()).toEqual(["/top.txt", "Folder/Sub/deep.txt", "Folder/inner.txt"]);
    expect(entries.every((e) => e.method === 8)).toBe(true);
    expect(readEntry(zip, entries.find((e) => e.name === "Folder/Sub/deep.txt")!).toString()).toBe("deep");
  });

  it("refuses an existing destination at once, and fails later for a missing source", async () => {
    const { user, auth } = srv.user("admin");
    await put(user.email, "cloudreve://my/exists.zip", "z");
    const dup = await srv.api("POST", "/api/v4/workflow/archive", { auth, body: { src: ["cloudreve://my/exists.zip"], dst: "cloudreve://my/exists.zip" } });
    expect(dup.env.code).toBe(40004);

    await srv.api("PATCH", "/api/__test/tasks", { body: { maxRetry: 1 } });
    const missing = await srv.api<TaskResponse>("POST", "/api/v4/workflow/archive", {
      auth,
      body: { src: ["cloudreve://my/nope"], dst: "cloudreve://my/n.zip" },
    });
    const end = await waitEnd(missing.env.data.id);
    expect(end.status).toBe("error");
    expect(end.error).toBe("failed to compress files: failed to get file cloudreve://my/nope: Path not exist");
    expect(end.error_history).toEqual([end.error]);
    expect(end.retry_count).toBe(1);
  });
});
