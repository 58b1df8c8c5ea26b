import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { encodeId, IdType } from "../core/ids.ts";
import { startTestServer, type TestServer } from "../testkit.ts";
import { readEntry, readZipEntries } from "./unzip.ts";
import { zipFixture } from "../../e2e/support/zipFixture.ts";

interface TaskResponse {
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

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(() => srv.close());
beforeEach(async () => {
  await srv.api("PATCH", "/api/__test/tasks", { body: { paused: false, stepDelayMs: 0, maxRetry: 5 } });
});

async function put(email: string, uri: string, content: Buffer | string) {
  const r = await srv.api("POST", "/api/__test/files", { body: { owner: email, uri, content: Buffer.from(content).toString("base64") } });
  expect(r.env.code).toBe(0);
}

async function waitEnd(id: string, timeoutMs = 15000): Promise<TaskResponse> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const r = await srv.api<{ task: TaskResponse }>("GET", `/api/__test/tasks/${id}`);
    const t = r.env.data.task;
    if (["completed", "error", "canceled"].includes(t.status)) return t;
    if (Date.now() > until) throw new Error(`task ${id} still ${t.status}`);
    await new Promise((res) => setTimeout(res, 20));
  }
}

async function names(auth: string, uri: string): Promise<string[]> {
  const r = await srv.api<{ files: { name: string }[] }>("GET", `/api/v4/file?uri=${encodeURIComponent(uri)}&page_size=100&order_by=name&order_direction=asc`, {
    auth,
  });
  return r.env.data.files.map((f) => f.name);
}

async function bytesOf(auth: string, uri: string): Promise<Buffer> {
  const url = await srv.api<{ urls: { url: string }[] }>("POST", "/api/v4/file/url", { auth, body: { uris: [uri] } });
  return Buffer.from(await (await fetch(url.env.data.urls[0]!.url)).arrayBuffer());
}

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

describe("extract task", () => {
  it("extracts a zip into the destination, honouring the name encoding", async () => {
    const { user, auth } = srv.user("admin");
    const gbkName = Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0x2e, 0x74, 0x78, 0x74]); // "中文.txt" in GBK
    await put(
      user.email,
      "cloudreve://my/in.zip",
      zipFixture([{ name: "dir/" }, { name: "dir/a.txt", data: "alpha", deflate: true }, { name: gbkName, data: "gbk" }, { name: "../evil.txt", data: "no" }]),
    );
    await put(user.email, "cloudreve://my/dest/keep.txt", "k");

    const r = await srv.api<TaskResponse>("POST", "/api/v4/workflow/extract", {
      auth,
      body: { src: ["cloudreve://my/in.zip"], dst: "cloudreve://my/dest", encoding: "gbk", password: "ignored", file_mask: ["x"] },
    });
    expect(r.env.data).toMatchObject({
      status: "queued",
      type: "extract_archive",
      summary: { props: { src: "cloudreve://my/in.zip", dst: "cloudreve://my/dest" } },
    });
    expect((await waitEnd(r.env.data.id)).status).toBe("completed");
    expect(await names(auth, "cloudreve://my/dest")).toEqual(["dir", "keep.txt", "中文.txt"]);
    expect((await bytesOf(auth, "cloudreve://my/dest/dir/a.txt")).toString()).toBe("alpha");
    // The path escaping the destination was skipped.
    expect(await names(auth, "cloudreve://my")).toEqual(["dest", "in.zip"]);

    const raw = await srv.api<TaskResponse>("POST", "/api/v4/workflow/extract", {
      auth,
      body: { src: ["cloudreve://my/in.zip"], dst: "cloudreve://my/dest/dir" },
    });
    await waitEnd(raw.env.data.id);
    expect(await names(auth, "cloudreve://my/dest/dir")).toContain("\ufffd\ufffd\ufffd\ufffd.txt");
  });

  it("fails the whole task on a name that exists, after the retries", async () => {
    await srv.api("PATCH", "/api/__test/tasks", { body: { maxRetry: 0 } });
    const { user, auth } = srv.user("admin");
    await put(
      user.email,
      "cloudreve://my/z.zip",
      zipFixture([
        { name: "a.txt", data: "new" },
        { name: "b.txt", data: "b" },
      ]),
    );
    await put(user.email, "cloudreve://my/a.txt", "old");
    const r = await srv.api<TaskResponse>("POST", "/api/v4/workflow/extract", { auth, body: { src: ["cloudreve://my/z.zip"], dst: "cloudreve://my" } });
    const end = await waitEnd(r.env.data.id);
    expect(end.status).toBe("error");
    expect(end.error).toBe(
      'failed to extract archive: handling file 0: a.txt: failed to upload file "a.txt" in archive file: faield to prepare uplaod: Object existed',
    );
    expect(await names(auth, "cloudreve://my")).toEqual(["a.txt", "z.zip"]);
  });

  it("fails encrypted entries on their checksum, and refuses what is not a zip", async () => {
    await srv.api("PATCH", "/api/__test/tasks", { body: { maxRetry: 0 } });
    const { user, auth } = srv.user("admin");
    const zip = zipFixture([{ name: "secret.txt", data: "plain" }]);
    // Flag an entry as encrypted and scramble its data, as ZipCrypto would.
    zip.writeUInt16LE(0x801, 6);
    zip.write("XXXXX", 30 + "secret.txt".length);
    await put(user.email, "cloudreve://my/locked.zip", zip);
    const r = await srv.api<TaskResponse>("POST", "/api/v4/workflow/extract", {
      auth,
      body: { src: ["cloudreve://my/locked.zip"], dst: "cloudreve://my", password: "pw" },
    });
    expect((await waitEnd(r.env.data.id)).error).toMatch(/failed to upload new entity: Failed to upload file: zip: checksum error$/);

    await put(user.email, "cloudreve://my/notes.txt", "hello");
    const t = await srv.api<TaskResponse>("POST", "/api/v4/workflow/extract", { auth, body: { src: ["cloudreve://my/notes.txt"], dst: "cloudreve://my" } });
    expect((await waitEnd(t.env.data.id)).error).toBe("failed to identify archive format: no formats matched");

    const bad = await srv.api("POST", "/api/v4/workflow/extract", { auth, body: { src: ["cloudreve://my/notes.txt"], dst: "cloudreve://my/missing" } });
    expect(bad.env).toMatchObject({ code: 40016, msg: "Invalid destination" });
    expect((await srv.api("POST", "/api/v4/workflow/extract", { auth, body: { src: [], dst: "cloudreve://my" } })).env).toMatchObject({
      code: 40001,
      msg: "No source files",
    });
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
