import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../testkit.ts";

interface ListData {
  files: { name: string; path: string }[];
  pagination: { page: number; page_size: number; next_token?: string; is_cursor?: boolean } | null;
  mixed_type: boolean;
  view?: { page_size: number; order?: string; order_direction?: string; view?: string };
}

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(() => srv.close());

async function make(email: string, uri: string, type: "file" | "folder" = "file") {
  const r = await srv.api("POST", "/api/__test/files", {
    body: { owner: email, uri, type, content: type === "file" ? Buffer.from("x").toString("base64") : undefined },
  });
  expect(r.env.code).toBe(0);
}

function list(auth: string, uri: string, q: Record<string, string | number> = {}) {
  const params = new URLSearchParams({ uri, ...Object.fromEntries(Object.entries(q).map(([k, v]) => [k, String(v)])) });
  return srv.api<ListData>("GET", `/api/v4/file?${params}`, { auth });
}

describe("GET /file cursor pages", () => {
  it("skip files sorting before a folder that ends a page (page_size=1 over {afile.txt, zfolder})", async () => {
    const { user, auth } = srv.user();
    await make(user.email, "cloudreve://my/afile.txt");
    await make(user.email, "cloudreve://my/zfolder", "folder");
    const q = { page_size: 1, order_by: "name", order_direction: "asc" };
    const first = await list(auth, "cloudreve://my", q);
    expect(first.env.data.files.map((f) => f.name)).toEqual(["zfolder"]);
    const token = first.env.data.pagination!.next_token!;
    expect(JSON.parse(Buffer.from(token, "base64").toString())).toMatchObject({ string: "zfolder", start_with_file: true });
    const second = await list(auth, "cloudreve://my", { ...q, next_page_token: token });
    expect(second.env.data.files).toEqual([]);
    expect(second.env.data.pagination).toEqual({ page: 0, page_size: 1, is_cursor: true });
  });

  it("answers a garbage token with code -1", async () => {
    const { auth } = srv.user();
    const r = await list(auth, "cloudreve://my", { page_size: 10, next_page_token: "%%%" });
    expect(r.env.code).toBe(-1);
    expect(r.env.msg).toBe("");
  });
});

describe("GET /file search pages", () => {
  it("report page_size 0, use <level>|<inner> tokens and end with pagination null", async () => {
    const { user, auth } = srv.user();
    await make(user.email, "cloudreve://my/a1.txt");
    await make(user.email, "cloudreve://my/a2.txt");
    await make(user.email, "cloudreve://my/other.txt");
    const uri = "cloudreve://my?name=a";
    const first = await list(auth, uri, { page_size: 2, order_by: "name", order_direction: "asc" });
    expect(first.env.data.files.map((f) => f.name)).toEqual(["a1.txt", "a2.txt"]);
    expect(first.env.data.mixed_type).toBe(true);
    // The level ran out exactly as the page filled: the token points at the next level, no inner cursor.
    expect(first.env.data.pagination).toEqual({ page: 0, page_size: 0, next_token: "1|", is_cursor: true });
    const second = await list(auth, uri, { page_size: 2, order_by: "name", order_direction: "asc", next_page_token: "1|" });
    expect(second.env.code).toBe(0);
    expect(second.env.data.files).toEqual([]);
    expect(second.env.data.pagination).toBeNull();
    expect(second.env.data.mixed_type).toBe(false);
  });

  it("walks into deeper levels and ends without a token once no folders are left", async () => {
    const { user, auth } = srv.user();
    await make(user.email, "cloudreve://my/d1/d2/match-deep.txt");
    await make(user.email, "cloudreve://my/match-top.txt");
    const pagesSeen: string[][] = [];
    let token = "";
    let last: ListData | undefined;
    for (let i = 0; i < 10; i++) {
      const r = await list(auth, "cloudreve://my?name=match", { page_size: 1, next_page_token: token });
      last = r.env.data;
      pagesSeen.push(last.files.map((f) => f.name));
      token = last.pagination?.next_token ?? "";
      if (!token) break;
      expect(token).toMatch(/^\d+\|/);
    }
    expect(pagesSeen.flat()).toEqual(["match-top.txt", "match-deep.txt"]);
    expect(last!.pagination === null || last!.pagination.page_size === 0).toBe(true);
  });

  it("a level token beyond the tree answers an empty page with pagination null", async () => {
    const { auth } = srv.user();
    const r = await list(auth, "cloudreve://my?name=x", { page_size: 5, next_page_token: "7|" });
    expect(r.env.data).toMatchObject({ files: [], pagination: null, mixed_type: false });
    const bad = await list(auth, "cloudreve://my?name=x", { page_size: 5, next_page_token: "x|" });
    expect(bad.env.code).toBe(-1);
  });
});

describe("the process-wide default view", () => {
  beforeEach(async () => {
    await srv.api("DELETE", "/api/__test/default-views");
  });

  it("is overwritten by a listing with parameters and read by the next one without", async () => {
    const a = srv.user();
    const b = srv.user();
    for (const n of ["1.txt", "2.txt", "3.txt"]) await make(b.user.email, `cloudreve://my/${n}`);
    const set = await list(a.auth, "cloudreve://my", { page_size: 1, order_by: "size", order_direction: "desc" });
    expect(set.env.data.view).toMatchObject({ page_size: 1, order: "size", order_direction: "desc", view: "grid" });

    // Another account, another folder, no parameters: one entry per page, ordered by size desc.
    const other = await list(b.auth, "cloudreve://my");
    expect(other.env.data.files).toHaveLength(1);
    expect(other.env.data.pagination).toMatchObject({ page_size: 1, next_token: expect.any(String) });
    expect(other.env.data.view).toMatchObject({ page_size: 1, order: "size", order_direction: "desc" });

    const hooks = await srv.api<{ default: { page_size: number } }>("GET", "/api/__test/default-views");
    expect(hooks.env.data.default.page_size).toBe(1);
  });

  it("is not touched by folders with a saved view, and page sizes are clamped", async () => {
    const a = srv.user();
    await make(a.user.email, "cloudreve://my/saved", "folder");
    const saved = await srv.api("PATCH", "/api/v4/file/view", {
      auth: a.auth,
      body: { uri: "cloudreve://my/saved", view: { page_size: 60, order: "name", order_direction: "asc", view: "list", gallery_width: 100 } },
    });
    expect(saved.env.code).toBe(0);
    const r = await list(a.auth, "cloudreve://my/saved", { page_size: 5000 });
    expect(r.env.data.pagination!.page_size).toBe(2000);
    expect(r.env.data.view).toMatchObject({ page_size: 2000, view: "list" });
    const again = await list(a.auth, "cloudreve://my/saved");
    expect(again.env.data.pagination!.page_size).toBe(60);
    const hooks = await srv.api<{ default: { page_size: number } }>("GET", "/api/__test/default-views");
    expect(hooks.env.data.default.page_size).toBe(100);
  });

  it("also feeds shared-with-me, while the trash has its own", async () => {
    const a = srv.user();
    await list(a.auth, "cloudreve://my", { page_size: 3 });
    const swm = await list(a.auth, "cloudreve://shared_with_me");
    expect(swm.env.data.view!.page_size).toBe(3);
    const trash = await list(a.auth, "cloudreve://trash");
    expect(trash.env.data.view).toMatchObject({ page_size: 100, view: "list" });
    await list(a.auth, "cloudreve://trash", { page_size: 7 });
    const trash2 = await list(a.auth, "cloudreve://trash");
    expect(trash2.env.data.view!.page_size).toBe(7);
  });
});

describe("trash listing", () => {
  it("sorts by the stored (UUID) name, not the name shown", async () => {
    const { user, auth } = srv.user();
    for (const n of ["a.txt", "b.txt", "c.txt", "d.txt"]) await make(user.email, `cloudreve://my/${n}`);
    const del = await srv.api("DELETE", "/api/v4/file", { auth, body: { uris: ["a.txt", "b.txt", "c.txt", "d.txt"].map((n) => `cloudreve://my/${n}`) } });
    expect(del.env.code).toBe(0);
    const r = await list(auth, "cloudreve://trash", { page_size: 10, order_by: "name", order_direction: "asc" });
    const stored = r.env.data.files.map((f) => f.path.slice("cloudreve://trash/".length));
    expect(stored).toEqual([...stored].sort());
  });
});
