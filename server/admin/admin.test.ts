import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeId, IdType } from "../core/ids.ts";
import { startTestServer, type TestServer } from "../testkit.ts";

let srv: TestServer;
let admin: string;
beforeAll(async () => {
  srv = await startTestServer();
  admin = srv.user("admin").auth;
});
afterAll(() => srv.close());

const call = <T = Record<string, unknown>>(method: string, path: string, body?: unknown, auth = admin) =>
  srv.api<T>(method, `/api/v4/admin${path}`, { auth, body });

describe("admin gate", () => {
  it("answers 401 without a session and 403 without permission bit 0, before reading the body", async () => {
    expect((await call("POST", "/user", { page: 0 }, "")).env).toMatchObject({ code: 401, msg: "Login required" });
    expect((await call("POST", "/user", { page: 0 }, srv.user().auth)).env.code).toBe(403);
  });
});

describe("lists", () => {
  it("take a 1-based page and answer a 0-based one, total_items left out when 0", async () => {
    expect((await call("POST", "/user", { page: 0, page_size: 1 })).env).toMatchObject({ code: 40001, msg: "Page too short" });
    expect((await call("POST", "/user", { page: 1 })).env).toMatchObject({ code: 40001, msg: "PageSize too short" });
    expect((await call("POST", "/user", { page: 1, page_size: 1, conditions: { user_group: "x" } })).env.msg).toBe("Invalid group ID");
    const page = await call<{ pagination: Record<string, number>; users: { id: number }[] }>("POST", "/user", {
      page: 2,
      page_size: 1,
      order_by: "email",
      order_direction: "desc",
    });
    expect(page.env.data.pagination).toMatchObject({ page: 1, page_size: 1 });
    expect(page.env.data.pagination.total_items).toBeGreaterThan(2);
    const none = await call<{ pagination: Record<string, number> }>("POST", "/user", { page: 1, page_size: 5, conditions: { user_email: "nobody-at-all" } });
    expect(none.env.data.pagination).toEqual({ page: 0, page_size: 5 });
  });
});

describe("settings", () => {
  it("reads only known keys, never secret_key, and writes strings only", async () => {
    const read = await call<Record<string, string>>("POST", "/settings", { keys: ["siteName", "secret_key", "custom_nav_items", "register_enabled"] });
    expect(read.env.data).toEqual({ siteName: "Cloudreve", register_enabled: "1" });
    expect((await call("PATCH", "/settings", { settings: { siteName: 1 } })).env).toMatchObject({ code: 40001, msg: "JSON marshall error" });
    expect((await call("POST", "/settings", {})).env.msg).toBe("Keys cannot be empty");
  });

  it("drives the live site: a new name, e-mail activation and captcha take effect at once", async () => {
    const res = await call<Record<string, string>>("PATCH", "/settings", {
      settings: { siteName: "Admin test", email_active: "1", reg_captcha: "true", unknown_key: "x", secret_key: "mine" },
    });
    expect(res.env.data).toEqual({ siteName: "Admin test", email_active: "1", reg_captcha: "true", unknown_key: "x", secret_key: "" });
    expect(srv.app.state.settings).toMatchObject({ siteName: "Admin test", emailActive: true, regCaptcha: true });
    const back = await call<Record<string, string>>("POST", "/settings", { keys: ["reg_captcha", "unknown_key"] });
    expect(back.env.data).toEqual({ reg_captcha: "true" });
    await call("PATCH", "/settings", { settings: { siteName: "Cloudreve", email_active: "0", reg_captcha: "0" } });
  });

  it("refuses a site URL list with a part that is not a URL and a MIME mapping that is not a string map", async () => {
    expect((await call("PATCH", "/settings", { settings: { siteURL: "http://a.example,not a url" } })).env).toMatchObject({
      code: 40001,
      msg: "Failed to validate settings",
    });
    expect((await call("PATCH", "/settings", { settings: { mime_mapping: '{".a": 1}' } })).env.code).toBe(40001);
  });
});

describe("users", () => {
  it("creates with status and password, refuses what the database would, and guards user 1", async () => {
    expect((await call("PUT", "/user", { user: { email: "n1@example.com", status: "active", group_users: 2 } })).env.msg).toBe("Password is required");
    expect((await call("PUT", "/user", { user: { id: 7 }, password: "x" })).env.msg).toBe("ID must be 0");
    expect((await call("PUT", "/user", { user: { email: "n1@example.com", group_users: 2 }, password: "pw123456" })).env.code).toBe(50001);
    const made = await call<{ id: number; capacity: unknown; nick: string }>("PUT", "/user", {
      user: { email: "n1@example.com", nick: "N1", status: "active", group_users: 2 },
      password: "pw123456",
    });
    expect(made.env.data).toMatchObject({ nick: "N1", capacity: { used: 0 } });
    const id = made.env.data.id;
    const banned = await call<{ status: string }>("PUT", `/user/999`, {
      user: { id, email: "n1@example.com", nick: "N1", status: "manual_banned", group_users: 2 },
    });
    expect(banned.env.data.status).toBe("manual_banned");
    expect((await call("PUT", "/user/1", { user: { id: 1, email: "admin@cloudreve.org", status: "manual_banned", group_users: 1 } })).env.code).toBe(40043);
  });

  it("reports each refused id of a batch delete", async () => {
    const res = await call("POST", "/user/batch/delete", { ids: [1, 424242] });
    expect(res.env.code).toBe(40081);
    expect(res.env.aggregated_error).toMatchObject({ "1": { code: 40043 }, "424242": { code: 50001 } });
  });
});

describe("groups and policies", () => {
  it("crashes without a policy edge, creates with one, and deletes only unused groups above 3", async () => {
    const crash = await call("PUT", "/group", { group: { name: "x", permissions: "BA==" } });
    expect(crash.status).toBe(500);
    expect(crash.env.msg).toBe("");
    const made = await call<{ id: number; permissions: string; edges: { storage_policies: { id: number } } }>("PUT", "/group", {
      group: { name: "No share", permissions: "gA==", edges: { storage_policies: { id: 1 } } },
    });
    expect(made.env.data).toMatchObject({ permissions: "gA==", edges: { storage_policies: { id: 1 } } });
    expect((await call("DELETE", "/group/3")).env.code).toBe(40040);
    expect((await call("PUT", "/group/1", { group: { id: 1, name: "Admin", permissions: "BA==", edges: { storage_policies: { id: 1 } } } })).env.msg).toBe(
      "Initial admin group have to be admin",
    );
    expect((await call("DELETE", `/group/${made.env.data.id}`)).env.code).toBe(0);
  });

  it("forces the local directory rule, applies a group's policy limits to members and guards deletion", async () => {
    const policy = await call<{ id: number; dir_name_rule: string }>("PUT", "/policy", {
      policy: { name: "Small", type: "local", dir_name_rule: "/elsewhere", max_size: 10, settings: { file_type: ["txt"] } },
    });
    expect(policy.env.data.dir_name_rule).toBe("/data/uploads/{uid}/{path}");
    const pid = policy.env.data.id;
    const group = await call<{ id: number }>("PUT", "/group", { group: { name: "Small", permissions: "hAg=", edges: { storage_policies: { id: pid } } } });
    const user = srv.user();
    await call("PUT", `/user/${user.user.id}`, {
      user: { id: user.user.id, email: user.user.email, nick: "x", status: "active", group_users: group.env.data.id },
    });
    const upload = (name: string, size: number) =>
      srv.api("PUT", "/api/v4/file/upload", { auth: user.auth, body: { uri: `cloudreve://my/${name}`, size, policy_id: encodeId(IdType.policy, 1) } });
    expect((await upload("a.png", 5)).env).toMatchObject({ code: -1, msg: "File type not allowed" });
    expect((await upload("a.txt", 11)).env.code).toBe(40049);
    expect((await upload("a.txt", 5)).env.code).toBe(0);
    expect((await call("DELETE", `/policy/${pid}`)).env).toMatchObject({ code: 40038, msg: "1" });
    expect((await call("DELETE", "/policy/1")).env.code).toBe(40036);
    expect((await call("DELETE", "/policy/999")).env.code).toBe(40035);
  });

  it("needs a region before it touches an S3 bucket's CORS", async () => {
    expect((await call("POST", "/policy/cors", { policy: { type: "local" } })).env.msg).toBe("Unsupported policy type");
    expect((await call("POST", "/policy/cors", { policy: { type: "s3", server: "http://127.0.0.1:1", bucket_name: "b" } })).status).toBe(500);
  });
});

describe("shares, summary and tools", () => {
  it("answers a share batch delete with an empty body", async () => {
    const res = await fetch(`${srv.base}/api/v4/admin/share/batch/delete`, {
      method: "POST",
      headers: { Authorization: admin },
      body: JSON.stringify({ ids: [] }),
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("");
  });

  it("has no metrics until asked, then keeps them", async () => {
    expect((await call<{ metrics_summary: unknown }>("GET", "/summary")).env.data.metrics_summary).toBeNull();
    const made = await call<{ metrics_summary: { dates: string[]; user_total: number } }>("GET", "/summary?generate=true");
    expect(made.env.data.metrics_summary.dates).toHaveLength(12);
    expect((await call<{ metrics_summary: unknown }>("GET", "/summary")).env.data.metrics_summary).toEqual(made.env.data.metrics_summary);
  });

  it("puts a test mail in the mailbox, checking the port and the recipient", async () => {
    const settings = { smtpHost: "smtp.example.com", smtpPort: "587" };
    expect((await call("POST", "/tool/mail", { to: "bad", settings })).env.msg).toBe("To format error");
    expect((await call("POST", "/tool/mail", { to: "a@example.com", settings: { ...settings, smtpPort: "x" } })).env.msg).toBe("Invalid SMTP port");
    expect((await call("POST", "/tool/mail", { to: "a@example.com", settings: { smtpHost: "nowhere.invalid", smtpPort: "25" } })).env.code).toBe(50005);
    expect((await call("POST", "/tool/mail", { to: "a@example.com", settings })).env.code).toBe(0);
    expect(srv.app.state.mails.at(-1)).toMatchObject({ to: "a@example.com", kind: "test", smtpHost: "smtp.example.com" });
  });
});
