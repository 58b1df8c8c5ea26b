// Listing against a fake server that pages the way Cloudreve does, cursor bug included: folders
// first, and a page that ends on the last folder yields a "files from here" token carrying that
// folder's name, so files sorting before it are skipped by the next page.
import { beforeEach, describe, expect, it, vi } from "vitest";

interface Item {
  id: number;
  name: string;
  type: 0 | 1;
}

const server = vi.hoisted(() => ({ items: [] as Item[], maxPageSize: 2000, requests: [] as Record<string, unknown>[] }));

function page(query: Record<string, unknown>) {
  server.requests.push(query);
  const size = Math.min(Number(query.page_size), server.maxPageSize);
  const byName = (a: Item, b: Item) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id - b.id);
  const folders = server.items.filter((i) => i.type === 1).sort(byName);
  const files = server.items.filter((i) => i.type === 0).sort(byName);
  const token = query.next_page_token
    ? (JSON.parse(atob(String(query.next_page_token))) as { id: number; string: string; start_with_file?: boolean })
    : undefined;
  const after = (i: Item) => !token || i.name > token.string || (i.name === token.string && i.id > token.id);
  let got = token?.start_with_file ? [] : folders.filter(after).slice(0, size + 1);
  let startWithFile = Boolean(token?.start_with_file);
  if (got.length < size + 1) {
    // The cursor only applies to the file query once the token says the folders are done.
    got = [...got, ...files.filter(token?.start_with_file ? after : () => true).slice(0, size + 1 - got.length)];
    startWithFile = true;
  }
  let next: string | undefined;
  if (got.length > size) {
    const last = got[size - 1]!;
    next = btoa(JSON.stringify({ id: last.id, string: last.name, ...(startWithFile ? { start_with_file: true } : {}) }));
  }
  return {
    files: got.slice(0, size).map((i) => ({ ...i, id: String(i.id) })),
    pagination: { page: 0, page_size: size, is_cursor: true, ...(next ? { next_token: next } : {}) },
    props: { max_page_size: server.maxPageSize },
  };
}

vi.mock("../client", () => ({
  api: { GET: async (_path: string, init: { params: { query: Record<string, unknown> } }) => page(init.params.query) },
  unwrap: async <T>(p: Promise<T>) => p,
}));

const { endsOnLastFolder, fetchList, walkFolder, DEFAULT_LIST_PARAMS } = await import("./files");

function folderOf(folders: string[], files: string[]) {
  let id = 0;
  server.items = [...folders.map((name) => ({ id: ++id, name, type: 1 as const })), ...files.map((name) => ({ id: ++id, name, type: 0 as const }))];
}

async function listAll(pageSize: number): Promise<string[]> {
  const names: string[] = [];
  let token: string | undefined;
  do {
    const res = await fetchList("cloudreve://my/x", { ...DEFAULT_LIST_PARAMS, pageSize }, { token, page: 0 });
    names.push(...res.files.map((f) => f.name));
    token = res.pagination?.next_token;
  } while (token);
  return names;
}

beforeEach(() => {
  server.requests.length = 0;
  server.maxPageSize = 2000;
});

describe("listing a folder page by page", () => {
  it("lists every file when a page ends exactly on the last folder (the server alone would skip them)", async () => {
    folderOf(["m1", "m2", "m3"], ["a.txt", "b.txt", "n.txt", "z.txt"]);
    expect(await listAll(3)).toEqual(["m1", "m2", "m3", "a.txt", "b.txt", "n.txt", "z.txt"]);
  });

  it("lists every file with one-item pages", async () => {
    folderOf(["zfolder"], ["afile.txt"]);
    expect(await listAll(1)).toEqual(["zfolder", "afile.txt"]);
  });

  it("asks again only for the page that would skip files", async () => {
    folderOf(["m1", "m2"], ["a", "b", "c", "d", "e"]);
    await listAll(2);
    expect(server.requests.map((q) => q.page_size)).toEqual([2, 3, 2, 2]);
  });

  it("at the server's largest page asks one item fewer instead", async () => {
    server.maxPageSize = 3;
    folderOf(["m1", "m2", "m3"], ["a", "b"]);
    expect(await listAll(3)).toEqual(["m1", "m2", "m3", "a", "b"]);
  });

  it("always sends page size and order", async () => {
    folderOf([], ["a"]);
    await listAll(50);
    expect(server.requests[0]).toMatchObject({ page_size: 50, order_by: "name", order_direction: "asc" });
  });

  it("walks a whole folder through the same correction", async () => {
    folderOf(["m1", "m2"], ["a", "b", "c"]);
    server.maxPageSize = 2;
    expect((await walkFolder("cloudreve://my/x", { maxPageSize: 2 })).map((f) => f.name)).toEqual(["m1", "m2", "a", "b", "c"]);
    expect((await walkFolder("cloudreve://my/x", { maxPageSize: 2, limit: 3 })).map((f) => f.name)).toEqual(["m1", "m2", "a"]);
  });
});

describe("endsOnLastFolder", () => {
  const folder = { type: 1 } as never;
  const file = { type: 0 } as never;
  const tok = (o: object) => btoa(JSON.stringify(o));
  it("is true only for a folder-ending page whose token switches to files", () => {
    expect(endsOnLastFolder({ files: [folder], pagination: { page: 0, page_size: 1, next_token: tok({ id: "x", start_with_file: true }) } })).toBe(true);
    expect(endsOnLastFolder({ files: [folder], pagination: { page: 0, page_size: 1, next_token: tok({ id: "x" }) } })).toBe(false);
    expect(endsOnLastFolder({ files: [file], pagination: { page: 0, page_size: 1, next_token: tok({ id: "x", start_with_file: true }) } })).toBe(false);
    expect(endsOnLastFolder({ files: [folder], mixed_type: true, pagination: { page: 0, page_size: 0, next_token: "1|" } })).toBe(false);
    expect(endsOnLastFolder({ files: [folder], pagination: null })).toBe(false);
    expect(endsOnLastFolder({ files: [folder], pagination: { page: 0, page_size: 1, next_token: "not base64 json" } })).toBe(false);
  });
});
