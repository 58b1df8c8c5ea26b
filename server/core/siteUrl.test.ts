import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { siteOrigin } from "./siteUrl.ts";
import { startTestServer, type TestServer } from "../testkit.ts";
import type { State } from "../state/state.ts";

const withSetting = (siteUrl: string) => ({ settings: { siteUrl } }) as unknown as State;

describe("siteOrigin", () => {
  it("uses the entry whose host:port equals the request's Host, else the first", () => {
    const s = withSetting("http://localhost:5173,http://127.0.0.1:5173,https://files.example.com");
    expect(siteOrigin(s, "127.0.0.1:5173")).toBe("http://127.0.0.1:5173");
    expect(siteOrigin(s, "files.example.com")).toBe("https://files.example.com");
    expect(siteOrigin(s, "127.0.0.1:5212")).toBe("http://localhost:5173");
    expect(siteOrigin(s, undefined)).toBe("http://localhost:5173");
  });

  it("drops a path in the setting and skips entries that do not parse", () => {
    expect(siteOrigin(withSetting("not a url,https://x.example/cloud/"), "y")).toBe("https://x.example");
    expect(siteOrigin(withSetting(""), "y")).toBe("http://localhost");
  });
});

describe("absolute links come from the site URL, not from the request", () => {
  let srv: TestServer;
  let auth: string;
  let email: string;
  beforeAll(async () => {
    srv = await startTestServer();
    const u = srv.user();
    auth = u.auth;
    email = u.user.email;
    await srv.api("POST", "/api/__test/files", { body: { owner: email, uri: "cloudreve://my/a.txt", content: Buffer.from("hello").toString("base64") } });
  });
  afterAll(() => srv.close());

  it("share links and download URLs follow the configured list", async () => {
    await srv.api("PUT", "/api/__test/site-url", { body: { site_url: `http://127.0.0.1:${srv.port},http://localhost:${srv.port}` } });
    const share = await srv.api<string>("PUT", "/api/v4/share", { auth, body: { uri: "cloudreve://my/a.txt" } });
    expect(share.env.data).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${srv.port}/s/`));

    // Asked through the other host name, the matching entry is used.
    const res = await fetch(`http://localhost:${srv.port}/api/v4/file/url`, {
      method: "POST",
      headers: { Authorization: auth, "Content-Type": "application/json" },
      body: JSON.stringify({ uris: ["cloudreve://my/a.txt"] }),
    });
    const env = (await res.json()) as { data: { urls: { url: string }[] } };
    expect(env.data.urls[0]!.url.startsWith(`http://localhost:${srv.port}/api/v4/file/content/`)).toBe(true);
  });

  it("a misconfigured site URL yields links to the other origin", async () => {
    const set = await srv.api<{ site_url: string }>("PUT", "/api/__test/site-url", { body: { site_url: "https://wrong.example" } });
    expect(set.env.data.site_url).toBe("https://wrong.example");
    const out = await srv.api<{ urls: { url: string }[] }>("POST", "/api/v4/file/url", { auth, body: { uris: ["cloudreve://my/a.txt"] } });
    expect(out.env.data.urls[0]!.url.startsWith("https://wrong.example/api/v4/file/content/")).toBe(true);
    // The signature covers the path only, so the same path still works here.
    const path = out.env.data.urls[0]!.url.slice("https://wrong.example".length);
    const bytes = await fetch(srv.base + path);
    expect(await bytes.text()).toBe("hello");
    await srv.api("PUT", "/api/__test/site-url", { body: { site_url: "" } });
  });

  it("a wrong signature answers the JSON error envelope with HTTP 200", async () => {
    const out = await srv.api<{ urls: { url: string }[] }>("POST", "/api/v4/file/url", { auth, body: { uris: ["cloudreve://my/a.txt"] } });
    const url = new URL(out.env.data.urls[0]!.url);
    const sign = url.searchParams.get("sign")!;
    // Another first character: a signature that happens to start with "x" must still change.
    url.searchParams.set("sign", `${sign.startsWith("x") ? "y" : "x"}${sign.slice(1)}`);
    const res = await fetch(srv.base + url.pathname + url.search);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    const env = (await res.json()) as { code: number; msg: string };
    expect(env).toMatchObject({ code: 40071, msg: "invalid sign" });

    url.searchParams.delete("sign");
    const missing = (await (await fetch(srv.base + url.pathname + url.search)).json()) as { code: number };
    expect(missing.code).toBe(403);
  });

  it("passkey sign-in names the site URL's host as relying party", async () => {
    await srv.api("PUT", "/api/__test/site-url", { body: { site_url: "https://files.example" } });
    const opts = await srv.api<{ options: { publicKey: { rpId: string } } }>("PUT", "/api/v4/session/authn");
    expect(opts.env.data.options.publicKey.rpId).toBe("files.example");
    await srv.api("PUT", "/api/__test/site-url", { body: { site_url: "" } });
    const local = await srv.api<{ options: { publicKey: { rpId: string } } }>("PUT", "/api/v4/session/authn");
    expect(local.env.data.options.publicKey.rpId).toBe("127.0.0.1");
  });

  it("mail links are absolute", async () => {
    await srv.api("POST", "/api/v4/user/reset", { body: { email } });
    const mails = await srv.api<{ link: string }[]>("GET", `/api/__test/mails?to=${encodeURIComponent(email)}`);
    expect(mails.env.data.at(-1)!.link).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${srv.port}/session/reset\\?id=`));
  });
});
