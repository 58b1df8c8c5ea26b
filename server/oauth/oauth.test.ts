import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../testkit.ts";
import { oauthStore } from "./store.ts";

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(() => srv.close());

const FRAME = "5c0a7e52-1f3d-4c1b-8f8e-6b9e0b7d0003";
const DESKTOP = "d3f1c2a4-7b7e-4f55-9c1e-2f6f3f0c0001";
const FRAME_REDIRECT = "https://photoframe.example/oauth/callback";
const VERIFIER = "a".repeat(20) + "-._~" + "B".repeat(30);
const CHALLENGE = createHash("sha256").update(VERIFIER).digest("base64url");

const consentBody = (over: Record<string, unknown> = {}) => ({
  client_id: FRAME,
  response_type: "code",
  redirect_uri: FRAME_REDIRECT,
  state: "xyz",
  scope: "openid profile Files.Read",
  code_challenge: CHALLENGE,
  code_challenge_method: "S256",
  ...over,
});

async function tokenRequest(form: Record<string, string>) {
  const res = await fetch(`${srv.base}/api/v4/session/oauth/token`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(form).toString(),
  });
  return { status: res.status, body: (await res.json()) as Record<string, string> };
}

describe("OAuth provider switched off (community server)", () => {
  it("answers gin's plain 404 and leaves oauth_grants out of the settings", async () => {
    oauthStore(srv.app.state).enabled = false;
    const { auth } = srv.user();
    const app = await srv.api("GET", `/api/v4/session/oauth/app/${FRAME}`);
    expect(app.status).toBe(404);
    expect(app.env.msg).toBe("404 page not found");
    expect((await srv.api("POST", "/api/v4/session/oauth/consent", { auth, body: consentBody() })).status).toBe(404);
    expect((await srv.api("DELETE", `/api/v4/session/oauth/grant/${FRAME}`, { auth })).status).toBe(404);
    const settings = await srv.api<Record<string, unknown>>("GET", "/api/v4/user/setting", { auth });
    expect(settings.env.data).not.toHaveProperty("oauth_grants");
  });
});

describe("OAuth provider switched on", () => {
  beforeAll(() => {
    oauthStore(srv.app.state).enabled = true;
  });

  it("describes a client, and what the caller already allowed it", async () => {
    const { auth } = srv.user();
    const anon = await srv.api<Record<string, unknown>>("GET", `/api/v4/session/oauth/app/${FRAME}`);
    expect(anon.env.data).toMatchObject({ id: FRAME, name: "Photo Frame", homepage_url: "https://photoframe.example" });
    expect(anon.env.data).not.toHaveProperty("consented_scopes");
    expect(String(anon.env.data.icon)).toMatch(/^data:image\/svg\+xml;base64,/);

    await srv.api("POST", "/api/v4/session/oauth/consent", { auth, body: consentBody() });
    const mine = await srv.api<{ consented_scopes: string[] }>("GET", `/api/v4/session/oauth/app/${FRAME}`, { auth });
    expect(mine.env.data.consented_scopes.sort()).toEqual(["Files.Read", "openid", "profile"]);
    expect((await srv.api("GET", "/api/v4/session/oauth/app/no-such-client")).env.code).toBe(404);
  });

  it("refuses what a real provider refuses", async () => {
    const { auth } = srv.user();
    const refused = async (over: Record<string, unknown>) => (await srv.api("POST", "/api/v4/session/oauth/consent", { auth, body: consentBody(over) })).env;
    expect((await refused({ client_id: "nope" })).code).toBe(404);
    expect(await refused({ redirect_uri: "https://evil.example/cb" })).toMatchObject({ code: 40001, msg: "redirect_uri is not registered for this client" });
    expect(await refused({ scope: "openid Files.Read Bogus.Read" })).toMatchObject({ code: 40001, msg: "Unknown scope Bogus.Read" });
    expect(await refused({ scope: "openid Admin.Write" })).toMatchObject({ code: 40001, msg: "Scope Admin.Write is not allowed for this client" });
    expect((await refused({ scope: "" })).code).toBe(40001);
    expect((await refused({ response_type: "token" })).code).toBe(40001);
    expect((await refused({ code_challenge_method: "S512" })).code).toBe(40001);
    expect((await refused({ code_challenge: "short" })).code).toBe(40001);
    // A public client (the desktop app) has no secret: PKCE is mandatory.
    expect(
      (await refused({ client_id: DESKTOP, redirect_uri: "/callback/desktop", scope: "openid", code_challenge: undefined, code_challenge_method: undefined }))
        .code,
    ).toBe(40001);
    // Consent needs a signed-in user.
    expect((await srv.api("POST", "/api/v4/session/oauth/consent", { body: consentBody() })).env.code).toBe(401);
  });

  it("issues a single-use code that only the PKCE verifier redeems", async () => {
    const { auth } = srv.user();
    const consent = await srv.api<{ code: string; state: string }>("POST", "/api/v4/session/oauth/consent", { auth, body: consentBody() });
    expect(consent.env.data.state).toBe("xyz");
    const form = {
      grant_type: "authorization_code",
      client_id: FRAME,
      client_secret: "photo-frame-secret",
      redirect_uri: FRAME_REDIRECT,
      code: consent.env.data.code,
    };

    const wrong = await tokenRequest({ ...form, code_verifier: "c".repeat(43) });
    expect(wrong).toMatchObject({ status: 400, body: { error: "invalid_grant" } });
    // The failed attempt used the code up.
    expect((await tokenRequest({ ...form, code_verifier: VERIFIER })).body.error).toBe("invalid_grant");

    const again = await srv.api<{ code: string }>("POST", "/api/v4/session/oauth/consent", { auth, body: consentBody() });
    const ok = await tokenRequest({ ...form, code: again.env.data.code, code_verifier: VERIFIER });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ token_type: "Bearer", scope: "openid profile Files.Read" });
    const me = await srv.api<{ email: string }>("GET", "/api/v4/user/me", { auth: `Bearer ${ok.body.access_token}` });
    expect(me.env.code).toBe(0);
    expect((await tokenRequest({ ...form, code: again.env.data.code, code_verifier: VERIFIER })).body.error).toBe("invalid_grant");
  });

  it("lists grants in the settings and revokes them, with their unredeemed codes", async () => {
    const { auth } = srv.user();
    const before = await srv.api<{ oauth_grants: unknown[] }>("GET", "/api/v4/user/setting", { auth });
    expect(before.env.data.oauth_grants).toEqual([]);
    const consent = await srv.api<{ code: string }>("POST", "/api/v4/session/oauth/consent", { auth, body: consentBody() });
    // Asking again for more widens the remembered consent.
    await srv.api("POST", "/api/v4/session/oauth/consent", { auth, body: consentBody({ scope: "openid Shares.Read" }) });
    const listed = await srv.api<{ oauth_grants: { client_id: string; client_name: string; scopes: string[] }[] }>("GET", "/api/v4/user/setting", { auth });
    expect(listed.env.data.oauth_grants).toHaveLength(1);
    expect(listed.env.data.oauth_grants[0]).toMatchObject({ client_id: FRAME, client_name: "Photo Frame" });
    expect(listed.env.data.oauth_grants[0]!.scopes.sort()).toEqual(["Files.Read", "Shares.Read", "openid", "profile"]);

    expect((await srv.api("DELETE", `/api/v4/session/oauth/grant/${FRAME}`, { auth })).env.code).toBe(0);
    expect((await srv.api("DELETE", `/api/v4/session/oauth/grant/${FRAME}`, { auth })).env.code).toBe(404);
    const after = await srv.api<{ oauth_grants: unknown[] }>("GET", "/api/v4/user/setting", { auth });
    expect(after.env.data.oauth_grants).toEqual([]);
    const form = {
      grant_type: "authorization_code",
      client_id: FRAME,
      client_secret: "photo-frame-secret",
      redirect_uri: FRAME_REDIRECT,
      code: consent.env.data.code,
      code_verifier: VERIFIER,
    };
    expect((await tokenRequest(form)).body.error).toBe("invalid_grant");
  });

  it("keeps each user's consent to themselves", async () => {
    const a = srv.user();
    const b = srv.user();
    await srv.api("POST", "/api/v4/session/oauth/consent", { auth: a.auth, body: consentBody() });
    const seenByB = await srv.api<Record<string, unknown>>("GET", `/api/v4/session/oauth/app/${FRAME}`, { auth: b.auth });
    expect(seenByB.env.data).not.toHaveProperty("consented_scopes");
    expect((await srv.api("DELETE", `/api/v4/session/oauth/grant/${FRAME}`, { auth: b.auth })).env.code).toBe(404);
  });

  it("switches on and off through the test hook", async () => {
    const off = await srv.api<{ enabled: boolean }>("PUT", "/api/__test/oauth", { body: { enabled: false } });
    expect(off.env.data.enabled).toBe(false);
    expect((await srv.api("GET", `/api/v4/session/oauth/app/${FRAME}`)).status).toBe(404);
    await srv.api("PUT", "/api/__test/oauth", { body: { enabled: true } });
    expect((await srv.api("GET", `/api/v4/session/oauth/app/${FRAME}`)).env.code).toBe(0);
  });
});
