import { describe, expect, it } from "vitest";
import { parseUri } from "../../../lib/uri";
import { conditionCount, quickSearchUri, tokenize } from "./query";

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

describe("condition count", () => {
  const count = (u: string) => conditionCount(parseUri(u));
  it("counts typed words as one condition, whatever qualifies them", () => {
    expect(count("cloudreve://my?name=report&case_folding")).toBe(1);
    expect(count("cloudreve://my?name=plan&name=b&case_folding&name_op_or")).toBe(1);
  });
  it("counts a range once, with one bound or both", () => {
    expect(count("cloudreve://my?size_gte=10&size_lte=100")).toBe(1);
    expect(count("cloudreve://my?created_gte=1&updated_lte=2")).toBe(2);
  });
  it("counts type, category and each metadata key", () => {
    expect(count("cloudreve://my?name=a&type=file&category=image&meta_tag%3Ared=&meta_customize%3Ax=1")).toBe(5);
  });
  it("counts the trash's quick search (by original location) as one", () => {
    expect(conditionCount(quickSearchUri(parseUri("cloudreve://trash"), "a b")!)).toBe(1);
  });
  it("is zero without conditions", () => {
    expect(count("cloudreve://my/x")).toBe(0);
  });
});
