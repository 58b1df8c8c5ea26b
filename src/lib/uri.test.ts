import { describe, expect, it } from "vitest";
import {
  CrUri,
  SIZE_UNBOUNDED,
  UriError,
  displayPath,
  buildSearchQuery,
  parseSearchQuery,
  parseUri,
  shareUri,
  tryParseUri,
  validateName,
  type SearchOptions,
} from "./uri";

describe("parseUri", () => {
  it("parses the contract example into decoded segments and rebuilds it byte for byte", () => {
    const s = "cloudreve://my/Luke's%20AMA/%E6%96%B0%E6%96%87%E4%BB%B6.docx";
    const u = parseUri(s);
    expect(u.fs).toBe("my");
    expect(u.id).toBeUndefined();
    expect(u.segments).toEqual(["Luke's AMA", "新文件.docx"]);
    expect(u.name).toBe("新文件.docx");
    expect(u.toString()).toBe(s);
  });

  it.each(["my", "share", "trash", "shared_with_me"] as const)("accepts the %s file system at its root", (fs) => {
    const u = parseUri(`cloudreve://${fs}`);
    expect(u.fs).toBe(fs);
    expect(u.isRoot).toBe(true);
    expect(u.name).toBe("");
    expect(u.toString()).toBe(`cloudreve://${fs}`);
  });

  it("lower-cases the scheme and file system type", () => {
    const u = parseUri("CloudReve://Shared_With_Me");
    expect(u.fs).toBe("shared_with_me");
    expect(u.toString()).toBe("cloudreve://shared_with_me");
  });

  it("reads a share id and password from the user info", () => {
    const u = parseUri("cloudreve://VoMFL:2rje2bdj@share/folder/child?name=my%20file");
    expect(u.fs).toBe("share");
    expect(u.id).toBe("VoMFL");
    expect(u.password).toBe("2rje2bdj");
    expect(u.segments).toEqual(["folder", "child"]);
    expect(u.search).toEqual([["name", "my file"]]);
    expect(u.toString()).toBe("cloudreve://VoMFL:2rje2bdj@share/folder/child?name=my%20file");
  });

  it("reads a public share without a password", () => {
    const u = parseUri("cloudreve://VoMFL@share");
    expect(u.id).toBe("VoMFL");
    expect(u.password).toBeUndefined();
    expect(u.toString()).toBe("cloudreve://VoMFL@share");
  });

  it("addresses a trashed item by its internal UUID name", () => {
    const u = parseUri("cloudreve://trash/5b0f5f05-451e-4dcd-9c65-474315dd7d20");
    expect(u.fs).toBe("trash");
    expect(u.segments).toEqual(["5b0f5f05-451e-4dcd-9c65-474315dd7d20"]);
    expect(u.parent().toString()).toBe("cloudreve://trash");
  });

  it("addresses a shared_with_me shortcut by file id", () => {
    const u = parseUri("cloudreve://shared_with_me/x7Fg");
    expect(u.segments).toEqual(["x7Fg"]);
  });

  it("keeps a literal + in the path as +, but reads + in the query as a space like Go does", () => {
    const u = parseUri("cloudreve://my/a+b?name=c+d");
    expect(u.segments).toEqual(["a+b"]);
    expect(u.search).toEqual([["name", "c d"]]);
    expect(u.toString()).toBe("cloudreve://my/a%2Bb?name=c%20d");
  });

  it("strips a trailing slash and collapses empty, . and .. segments like path.Clean", () => {
    expect(parseUri("cloudreve://my/a/").toString()).toBe("cloudreve://my/a");
    expect(parseUri("cloudreve://my/").isRoot).toBe(true);
    expect(parseUri("cloudreve://my//a/./b/../c").segments).toEqual(["a", "c"]);
    expect(parseUri("cloudreve://my/../../a").segments).toEqual(["a"]);
  });

  it("treats an encoded slash as a separator, because the server decodes the path before splitting", () => {
    expect(parseUri("cloudreve://my/a%2Fb").segments).toEqual(["a", "b"]);
  });

  it("ignores a fragment, which the server never sees", () => {
    expect(parseUri("cloudreve://my/a#frag").toString()).toBe("cloudreve://my/a");
  });

  it('accepts presence-only flags with or without "=" and renders them bare', () => {
    const a = parseUri("cloudreve://my/Docs?name=report&name=2024&case_folding");
    const b = parseUri("cloudreve://my/Docs?name=report&name=2024&case_folding=");
    expect(a.search).toEqual([
      ["name", "report"],
      ["name", "2024"],
      ["case_folding", ""],
    ]);
    expect(b.equals(a)).toBe(true);
    expect(b.toString()).toBe("cloudreve://my/Docs?name=report&name=2024&case_folding");
  });

  it("keeps query pairs in order with repeats and decodes encoded keys", () => {
    const u = parseUri("cloudreve://my?name=b&type=file&name=a&meta_tag%3Awork=");
    expect(u.search).toEqual([
      ["name", "b"],
      ["type", "file"],
      ["name", "a"],
      ["meta_tag:work", ""],
    ]);
    expect(u.toString()).toBe("cloudreve://my?name=b&type=file&name=a&meta_tag%3Awork");
  });

  it.each([
    ["a wrong scheme", "http://my/a"],
    ["a missing scheme", "my/a"],
    ["a non-hierarchical form", "cloudreve:my"],
    ["an unknown file system", "cloudreve://shared_by_me"],
    ["an empty file system", "cloudreve://"],
    ["a port", "cloudreve://my:80/a"],
    ["a malformed escape in the path", "cloudreve://my/%E6%96"],
    ["a malformed escape in the query", "cloudreve://my?name=%zz"],
  ])("rejects %s with UriError", (_, s) => {
    expect(() => parseUri(s)).toThrow(UriError);
    expect(tryParseUri(s)).toBeNull();
  });
});

describe("hostile names", () => {
  const names = [
    "with space",
    " leading and trailing ",
    "%2F",
    "100%",
    "%",
    "#hash",
    "what?",
    "a&b=c",
    "1+1=2",
    "a..b",
    "..hidden",
    "...",
    ".env",
    "evil\u202Etxt.exe",
    "😀 emoji 👨‍👩‍👧",
    "中文 文件名.txt",
    "<img src=x onerror=alert(1)>",
    `'"`,
    "\\backslash",
    "\u0000nul",
    "é".repeat(127) + "x", // 255 bytes of UTF-8
  ];

  it.each(names)("round-trips %j through toString and parseUri", (name) => {
    const u = parseUri("cloudreve://my/dir").join(name);
    const s = u.toString();
    expect(s).toBe(`cloudreve://my/dir/${encodeURIComponent(name)}`);
    const back = parseUri(s);
    expect(back.segments).toEqual(["dir", name]);
    expect(back.name).toBe(name);
    expect(back.equals(u)).toBe(true);
  });

  it("round-trips hostile search keywords and metadata values", () => {
    const opts: SearchOptions = { names: ["a&b=c", "1+1", "100%", "#?/"], metadata: { "tag:<b>": "x&y=z" } };
    const u = parseUri("cloudreve://my").withSearch(buildSearchQuery(opts));
    expect(parseSearchQuery(parseUri(u.toString()))).toEqual(opts);
  });

  it("refuses to build segments the server would reinterpret", () => {
    const root = parseUri("cloudreve://my");
    for (const bad of ["", ".", "..", "a/b"]) expect(() => root.join(bad)).toThrow(UriError);
    expect(() => root.join("\uD800")).toThrow(UriError);
  });
});

describe("CrUri navigation", () => {
  const u = parseUri("cloudreve://VoMFL:pw@share/a/b?name=x");

  it("goes to the parent without the search, and the root is its own parent", () => {
    expect(u.parent().toString()).toBe("cloudreve://VoMFL:pw@share/a");
    expect(u.root().toString()).toBe("cloudreve://VoMFL:pw@share");
    expect(u.root().parent().toString()).toBe("cloudreve://VoMFL:pw@share");
  });

  it("joins several names and drops the search", () => {
    expect(u.join("c", "d e").toString()).toBe("cloudreve://VoMFL:pw@share/a/b/c/d%20e");
  });

  it("adds and removes a search without touching the path", () => {
    expect(u.isSearch).toBe(true);
    expect(u.withoutSearch().toString()).toBe("cloudreve://VoMFL:pw@share/a/b");
    expect(u.withoutSearch().isSearch).toBe(false);
    expect(u.withSearch(new URLSearchParams("type=folder")).toString()).toBe("cloudreve://VoMFL:pw@share/a/b?type=folder");
  });

  it("does not count the case_folding or OR flags alone as a search", () => {
    expect(parseUri("cloudreve://my?case_folding&name_op_or").isSearch).toBe(false);
    expect(parseUri("cloudreve://my?meta_tag%3Awork").isSearch).toBe(true);
  });

  it("is immutable", () => {
    expect(Object.isFrozen(u.segments)).toBe(true);
    expect(Object.isFrozen(u.search)).toBe(true);
    u.join("x");
    expect(u.toString()).toBe("cloudreve://VoMFL:pw@share/a/b?name=x");
  });

  it("compares by canonical form", () => {
    expect(parseUri("CLOUDREVE://MY/a%20b/").equals(parseUri("cloudreve://my/a%20b"))).toBe(true);
    expect(parseUri("cloudreve://my/a").equals(parseUri("cloudreve://my/a?name=x"))).toBe(false);
    expect(parseUri("cloudreve://my/a").equals(parseUri("cloudreve://trash/a"))).toBe(false);
  });

  it("knows strict descendants within the same file system instance", () => {
    const docs = parseUri("cloudreve://my/Docs");
    expect(parseUri("cloudreve://my/Docs/a/b").isDescendantOf(docs)).toBe(true);
    expect(parseUri("cloudreve://my/Docs?name=x").isDescendantOf(docs)).toBe(false);
    expect(parseUri("cloudreve://my/Docs2").isDescendantOf(docs)).toBe(false);
    expect(parseUri("cloudreve://my/Docs/a").isDescendantOf(parseUri("cloudreve://my"))).toBe(true);
    expect(parseUri("cloudreve://trash/Docs/a").isDescendantOf(docs)).toBe(false);
    expect(parseUri("cloudreve://A@share/x").isDescendantOf(parseUri("cloudreve://B@share"))).toBe(false);
    expect(parseUri("cloudreve://A:pw@share/x").isDescendantOf(parseUri("cloudreve://A@share"))).toBe(true);
  });

  it("serialises to its string in JSON", () => {
    expect(JSON.stringify({ uri: parseUri("cloudreve://my/a b") })).toBe('{"uri":"cloudreve://my/a%20b"}');
  });
});

describe("shareUri", () => {
  it("builds private and public share roots like the server", () => {
    expect(shareUri("VoMFL", "2rje2bdj").toString()).toBe("cloudreve://VoMFL:2rje2bdj@share");
    expect(shareUri("VoMFL").toString()).toBe("cloudreve://VoMFL@share");
    expect(shareUri("VoMFL", "").toString()).toBe("cloudreve://VoMFL@share");
  });

  it("builds share sub-paths", () => {
    expect(shareUri("VoMFL").join("a b").toString()).toBe("cloudreve://VoMFL@share/a%20b");
  });

  it("encodes odd characters in the user info so they cannot break the authority", () => {
    const u = new CrUri({ fs: "share", id: "a@b", password: "p:w/d" });
    expect(u.toString()).toBe("cloudreve://a%40b:p%3Aw%2Fd@share");
    const back = parseUri(u.toString());
    expect([back.id, back.password]).toEqual(["a@b", "p:w/d"]);
  });
});

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

describe("validateName", () => {
  it.each(["a", "a..b", "..a", " spaced ", "é".repeat(127) + "x", "😀", ".hidden", "..."])("accepts %j", (n) => {
    expect(validateName(n)).toBeNull();
  });

  it("rejects empty names", () => {
    expect(validateName("")).toBe("nameEmpty");
  });

  it("counts UTF-8 bytes, not characters, against the 255-byte limit", () => {
    expect(validateName("a".repeat(255))).toBeNull();
    expect(validateName("a".repeat(256))).toBe("nameTooLong");
    expect(validateName("é".repeat(128))).toBe("nameTooLong"); // 128 characters, 256 bytes
    expect(validateName("中".repeat(86))).toBe("nameTooLong"); // 258 bytes
  });

  it.each(["a\\b", "a/b", "a:b", "a*b", "a?b", 'a"b', "a<b", "a>b", "a|b"])("rejects the reserved character in %j", (n) => {
    expect(validateName(n)).toBe("nameIllegalChar");
  });

  it("rejects the dot names", () => {
    expect(validateName(".")).toBe("nameReserved");
    expect(validateName("..")).toBe("nameReserved");
  });
});

describe("displayPath", () => {
  it("names the root, then the folders under it", () => {
    expect(displayPath(parseUri("cloudreve://my"), "My files")).toBe("My files");
    expect(displayPath(parseUri("cloudreve://my/sub/folder"), "My files")).toBe("My files/sub/folder");
  });
  it("shows decoded names", () => {
    expect(displayPath(parseUri("cloudreve://my/a%20b/c%25d"), "My files")).toBe("My files/a b/c%d");
  });
});
