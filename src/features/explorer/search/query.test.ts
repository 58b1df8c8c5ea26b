import { describe, expect, it } from "vitest";
import { parseUri } from "../../../lib/uri";
import { quickSearchUri, tokenize } from "./query";

describe("quick search", () => {
  it("keeps quoted phrases", () => {
    expect(tokenize(' report "q3 2024"  final ')).toEqual(["report", "q3 2024", "final"]);
  });
  it("searches the current folder by name, any case", () => {
    const u = quickSearchUri(parseUri("cloudreve://my/Docs?name=old"), "plan b");
    expect(u?.toString()).toBe("cloudreve://my/Docs?name=plan&name=b&case_folding");
  });
  it("searches the trash by original location", () => {
    expect(quickSearchUri(parseUri("cloudreve://trash"), "a b")?.toString()).toBe("cloudreve://trash?meta_sys%3Arestore_uri=a%2520b");
  });
  it("ignores blank input", () => {
    expect(quickSearchUri(parseUri("cloudreve://my"), "   ")).toBeNull();
  });
});
