import { describe, expect, it } from "vitest";
import { parseUri } from "../../../lib/uri";
import { isRelativePath, resolveRelative } from "./resolve";

const folder = parseUri("cloudreve://my/docs/guide");

describe("relative paths in Markdown", () => {
  it("resolve inside the drive", () => {
    expect(resolveRelative(folder, "pics/a%20b.png")?.toString()).toBe(parseUri("cloudreve://my/docs/guide/pics").join("a b.png").toString());
    expect(resolveRelative(folder, "../b.md#top")?.toString()).toBe("cloudreve://my/docs/b.md");
    expect(resolveRelative(folder, "/root.png")?.toString()).toBe("cloudreve://my/root.png");
  });

  it("leave URLs, anchors and escapes above the root alone", () => {
    for (const url of ["https://x.org/a.png", "//x.org/a", "#h", "javascript:alert(1)", "data:image/png;base64,AA"])
      expect(isRelativePath(url), url).toBe(false);
    expect(resolveRelative(folder, "../../../x")).toBeNull();
    expect(resolveRelative(folder, "%E0%A4%A")).toBeNull();
  });
});
