// Search options written as query pairs and read back as the server reads them.
import { describe, expect, it } from "vitest";
import { SIZE_UNBOUNDED, buildSearchQuery, parseSearchQuery, parseUri, type SearchOptions } from "../uri";

describe("search queries", () => {
  it("emits repeatable names and presence-only flags in a stable order", () => {
    const pairs = buildSearchQuery({ names: ["report", "2024"], useOr: true, caseFolding: true, type: "file" });
    expect(parseUri("cloudreve://my/Docs").withSearch(pairs).toString()).toBe("cloudreve://my/Docs?name=report&name=2024&name_op_or&case_folding&type=file");
  });

  it("always sends both size bounds because the server applies them together", () => {
    expect(buildSearchQuery({ sizeGte: 1024 })).toEqual([
      ["size_gte", "1024"],
      ["size_lte", String(SIZE_UNBOUNDED)],
    ]);
    expect(buildSearchQuery({ sizeLte: 10 })).toEqual([
      ["size_gte", "0"],
      ["size_lte", "10"],
    ]);
  });

  it("sends time ranges as whole Unix seconds", () => {
    expect(buildSearchQuery({ createdGte: 1700000000.9, updatedLte: 1800000000 })).toEqual([
      ["created_gte", "1700000000"],
      ["updated_lte", "1800000000"],
    ]);
    expect(() => buildSearchQuery({ createdGte: Number.NaN })).toThrow(RangeError);
  });

  it("skips empty keywords, which would match every file", () => {
    expect(buildSearchQuery({ names: ["", "a"] })).toEqual([["name", "a"]]);
  });

  it("encodes metadata filters as meta_<key>", () => {
    const u = parseUri("cloudreve://my").withSearch(buildSearchQuery({ metadata: { "tag:work": "" } }));
    expect(u.toString()).toBe("cloudreve://my?meta_tag%3Awork");
  });

  it("round-trips every option", () => {
    const opts: SearchOptions = {
      names: ["a", "b c"],
      useOr: true,
      caseFolding: true,
      type: "folder",
      category: "document",
      sizeGte: 5,
      sizeLte: 500,
      createdGte: 1,
      createdLte: 2,
      updatedGte: 3,
      updatedLte: 4,
      metadata: { "tag:x": "y", color: "" },
    };
    const s = parseUri("cloudreve://my").withSearch(buildSearchQuery(opts)).toString();
    expect(parseSearchQuery(parseUri(s))).toEqual(opts);
  });

  it("maps the default size bounds back to unset", () => {
    expect(parseSearchQuery(buildSearchQuery({ sizeGte: 7 }))).toEqual({ sizeGte: 7 });
    expect(parseSearchQuery(buildSearchQuery({ sizeLte: 7 }))).toEqual({ sizeLte: 7 });
  });

  it("reads use_or as an alias and ignores values the server would not parse", () => {
    const u = parseUri("cloudreve://my?use_or&type=zip&category=music&size_gte=1e3&created_gte=-5&meta___proto__=x");
    const opts = parseSearchQuery(u);
    expect(Object.keys(opts)).toEqual(["useOr", "createdGte", "metadata"]);
    expect([opts.useOr, opts.createdGte]).toEqual([true, -5]);
    // "__proto__" is user data here and must not replace the object's prototype.
    expect(Object.getPrototypeOf(opts.metadata)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(opts.metadata, "__proto__")?.value).toBe("x");
  });

  it("takes the first value of single-valued keys, as url.Values.Get does", () => {
    expect(parseSearchQuery(parseUri("cloudreve://my?type=folder&type=file&meta_a=1&meta_a=2"))).toEqual({
      type: "folder",
      metadata: { a: "1" },
    });
  });
});
