import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../testkit.ts";
import { taskKit, type TaskResponse } from "./taskTestKit.ts";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { encodeId, IdType } from "../core/ids.ts";
import { zipFixture } from "../../e2e/support/zipFixture.ts";

let srv: TestServer;
const { put, waitEnd, names, bytesOf } = taskKit(() => srv);
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(() => srv.close());
beforeEach(async () => {
  await srv.api("PATCH", "/api/__test/tasks", { body: { paused: false, stepDelayMs: 0, maxRetry: 5 } });
});

describe("workflow permissions", () => {
  it("needs a signed-in user and the group's task bits", async () => {
    expect((await srv.api("GET", "/api/v4/workflow?page_size=10&category=general")).env.code).toBe(401);
    const { auth } = srv.user();
    const archive = await srv.api("POST", "/api/v4/workflow/archive", { auth, body: { src: ["cloudreve://my/a"], dst: "cloudreve://my/a.zip" } });
    expect(archive.env).toMatchObject({ code: 40007, msg: "Group not allowed to compress files" });
    const extract = await srv.api("POST", "/api/v4/workflow/extract", { auth, body: { src: ["cloudreve://my/a.zip"], dst: "cloudreve://my" } });
    expect(extract.env).toMatchObject({ code: 40007, msg: "Group not allowed to compress files" });
    const download = await srv.api("POST", "/api/v4/workflow/download", { auth, body: { src: ["https://example.com/x"], dst: "cloudreve://my" } });
    expect(download.env).toMatchObject({ code: 40007, msg: "Group not allowed to download files" });
    const imp = await srv.api("POST", "/api/v4/workflow/import", { auth, body: { src: "x", dst: "/", user_id: "x", policy_id: 1 } });
    expect(imp.env.code).toBe(403);
  });

  it("validates list parameters like the real binding", async () => {
    const { auth } = srv.user();
    expect((await srv.api("GET", "/api/v4/workflow?category=general", { auth })).env).toMatchObject({ code: 40001, msg: "PageSize cannot be empty" });
    expect((await srv.api("GET", "/api/v4/workflow?page_size=5&category=general", { auth })).env.msg).toBe("PageSize too short");
    expect((await srv.api("GET", "/api/v4/workflow?page_size=10&category=all", { auth })).env.code).toBe(40001);
    const empty = await srv.api("GET", "/api/v4/workflow?page_size=10&category=general", { auth });
    expect(empty.env.data).toEqual({ tasks: [], pagination: { page: 0, page_size: 10, is_cursor: true } });
  });
});

describe("remote download without a downloader", () => {
  it("accepts the tasks, which then fail with the server's panic", async () => {
    const { auth } = srv.user("admin");
    const r = await srv.api<TaskResponse[]>("POST", "/api/v4/workflow/download", {
      auth,
      body: { src: ["https://example.com/a.iso", "", "magnet:?xt=urn:btih:abc"], dst: "cloudreve://my" },
    });
    expect(r.env.code).toBe(0);
    expect(r.env.data).toHaveLength(2);
    expect(r.env.data[0]).toMatchObject({
      status: "queued",
      type: "remote_download",
      summary: { props: { src_str: "https://example.com/a.iso", src: "", dst: "cloudreve://my", failed: 0, download: null } },
    });
    const end = await waitEnd(r.env.data[0]!.id);
    expect(end).toMatchObject({ status: "error", error: "panic error: runtime error: invalid memory address or nil pointer dereference" });
    expect(end.node).toBeUndefined();
    await waitEnd(r.env.data[1]!.id);
    const done = await srv.api<{ tasks: TaskResponse[] }>("GET", "/api/v4/workflow?page_size=10&category=downloaded", { auth });
    expect(done.env.data.tasks.map((t) => t.id)).toEqual([r.env.data[1]!.id, r.env.data[0]!.id]);
    const running = await srv.api<{ tasks: TaskResponse[]; pagination: { page_size: number } }>("GET", "/api/v4/workflow?page_size=10&category=downloading", {
      auth,
    });
    expect(running.env.data).toEqual({ tasks: [], pagination: { page: 0, page_size: 32765, is_cursor: true } });
    expect((await srv.api("DELETE", `/api/v4/workflow/download/${r.env.data[0]!.id}`, { auth })).env).toMatchObject({ code: 404, msg: "Task not found" });
  });

  it("answers select/cancel on a waiting task like the server", async () => {
    await srv.api("PATCH", "/api/__test/tasks", { body: { paused: true } });
    const { auth } = srv.user("admin");
    const r = await srv.api<TaskResponse[]>("POST", "/api/v4/workflow/download", { auth, body: { src: ["https://example.com/b"], dst: "cloudreve://my" } });
    const id = r.env.data[0]!.id;
    expect((await srv.api("PATCH", `/api/v4/workflow/download/${id}`, { auth, body: {} })).env.msg).toBe("Files cannot be empty");
    expect((await srv.api("PATCH", `/api/v4/workflow/download/${id}`, { auth, body: { files: [{ index: 0, download: true }] } })).env).toMatchObject({
      code: 404,
      msg: "Task not in processing state",
    });
    expect((await srv.api("DELETE", `/api/v4/workflow/download/${id}`, { auth })).env).toEqual({ code: 0, msg: "" });
    const other = srv.user("admin");
    expect((await srv.api("DELETE", `/api/v4/workflow/download/${id}`, { auth: other.auth })).env.code).toBe(404);
    expect((await srv.api("POST", "/api/v4/workflow/download", { auth, body: { dst: "cloudreve://my" } })).env).toMatchObject({
      code: 40001,
      msg: "No source files",
    });
  });
});

describe("task list paging and import", () => {
  it("pages newest first with an id cursor", async () => {
    await srv.api("PATCH", "/api/__test/tasks", { body: { paused: true } });
    const { user, auth } = srv.user("admin");
    await put(user.email, "cloudreve://my/z.zip", zipFixture([]));
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const r = await srv.api<TaskResponse>("POST", "/api/v4/workflow/extract", { auth, body: { src: ["cloudreve://my/z.zip"], dst: "cloudreve://my" } });
      ids.push(r.env.data.id);
    }
    const first = await srv.api<{ tasks: TaskResponse[]; pagination: { next_token?: string } }>("GET", "/api/v4/workflow?page_size=10&category=general", {
      auth,
    });
    expect(first.env.data.tasks.map((t) => t.id)).toEqual(ids.slice(2).reverse());
    const token = first.env.data.pagination.next_token!;
    const second = await srv.api<{ tasks: TaskResponse[]; pagination: { next_token?: string } }>(
      "GET",
      `/api/v4/workflow?page_size=10&category=general&next_page_token=${encodeURIComponent(token)}`,
      { auth },
    );
    expect(second.env.data.tasks.map((t) => t.id)).toEqual(ids.slice(0, 2).reverse());
    expect(second.env.data.pagination.next_token).toBeUndefined();
    expect((await srv.api("GET", "/api/v4/workflow?page_size=10&category=general&next_page_token=bad", { auth })).env.code).toBe(50001);
  });

  it("imports a physical folder for another user, listed under that user", async () => {
    const admin = srv.user("admin");
    const target = srv.user();
    const dir = join(srv.app.state.config.dataDir, "import-src");
    mkdirSync(join(dir, "sub"), { recursive: true });
    writeFileSync(join(dir, "one.txt"), "1");
    writeFileSync(join(dir, "sub", "two.txt"), "2");
    const uid = encodeId(IdType.user, target.user.id);
    const r = await srv.api<TaskResponse>("POST", "/api/v4/workflow/import", {
      auth: admin.auth,
      body: { src: "import-src", dst: "/imported", user_id: uid, recursive: true, policy_id: 1 },
    });
    expect(r.env.data).toMatchObject({
      type: "import",
      summary: { props: { dst: `cloudreve://${uid}@my/%2Fimported`, src_str: "import-src", failed: 0, dst_policy_id: encodeId(IdType.policy, 1) } },
    });
    expect((await waitEnd(r.env.data.id)).status).toBe("completed");
    expect(await names(target.auth, "cloudreve://my/imported")).toEqual(["sub", "one.txt"]);
    expect((await bytesOf(target.auth, "cloudreve://my/imported/sub/two.txt")).toString()).toBe("2");
    const mine = await srv.api<{ tasks: TaskResponse[] }>("GET", "/api/v4/workflow?page_size=10&category=general", { auth: target.auth });
    expect(mine.env.data.tasks.map((t) => t.id)).toEqual([r.env.data.id]);
  });
});
