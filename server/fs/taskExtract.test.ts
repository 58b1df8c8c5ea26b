import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../testkit.ts";
import { taskKit, type TaskResponse } from "./taskTestKit.ts";
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
