import { request } from "node:http";
import { truncateSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../testkit.ts";
import { POLICY_ID } from "./present.ts";
import { fsOf } from "./store.ts";
import { tryDecodeId, IdType } from "../core/ids.ts";

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(() => srv.close());
beforeEach(() => {
  srv.app.state.settings.preAllocate = true;
});

function account(chunkSize: number) {
  const a = srv.user();
  a.user.storage = { policyType: "local", chunkSize };
  return a;
}

async function session(auth: string, name: string, size: number): Promise<string> {
  const r = await srv.api<{ session_id: string }>("PUT", "/api/v4/file/upload", {
    auth,
    body: { uri: `cloudreve://my/${name}`, size, policy_id: POLICY_ID() },
  });
  expect(r.env.code).toBe(0);
  return r.env.data.session_id;
}

async function chunk(auth: string, id: string, index: number, data: string) {
  const res = await fetch(`${srv.base}/api/v4/file/upload/${id}/${index}`, { method: "POST", headers: { Authorization: auth }, body: data });
  return (await res.json()) as { code: number; msg: string };
}

async function download(auth: string, name: string): Promise<{ bytes: Buffer; size: number }> {
  const info = await srv.api<{ size: number }>("GET", `/api/v4/file/info?uri=${encodeURIComponent(`cloudreve://my/${name}`)}`, { auth });
  const url = await srv.api<{ urls: { url: string }[] }>("POST", "/api/v4/file/url", { auth, body: { uris: [`cloudreve://my/${name}`] } });
  const res = await fetch(url.env.data.urls[0]!.url);
  return { bytes: Buffer.from(await res.arrayBuffer()), size: info.env.data.size };
}

describe("local-policy chunks behave like the real local driver", () => {
  it("stores chunks sent in order", async () => {
    const { auth } = account(4);
    const id = await session(auth, "ok.txt", 10);
    expect(await chunk(auth, id, 0, "AAAA")).toEqual({ code: 0, msg: "" });
    expect(await chunk(auth, id, 1, "BBBB")).toEqual({ code: 0, msg: "" });
    expect(await chunk(auth, id, 2, "CC")).toEqual({ code: 0, msg: "" });
    expect((await download(auth, "ok.txt")).bytes.toString()).toBe("AAAABBBBCC");
  });

  it("completes on the last index even when earlier chunks never came (preallocated file)", async () => {
    const { auth } = account(4);
    const id = await session(auth, "early.txt", 8);
    expect((await chunk(auth, id, 1, "BBBB")).code).toBe(0);
    const got = await download(auth, "early.txt");
    expect(got.size).toBe(8);
    expect(got.bytes).toEqual(Buffer.from("\0\0\0\0BBBB"));
    // The session is gone: the missing chunk can no longer be sent.
    expect((await chunk(auth, id, 0, "AAAA")).code).toBe(40011);
  });

  it("lets chunk 0 wipe a later chunk, then refuses chunks beyond the bytes written", async () => {
    const { auth } = account(4);
    const id = await session(auth, "wiped.txt", 12);
    expect((await chunk(auth, id, 1, "BBBB")).code).toBe(0);
    expect((await chunk(auth, id, 0, "AAAA")).code).toBe(0);
    expect(await chunk(auth, id, 2, "CCCC")).toMatchObject({ code: 50004, msg: "Failed to upload file" });
    const check = await srv.api<{ received: number[] }>("GET", `/api/__test/uploads/${id}`);
    expect(check.env.data.received).toEqual([0, 1]);
  });

  it("refuses a chunk ahead of the written bytes when nothing is preallocated", async () => {
    srv.app.state.settings.preAllocate = false;
    const { auth } = account(4);
    const id = await session(auth, "strict.txt", 8);
    expect((await chunk(auth, id, 1, "BBBB")).code).toBe(50004);
    expect((await chunk(auth, id, 0, "AAAA")).code).toBe(0);
    expect((await chunk(auth, id, 1, "BBBB")).code).toBe(0);
    expect((await download(auth, "strict.txt")).bytes.toString()).toBe("AAAABBBB");
  });

  it("answers that refusal without reading the body and closes the connection", async () => {
    srv.app.state.settings.preAllocate = false;
    const size = 512 * 1024;
    const { auth } = account(size);
    const id = await session(auth, "big.bin", size * 2);
    const answer = await new Promise<{ status: number; connection?: string; body: string }>((resolve, reject) => {
      const req = request(`${srv.base}/api/v4/file/upload/${id}/1`, { method: "POST", headers: { Authorization: auth, "Content-Length": size } }, (res) => {
        let body = "";
        res.on("data", (c) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode!, connection: res.headers.connection, body }));
        res.on("error", reject);
      });
      req.on("error", () => undefined);
      // Only a few bytes of the announced 512 KiB: an answer can only come if the server does not wait for them.
      req.write("x".repeat(10));
    });
    expect(answer.status).toBe(200);
    expect(answer.connection).toBe("close");
    expect(JSON.parse(answer.body)).toMatchObject({ code: 50004 });
  });

  it("still checks the Content-Length of every chunk", async () => {
    const { auth } = account(4);
    const id = await session(auth, "len.txt", 10);
    expect(await chunk(auth, id, 0, "AAA")).toMatchObject({ code: 40013, msg: "Invalid Content-Length (expected: 4)" });
    expect(await chunk(auth, id, 2, "CCC")).toMatchObject({ code: 40013, msg: "Invalid Content-Length (expected: 2)" });
    expect(await chunk(auth, id, 3, "")).toMatchObject({ code: 40012 });
  });
});

describe("serving a file whose bytes are fewer than its recorded size", () => {
  it("announces the recorded size and closes the connection after the bytes there are", async () => {
    const { user, auth } = srv.user();
    const made = await srv.api<{ primary_entity: string }>("POST", "/api/__test/files", {
      body: { owner: user.email, uri: "cloudreve://my/short.txt", content: Buffer.from("0123456789").toString("base64") },
    });
    const entity = fsOf(srv.app.state).entities.get(tryDecodeId(IdType.entity, made.env.data.primary_entity)!)!;
    truncateSync(entity.path, 4);
    const url = await srv.api<{ urls: { url: string }[] }>("POST", "/api/v4/file/url", { auth, body: { uris: ["cloudreve://my/short.txt"] } });
    const res = await fetch(url.env.data.urls[0]!.url);
    expect(res.headers.get("content-length")).toBe("10");
    await expect(res.arrayBuffer()).rejects.toThrow();
  });
});
