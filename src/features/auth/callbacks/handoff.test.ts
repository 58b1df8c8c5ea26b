import { describe, expect, it } from "vitest";
import { isReauthorize, mountUrl, withoutUserHint } from "./handoff";

describe("mountUrl", () => {
  it("carries state, code and user id, and the folder and name from the desktop set-up", () => {
    expect(mountUrl({ state: "s 1", code: "c&d", userId: "u1" })).toBe("cloudreve://mount?state=s+1&code=c%26d&user_id=u1");
    const url = new URL(mountUrl({ state: "s", code: "c", userId: "u", path: "cloudreve://my/Photos 2024", name: "Photos" }).replace("cloudreve:", "http:"));
    expect(Object.fromEntries(url.searchParams)).toEqual({ state: "s", code: "c", user_id: "u", path: "cloudreve://my/Photos 2024", name: "Photos" });
  });

  it("hands on a declined authorization instead of a code", () => {
    expect(mountUrl({ state: "s", error: "access_denied", userId: "u" })).toBe("cloudreve://mount?state=s&error=access_denied&user_id=u");
  });
});

describe("isReauthorize", () => {
  it("recognises the desktop app renewing a mount", () => {
    expect(isReauthorize("reauthorize:abc")).toBe(true);
    expect(isReauthorize("abc")).toBe(false);
  });
});

describe("withoutUserHint", () => {
  it("drops only user_hint", () => {
    expect(withoutUserHint("/home", "?path=cloudreve%3A%2F%2Fmy&user_hint=u1")).toBe("/home?path=cloudreve%3A%2F%2Fmy");
    expect(withoutUserHint("/home", "?user_hint=u1", "#x")).toBe("/home#x");
  });
});
