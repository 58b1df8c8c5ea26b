import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../testkit.ts";

// A 4.0 server creates a file with no version entity (`POST /file/create`); its primary entity
// is then an empty one (ID 0, `dbfs.File.PrimaryEntity` → `fs.NewEmptyEntity`), which is always
// served through the server's own signed content route (`entitysource.ShouldInternalProxy`).
// So asking for such a file's URL works and yields no bytes, and it has no versions to list.
let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(() => srv.close());

const enc = encodeURIComponent;

describe("an empty file made with POST /file/create", () => {
  it("has a working download URL that serves no bytes, inline and as a download", async () => {
    const { auth } = srv.user();
    const created = await srv.api<{ size: number; primary_entity: string }>("POST", "/api/v4/file/create", {
      auth,
      body: { uri: "cloudreve://my/notes.md", type: "file" },
    });
    expect(created.env).toMatchObject({ code: 0, data: { size: 0 } });
    for (const download of [false, true]) {
      const url = await srv.api<{ urls: { url: string }[] }>("POST", "/api/v4/file/url", { auth, body: { uris: ["cloudreve://my/notes.md"], download } });
      expect(url.env.code).toBe(0);
      const res = await fetch(url.env.data.urls[0]!.url);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-disposition")).toMatch(download ? /^attachment/ : /^inline/);
      expect(await res.text()).toBe("");
    }
  });

  it("lists no versions and uses no storage until content is saved", async () => {
    const { auth } = srv.user();
    await srv.api("POST", "/api/v4/file/create", { auth, body: { uri: "cloudreve://my/new.txt", type: "file" } });
    const info = await srv.api<{ extended_info: Record<string, unknown> }>("GET", `/api/v4/file/info?extended=true&uri=${enc("cloudreve://my/new.txt")}`, {
      auth,
    });
    expect(info.env.data.extended_info.entities).toBeUndefined();
    expect(info.env.data.extended_info.storage_used).toBe(0);
    const saved = await fetch(`${srv.base}/api/v4/file/content?uri=${enc("cloudreve://my/new.txt")}`, {
      method: "PUT",
      headers: { Authorization: auth },
      body: "hello",
    });
    expect(((await saved.json()) as { code: number }).code).toBe(0);
    const url = await srv.api<{ urls: { url: string }[] }>("POST", "/api/v4/file/url", { auth, body: { uris: ["cloudreve://my/new.txt"] } });
    expect(await (await fetch(url.env.data.urls[0]!.url)).text()).toBe("hello");
  });

  it("opens in a viewer session for editing", async () => {
    const { auth } = srv.user();
    await srv.api("POST", "/api/v4/file/create", { auth, body: { uri: "cloudreve://my/draft.txt", type: "file" } });
    type Viewers = { file_viewers: { viewers: { id: string; exts: string[] }[] }[] };
    const config = await srv.api<Viewers>("GET", "/api/v4/site/config/explorer", { auth });
    const viewer = config.env.data.file_viewers.flatMap((g) => g.viewers).find((v) => v.exts.includes("txt"));
    expect(viewer).toBeDefined();
    const session = await srv.api<{ session: { id: string } }>("PUT", "/api/v4/file/viewerSession", {
      auth,
      body: { uri: "cloudreve://my/draft.txt", viewer_id: viewer!.id, preferred_action: "edit" },
    });
    expect(session.env.code).toBe(0);
    expect(session.env.data.session.id).toBeTruthy();
  });
});
