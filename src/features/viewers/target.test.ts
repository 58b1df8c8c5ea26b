import { describe, expect, it } from "vitest";
import { sameTarget, searchWith, targetOf } from "./target";

describe("the viewer in the URL", () => {
  it("round-trips through the query string, keeping the other parameters", () => {
    const search = searchWith("?path=cloudreve%3A%2F%2Fmy%2Fa&size=3", { open: "f1", viewer: "image", version: "e9" });
    const params = new URLSearchParams(search);
    expect(params.get("path")).toBe("cloudreve://my/a");
    expect(params.has("size")).toBe(false);
    expect(targetOf(params)).toEqual({ open: "f1", viewer: "image", version: "e9" });
  });

  it("closes by removing only its own parameters", () => {
    expect(searchWith("?path=x&open=f&viewer=v&version=e", null)).toBe("?path=x");
    expect(targetOf(new URLSearchParams("?path=x"))).toBeNull();
  });

  it("compares targets by what they show", () => {
    expect(sameTarget({ open: "a" }, { open: "a", viewer: "" })).toBe(true);
    expect(sameTarget({ open: "a", version: "1" }, { open: "a" })).toBe(false);
  });
});
