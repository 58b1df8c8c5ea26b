// Moving around a URI (parent, join, root, search) and the URIs built for shares and display.
import { describe, expect, it } from "vitest";
import { CrUri, displayPath, parseUri, shareUri } from "../uri";

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

describe("displayPath", () => {
  it("names the root, then the folders under it", () => {
    expect(displayPath(parseUri("cloudreve://my"), "My files")).toBe("My files");
    expect(displayPath(parseUri("cloudreve://my/sub/folder"), "My files")).toBe("My files/sub/folder");
  });
  it("shows decoded names", () => {
    expect(displayPath(parseUri("cloudreve://my/a%20b/c%25d"), "My files")).toBe("My files/a b/c%d");
  });
});
