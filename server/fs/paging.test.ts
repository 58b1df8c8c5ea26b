import { describe, expect, it } from "vitest";
import { encodeId, IdType } from "../core/ids.ts";
import { capPageSize, compareCodePoints, cursorPage, decodeCursor, encodeCursor, offsetPage, orderFrom, sortNodes, splitSorted } from "./paging.ts";
import type { FileNode } from "./types.ts";

let nextId = 1;
function node(name: string, type: 0 | 1, extra: Partial<FileNode> = {}): FileNode {
  const at = new Date(Date.UTC(2025, 0, 1, 0, 0, nextId));
  return {
    id: nextId++,
    ownerId: 1,
    name,
    type,
    size: 0,
    createdAt: at,
    updatedAt: at,
    metadata: new Map(),
    primaryEntity: 0,
    entities: [],
    isSymbolic: false,
    ...extra,
  };
}

const tokenJson = (t: string) => JSON.parse(Buffer.from(t, "base64").toString("utf8")) as Record<string, unknown>;

function pages(nodes: FileNode[], orderBy: string, direction: string, pageSize: number): string[][] {
  const o = orderFrom(orderBy, direction, false);
  const src = splitSorted(sortNodes(nodes, o));
  const out: string[][] = [];
  let token = "";
  for (let i = 0; i < 50; i++) {
    const p = cursorPage(src, o, pageSize, token);
    out.push(p.items.map((n) => n.name));
    token = (p.pagination.next_token as string | undefined) ?? "";
    if (!token) break;
  }
  return out;
}

describe("cursor paging reproduces the real server's folder/file hand-over", () => {
  it("skips files that sort before the last folder when a page ends on it", () => {
    const list = [node("afile.txt", 0), node("zfolder", 1)];
    expect(pages(list, "name", "asc", 1)).toEqual([["zfolder"], []]);
  });

  it("marks the hand-over token start_with_file and gives it the folder's key", () => {
    const folder = node("zfolder", 1);
    const o = orderFrom("name", "asc", false);
    const p = cursorPage(splitSorted(sortNodes([node("afile.txt", 0), folder], o)), o, 1, "");
    expect(tokenJson(p.pagination.next_token as string)).toEqual({ id: encodeId(IdType.file, folder.id), string: "zfolder", start_with_file: true });
    expect(p.pagination).toMatchObject({ page: 0, page_size: 1, is_cursor: true });
  });

  it("lists files from the start after a page of folders only", () => {
    const list = [node("b", 1), node("c", 1), node("d", 1), node("a.txt", 0), node("e.txt", 0)];
    // Page 1: folders b, c (3 folders > page size, no hand-over); page 2: d then the files from
    // the start, the token now carrying start_with_file and a.txt's key; page 3: after a.txt.
    expect(pages(list, "name", "asc", 2)).toEqual([["b", "c"], ["d", "a.txt"], ["e.txt"]]);
  });

  it("applies the same skip when sorting by size, descending", () => {
    const list = [node("big.bin", 0, { size: 500 }), node("small.bin", 0, { size: 10 }), node("dir", 1, { size: 0 })];
    // The folder (size 0) ends page 1; page 2 asks for files smaller than 0 bytes: none.
    expect(pages(list, "size", "desc", 1)).toEqual([["dir"], []]);
  });

  it("is unaffected when a page ends inside the files", () => {
    const list = [node("x", 1), node("a.txt", 0), node("b.txt", 0), node("c.txt", 0)];
    expect(pages(list, "name", "asc", 2)).toEqual([
      ["x", "a.txt"],
      ["b.txt", "c.txt"],
    ]);
  });

  it("writes tokens in Go's field order with zero values left out", () => {
    const n = node("f", 0, { size: 0, updatedAt: new Date(Date.UTC(2025, 5, 1, 12, 0, 0, 500)) });
    const byTime = encodeCursor(n, orderFrom("updated_at", "asc", false), true);
    expect(Buffer.from(byTime, "base64").toString()).toBe(`{"time":"2025-06-01T12:00:00.5Z","id":"${encodeId(IdType.file, n.id)}","start_with_file":true}`);
    expect(tokenJson(encodeCursor(n, orderFrom("size", "asc", false), false))).toEqual({ id: encodeId(IdType.file, n.id) });
  });

  it("refuses malformed tokens as plain errors (code -1)", () => {
    for (const bad of [
      "not base64!",
      "e30",
      Buffer.from("[]").toString("base64"),
      Buffer.from('{"id":""}').toString("base64"),
      Buffer.from('{"id":5}').toString("base64"),
    ]) {
      expect(() => decodeCursor(bad)).toThrowError(expect.objectContaining({ code: -1, message: "" }));
    }
  });

  it("orders names by code point like SQLite's binary collation", () => {
    expect(compareCodePoints("B", "a")).toBeLessThan(0);
    expect(compareCodePoints("\uffff", "😀")).toBeLessThan(0);
    expect(compareCodePoints("ab", "abc")).toBeLessThan(0);
  });
});

describe("offset paging (page mode)", () => {
  const o = orderFrom("name", "asc", false);
  const list = sortNodes([node("b.txt", 0), node("z", 1), node("a.txt", 0), node("m", 1), node("c.txt", 0)], o);

  it("keeps folders before files across pages and counts every item", () => {
    const names = (page: number) => offsetPage(list, page, 2).items.map((n) => n.name);
    expect([names(0), names(1), names(2), names(3)]).toEqual([["m", "z"], ["a.txt", "b.txt"], ["c.txt"], []]);
    expect(offsetPage(list, 1, 2).pagination).toEqual({ page: 1, page_size: 2, total_items: 5 });
  });

  it("leaves the total out of an empty listing, as Go's omitempty does", () => {
    expect(offsetPage([], 0, 50).pagination).toEqual({ page: 0, page_size: 50 });
  });

  it("turns a page size of 0 or beyond the SQL parameter budget into that budget", () => {
    expect(capPageSize(0)).toBe(32756);
    expect(capPageSize(40000)).toBe(32756);
    expect(capPageSize(40000, 1)).toBe(32765);
    expect(capPageSize(100)).toBe(100);
    expect(offsetPage(list, 0, 0).items).toHaveLength(5);
  });
});

describe("cursor paging without the hand-over", () => {
  it("walks mixed listings (search) in one order, with no folder/file switch", () => {
    const o = orderFrom("name", "asc", true);
    const src = { mixed: sortNodes([node("b", 1), node("a.txt", 0), node("c.txt", 0)], o) };
    const first = cursorPage(src, o, 2, "");
    expect(first.items.map((n) => n.name)).toEqual(["a.txt", "b"]);
    expect(tokenJson(first.pagination.next_token as string).start_with_file).toBeUndefined();
    const second = cursorPage(src, o, 2, first.pagination.next_token as string);
    expect(second.items.map((n) => n.name)).toEqual(["c.txt"]);
    expect(second.pagination.next_token).toBeUndefined();
  });

  it("lists only folders when asked for folders only", () => {
    const o = orderFrom("name", "asc", false);
    const src = splitSorted(sortNodes([node("x", 1), node("a.txt", 0)], o));
    expect(cursorPage(src, o, 5, "", { folderOnly: true }).items.map((n) => n.name)).toEqual(["x"]);
  });
});
