import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeId, IdType } from "../core/ids.ts";
import { startTestServer, type TestServer } from "../testkit.ts";

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(() => srv.close());

interface ShareInfo {
  unlocked: boolean;
  password?: string;
  source_uri?: string;
  url: string;
}

describe("GET /share/info/:id of a password share", () => {
  it("needs the password even for the owner when owner_extended is asked", async () => {
    const { user, auth } = srv.user();
    await srv.api("POST", "/api/__test/files", { body: { owner: user.email, uri: "cloudreve://my/Docs/a.txt", content: "eA==" } });
    const link = await srv.api<string>("PUT", "/api/v4/share", { auth, body: { uri: "cloudreve://my/Docs", is_private: true, password: "secret1" } });
    const id = link.env.data.split("/s/")[1]!.split("/")[0]!;

    const denied = await srv.api("GET", `/api/v4/share/info/${id}?owner_extended=true`, { auth });
    expect(denied.env).toMatchObject({ code: 40069, msg: "File not found" });
    const wrong = await srv.api("GET", `/api/v4/share/info/${id}?owner_extended=true&password=nope`, { auth });
    expect(wrong.env.code).toBe(40069);

    const ok = await srv.api<ShareInfo>("GET", `/api/v4/share/info/${id}?owner_extended=true&password=secret1`, { auth });
    expect(ok.env.code).toBe(0);
    expect(ok.env.data.source_uri).toBe(`cloudreve://${encodeId(IdType.user, user.id)}@my/Docs`);

    // Without owner_extended the owner gets the unlocked info, password included.
    const plain = await srv.api<ShareInfo>("GET", `/api/v4/share/info/${id}`, { auth });
    expect(plain.env.data).toMatchObject({ unlocked: true, password: "secret1" });
    expect(plain.env.data.source_uri).toBeUndefined();

    // Another account: owner_extended means nothing, the share just stays locked.
    const other = srv.user();
    const visitor = await srv.api<ShareInfo>("GET", `/api/v4/share/info/${id}?owner_extended=true`, { auth: other.auth });
    expect(visitor.env.code).toBe(0);
    expect(visitor.env.data.unlocked).toBe(false);
    // The link still carries the password (a leak of the real server, kept).
    expect(visitor.env.data.url.endsWith(`/s/${id}/secret1`)).toBe(true);
  });

  it("lets the owner list the share's content only with the password in the URI", async () => {
    const { user, auth } = srv.user();
    await srv.api("POST", "/api/__test/files", { body: { owner: user.email, uri: "cloudreve://my/P/x.txt", content: "eA==" } });
    const link = await srv.api<string>("PUT", "/api/v4/share", { auth, body: { uri: "cloudreve://my/P", is_private: true, password: "pw" } });
    const id = link.env.data.split("/s/")[1]!.split("/")[0]!;
    const without = await srv.api("GET", `/api/v4/file?uri=${encodeURIComponent(`cloudreve://${id}@share`)}&page_size=10`, { auth });
    expect(without.env.code).toBe(40069);
    const withPw = await srv.api("GET", `/api/v4/file?uri=${encodeURIComponent(`cloudreve://${id}:pw@share`)}&page_size=10`, { auth });
    expect(withPw.env.code).toBe(0);
  });
});
