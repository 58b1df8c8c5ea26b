import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeId, IdType } from "../core/ids.ts";
import { issueTokens } from "../core/tokens.ts";
import { GROUP_READONLY, newUser } from "../state/seedUsers.ts";
import { startTestServer, type TestServer } from "../testkit.ts";

interface DavAccount {
  id: string;
  created_at: string;
  name: string;
  uri: string;
  password: string;
  options: string;
}
interface DavPage {
  accounts: DavAccount[];
  pagination: { page: number; page_size: number; next_token?: string; is_cursor?: boolean };
}

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(() => srv.close());

/** A signed-in account of a group with exactly these permission bits. */
function accountWith(bits: number[]): { auth: string; permission: Set<number> } {
  const groupId = 1000 + srv.app.state.groups.size;
  const permission = new Set(bits);
  srv.app.state.groups.set(groupId, { id: groupId, name: `bits ${bits.join(",")}`, permission, maxStorage: 0, sourceBatch: 0, trashRetention: 0 });
  const user = srv.app.state.addUser((id) => newUser(id, `dav-${id}@example.com`, "", groupId));
  return { auth: `Bearer ${issueTokens(srv.app.state, user).access_token}`, permission };
}

const create = (auth: string, body: unknown) => srv.api<DavAccount>("PUT", "/api/v4/devices/dav", { auth, body });
const list = (auth: string, query: string) => srv.api<DavPage>("GET", `/api/v4/devices/dav?${query}`, { auth });

describe("WebDAV accounts: creating", () => {
  it("creates an account with a generated password and lists it", async () => {
    const { auth } = srv.user("admin");
    const made = await create(auth, { uri: "cloudreve://my/Documents", name: "Laptop" });
    expect(made.env.code).toBe(0);
    expect(made.env.data).toMatchObject({ name: "Laptop", uri: "cloudreve://my/Documents", options: "" });
    expect(made.env.data.password).toMatch(/^[0-9a-z]{32}$/);
    expect(made.env.data.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);

    const page = await list(auth, "page_size=10");
    expect(page.env.data).toEqual({ accounts: [made.env.data], pagination: { page: 0, page_size: 10, is_cursor: true } });
  });

  it("sets read-only and proxy as option bits; proxy only with the group's permission", async () => {
    const { auth } = srv.user("admin");
    expect((await create(auth, { uri: "cloudreve://my", name: "a", readonly: true })).env.data.options).toBe("AQ==");
    expect((await create(auth, { uri: "cloudreve://my", name: "b", proxy: true })).env.data.options).toBe("Ag==");
    expect((await create(auth, { uri: "cloudreve://my", name: "c", readonly: true, proxy: true })).env.data.options).toBe("Aw==");

    const noProxy = accountWith([3]).auth;
    const dropped = await create(noProxy, { uri: "cloudreve://my", name: "d", readonly: true, proxy: true });
    expect(dropped.env.code).toBe(0);
    expect(dropped.env.data.options).toBe("AQ==");
  });

  it("refuses a group without WebDAV (40007) but still lists for it", async () => {
    const { auth } = srv.user("user");
    const denied = await create(auth, { uri: "cloudreve://my", name: "x" });
    expect(denied.env).toMatchObject({ code: 40007, msg: "WebDAV is not enabled for this user group" });
    expect(denied.env.correlation_id).toBeTruthy();
    expect((await list(auth, "page_size=10")).env.data.accounts).toEqual([]);
  });

  it("accepts my and share roots, refuses other file systems and searches", async () => {
    const { auth } = srv.user("admin");
    for (const uri of ["cloudreve://my/a%20b/c", "cloudreve://MY", "cloudreve://abc:pw@share/x", "cloudreve://my/x?case_folding", "CLOUDREVE://my/missing"]) {
      expect((await create(auth, { uri, name: "ok" })).env.code, uri).toBe(0);
    }
    for (const uri of [
      "cloudreve://trash",
      "cloudreve://shared_with_me",
      "https://my/x",
      "cloudreve://my/x?name=a",
      "cloudreve://my/x?category=image",
      "cloudreve://my/x?meta_k=v",
      "cloudreve://my/%zz",
      "not a uri",
    ]) {
      const res = await create(auth, { uri, name: "bad" });
      expect(res.env, uri).toMatchObject({ code: 40001, msg: "Invalid URI" });
    }
  });

  it("validates the body like the server's binding", async () => {
    const { auth } = srv.user("admin");
    expect((await create(auth, { name: "x" })).env).toMatchObject({ code: 40001, msg: "Uri cannot be empty" });
    expect((await create(auth, { uri: "cloudreve://my" })).env).toMatchObject({ code: 40001, msg: "Name cannot be empty" });
    expect((await create(auth, { uri: "cloudreve://my", name: "n".repeat(256) })).env).toMatchObject({ code: 40001, msg: "Name too long" });
    expect((await create(auth, { uri: "cloudreve://my", name: "名".repeat(255) })).env.code).toBe(0);
    expect((await create(auth, { uri: "cloudreve://my", name: "x", readonly: "yes" })).env).toMatchObject({ code: 40001, msg: "JSON marshall error" });
    // Type errors come before the rules.
    expect((await create(auth, { name: 5 })).env.msg).toBe("JSON marshall error");
    const anonymous = await srv.api("PUT", "/api/v4/devices/dav", { body: { uri: "cloudreve://my", name: "x" } });
    expect(anonymous.env.code).toBe(401);
  });
});

describe("WebDAV accounts: listing, updating and deleting", () => {
  it("pages newest first with cursor tokens and checks page_size", async () => {
    const { auth } = srv.user("admin");
    const names = Array.from({ length: 23 }, (_, i) => `acc-${String(i).padStart(2, "0")}`);
    for (const name of names) await create(auth, { uri: "cloudreve://my", name });
    const seen: string[] = [];
    let token = "";
    let pages = 0;
    do {
      const page = await list(auth, `page_size=10${token ? `&next_page_token=${encodeURIComponent(token)}` : ""}`);
      expect(page.env.code).toBe(0);
      seen.push(...page.env.data.accounts.map((a) => a.name));
      token = page.env.data.pagination.next_token ?? "";
      pages++;
    } while (token);
    expect(pages).toBe(3);
    expect(seen).toEqual([...names].reverse());

    expect((await list(auth, "")).env).toMatchObject({ code: 40001, msg: "PageSize cannot be empty" });
    expect((await list(auth, "page_size=9")).env).toMatchObject({ code: 40001, msg: "PageSize too short" });
    expect((await list(auth, "page_size=101")).env).toMatchObject({ code: 40001, msg: "PageSize too long" });
    expect((await list(auth, "page_size=ten")).env).toMatchObject({ code: 40001, msg: "Parameter error" });
    expect((await list(auth, "page_size=10&next_page_token=garbage")).env.code).toBe(50001);
  });

  it("updates name, root and options but keeps the password; only the owner's accounts", async () => {
    const { auth } = srv.user("admin");
    const made = (await create(auth, { uri: "cloudreve://my/a", name: "old", proxy: true })).env.data;
    const patched = await srv.api<DavAccount>("PATCH", `/api/v4/devices/dav/${made.id}`, {
      auth,
      body: { uri: "cloudreve://my/b", name: "new", readonly: true },
    });
    expect(patched.env.data).toEqual({ ...made, name: "new", uri: "cloudreve://my/b", options: "AQ==" });

    const other = srv.user("admin");
    const foreign = await srv.api("PATCH", `/api/v4/devices/dav/${made.id}`, { auth: other.auth, body: { uri: "cloudreve://my", name: "x" } });
    expect(foreign.env).toMatchObject({ code: 404, msg: "Account not exist" });
    expect((await srv.api("DELETE", `/api/v4/devices/dav/${made.id}`, { auth: other.auth })).env.code).toBe(404);

    const badId = await srv.api("PATCH", `/api/v4/devices/dav/${encodeId(IdType.share, 1)}`, { auth, body: { uri: "cloudreve://my", name: "x" } });
    expect(badId.env).toMatchObject({ code: 40001, msg: "Failed to parse object ID" });
    // The account is looked up before the group is asked.
    const readonlyUser = srv.app.state.addUser((id) => newUser(id, `ro-${id}@example.com`, "", GROUP_READONLY));
    const roAuth = `Bearer ${issueTokens(srv.app.state, readonlyUser).access_token}`;
    expect((await srv.api("PATCH", `/api/v4/devices/dav/${made.id}`, { auth: roAuth, body: { uri: "cloudreve://my", name: "x" } })).env.code).toBe(404);
  });

  it("updating needs WebDAV too, and deleting does not", async () => {
    const { auth, permission } = accountWith([3]);
    const made = (await create(auth, { uri: "cloudreve://my", name: "keep" })).env.data;
    // The administrator takes WebDAV away from the group afterwards.
    permission.delete(3);
    const denied = await srv.api("PATCH", `/api/v4/devices/dav/${made.id}`, { auth, body: { uri: "cloudreve://my", name: "x" } });
    expect(denied.env.code).toBe(40007);
    const removed = await srv.api("DELETE", `/api/v4/devices/dav/${made.id}`, { auth });
    expect(removed.env).toEqual({ code: 0, msg: "" });
    expect((await list(auth, "page_size=10")).env.data.accounts).toEqual([]);
    expect((await srv.api("DELETE", `/api/v4/devices/dav/${made.id}`, { auth })).env.code).toBe(404);
  });
});
