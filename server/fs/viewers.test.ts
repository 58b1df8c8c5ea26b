import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../testkit.ts";

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(() => srv.close());

interface FileJson {
  id: string;
  path: string;
  primary_entity: string;
}
const put = (auth: string, uri: string, text: string, previous?: string) =>
  fetch(`${srv.base}/api/v4/file/content?${new URLSearchParams({ uri, ...(previous ? { previous } : {}) })}`, {
    method: "PUT",
    headers: { Authorization: auth, "Content-Type": "application/octet-stream", "Content-Length": String(Buffer.byteLength(text)) },
    body: text,
  }).then((r) => r.json() as Promise<{ code: number; data: FileJson }>);

describe("viewers on the stand-in", () => {
  it("publishes the catalogue without the WOPI actions", async () => {
    const res = await srv.api<{ file_viewers: { viewers: Record<string, unknown>[] }[] }>("GET", "/api/v4/site/config/explorer");
    const all = res.env.data.file_viewers.flatMap((g) => g.viewers);
    expect(all.map((v) => v.id)).toEqual(expect.arrayContaining(["image", "monaco", "markdown", "standin-office", "standin-inspector"]));
    expect(all.some((v) => "wopi_actions" in v)).toBe(false);
  });

  it("saves content only on top of the version the edit started from", async () => {
    const { auth } = srv.user();
    const first = await put(auth, "cloudreve://my/a.txt", "one");
    expect(first.code).toBe(0);
    const second = await put(auth, "cloudreve://my/a.txt", "two", first.data.primary_entity);
    expect(second.code).toBe(0);
    expect((await put(auth, "cloudreve://my/a.txt", "three", first.data.primary_entity)).code).toBe(40076);
  });

  it("opens viewer sessions, with the office page's address for WOPI viewers", async () => {
    const { auth } = srv.user();
    await put(auth, "cloudreve://my/doc.odt", "x");
    const wopi = await srv.api<{ session: { id: string; access_token: string }; wopi_src: string }>("PUT", "/api/v4/file/viewerSession", {
      auth,
      body: { uri: "cloudreve://my/doc.odt", viewer_id: "standin-office", preferred_action: "edit" },
    });
    expect(wopi.env.code).toBe(0);
    expect(wopi.env.data.session.access_token.startsWith(`${wopi.env.data.session.id}.`)).toBe(true);
    const src = new URL(wopi.env.data.wopi_src);
    expect(src.pathname).toBe("/__viewers/office/edit");
    expect(src.searchParams.get("WOPISrc")).toContain(`/api/v4/file/wopi/${wopi.env.data.session.id}`);
    const custom = await srv.api<Record<string, unknown>>("PUT", "/api/v4/file/viewerSession", {
      auth,
      body: { uri: "cloudreve://my/doc.odt", viewer_id: "monaco", preferred_action: "view" },
    });
    expect(custom.env.data).not.toHaveProperty("wopi_src");
    const unknown = await srv.api("PUT", "/api/v4/file/viewerSession", {
      auth,
      body: { uri: "cloudreve://my/doc.odt", viewer_id: "nope", preferred_action: "view" },
    });
    expect(unknown.env.code).toBe(40001);
  });

  it("serves the office page the WOPI form posts to", async () => {
    const res = await fetch(`${srv.base}/__viewers/office/view?WOPISrc=x`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "access_token=t&access_token_ttl=5",
    });
    const html = await res.text();
    expect(html).toContain("Access token received");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
  });
});
