import { describe, expect, it } from "vitest";
import { UriError } from "../../../lib/uri";
import { extensionOf, numberedName, pathSegments, renamed, targetUri } from "./names";

describe("targetUri", () => {
  it("recreates the folder structure below the target", () => {
    expect(targetUri("cloudreve://my/Docs", "trip/day 1/photo #1.jpg").toString()).toBe("cloudreve://my/Docs/trip/day%201/photo%20%231.jpg");
    expect(targetUri("cloudreve://my", "a.txt").toString()).toBe("cloudreve://my/a.txt");
  });

  it("ignores empty and '.' segments and drops the folder's search", () => {
    expect(pathSegments("/a//./b.txt")).toEqual(["a", "b.txt"]);
    expect(targetUri("cloudreve://my/x?name=y", "b.txt").toString()).toBe("cloudreve://my/x/b.txt");
  });

  it("refuses paths that would climb out of the folder", () => {
    expect(() => targetUri("cloudreve://my/Docs", "../evil.txt")).toThrow(UriError);
  });
});

describe("conflict names", () => {
  it("numbers before the extension", () => {
    expect(numberedName("report.pdf", 1)).toBe("report (1).pdf");
    expect(numberedName("archive.tar.gz", 2)).toBe("archive.tar (2).gz");
    expect(numberedName(".env", 1)).toBe(".env (1)");
    expect(numberedName("Makefile", 3)).toBe("Makefile (3)");
  });

  it("renames only the last segment", () => {
    expect(renamed(targetUri("cloudreve://my", "a/b.txt"), "b (1).txt").toString()).toBe("cloudreve://my/a/b%20(1).txt");
  });

  it("reads extensions in lower case", () => {
    expect(extensionOf("A.JPG")).toBe("jpg");
    expect(extensionOf(".bashrc")).toBe("");
    expect(extensionOf("noext")).toBe("");
  });
});
