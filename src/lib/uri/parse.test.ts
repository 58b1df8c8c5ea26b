// Parsing cloudreve:// URIs the way the server does, and names that must survive a round trip.
import { describe, expect, it } from "vitest";
import { UriError, buildSearchQuery, parseSearchQuery, parseUri, tryParseUri, type SearchOptions } from "../uri";

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
