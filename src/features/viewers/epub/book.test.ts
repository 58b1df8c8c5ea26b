import { describe, expect, it } from "vitest";
import { fragmentOf, resolvePath } from "./book";

describe("EPUB paths", () => {
  it("resolves hrefs against the file that names them", () => {
    expect(resolvePath("OEBPS/content.opf", "text/ch1.xhtml")).toBe("OEBPS/text/ch1.xhtml");
    expect(resolvePath("OEBPS/text/ch1.xhtml", "../images/a%20b.png")).toBe("OEBPS/images/a b.png");
    expect(resolvePath("OEBPS/text/ch1.xhtml", "ch2.xhtml#part-2")).toBe("OEBPS/text/ch2.xhtml");
    expect(resolvePath("content.opf", "./ch1.xhtml")).toBe("ch1.xhtml");
    expect(resolvePath("", "OEBPS/ch1.xhtml#x")).toBe("OEBPS/ch1.xhtml");
    expect(resolvePath("OEBPS/a.xhtml", "/root.css")).toBe("root.css");
  });

  it("reads the fragment", () => {
    expect(fragmentOf("ch2.xhtml#part-2")).toBe("part-2");
    expect(fragmentOf("ch2.xhtml")).toBe("");
  });
});
