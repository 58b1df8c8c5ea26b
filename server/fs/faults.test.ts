import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../testkit.ts";

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(() => srv.close());

const create = (auth: string, uri: string) =>
  fetch(`${srv.base}/api/v4/file/create`, {
    method: "POST",
    headers: { Authorization: auth, "Content-Type": "application/json" },
    body: JSON.stringify({ uri, type: "folder" }),
  });

describe("test faults", () => {
  it("make the next N folder creations of one account answer an empty HTTP 500", async () => {
    const a = srv.user();
    const b = srv.user();
    const set = await srv.api("PATCH", "/api/__test/faults", { body: { owner: a.user.email, createFail500: 2 } });
    expect(set.env.data).toMatchObject({ createFail500: 2, createFail500After: false, badSignedUrls: 0 });

    const other = await create(b.auth, "cloudreve://my/x");
    expect(other.status).toBe(200);
    for (let i = 0; i < 2; i++) {
      const res = await create(a.auth, "cloudreve://my/x");
      expect(res.status).toBe(500);
      expect(await res.text()).toBe("");
    }
    const list = await srv.api<{ files: unknown[] }>("GET", "/api/v4/file?uri=cloudreve%3A%2F%2Fmy&page_size=10", { auth: a.auth });
    expect(list.env.data.files).toEqual([]);
    expect((await create(a.auth, "cloudreve://my/x")).status).toBe(200);
  });

  it("can create first and fail afterwards", async () => {
    const a = srv.user();
    await srv.api("PATCH", "/api/__test/faults", { body: { owner: a.user.email, createFail500: 1, createFail500After: true } });
    expect((await create(a.auth, "cloudreve://my/made")).status).toBe(500);
    const list = await srv.api<{ files: { name: string }[] }>("GET", "/api/v4/file?uri=cloudreve%3A%2F%2Fmy&page_size=10", { auth: a.auth });
    expect(list.env.data.files.map((f) => f.name)).toEqual(["made"]);
  });

  it("hand out wrongly signed URLs whose content answers 40071", async () => {
    const a = srv.user();
    await srv.api("POST", "/api/__test/files", { body: { owner: a.user.email, uri: "cloudreve://my/t.txt", content: Buffer.from("text").toString("base64") } });
    await srv.api("PATCH", "/api/__test/faults", { body: { owner: a.user.email, badSignedUrls: 1 } });
    const fetchText = async () => {
      const url = await srv.api<{ urls: { url: string }[] }>("POST", "/api/v4/file/url", { auth: a.auth, body: { uris: ["cloudreve://my/t.txt"] } });
      const res = await fetch(url.env.data.urls[0]!.url);
      return { status: res.status, type: res.headers.get("content-type"), body: await res.text() };
    };
    const bad = await fetchText();
    expect(bad.status).toBe(200);
    expect(bad.type).toMatch(/application\/json/);
    expect(JSON.parse(bad.body)).toMatchObject({ code: 40071, msg: "invalid sign" });
    expect((await fetchText()).body).toBe("text");
  });
});
