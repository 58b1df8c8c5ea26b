import { describe, expect, it } from "vitest";
import { allocateQuota, checkAgainstPolicy, type UploadPolicy } from "./validate";

const policy = (p: Partial<UploadPolicy>): UploadPolicy => ({ id: "p", type: "local", max_size: 0, ...p });

describe("checkAgainstPolicy", () => {
  it("accepts anything under an unrestricted policy, and when no policy is known", () => {
    expect(checkAgainstPolicy(policy({}), "a.exe", 10 ** 12)).toBeNull();
    expect(checkAgainstPolicy(undefined, "a.exe", 10)).toBeNull();
  });

  it("refuses files over max_size (0 = unlimited), accepting exactly the limit", () => {
    expect(checkAgainstPolicy(policy({ max_size: 100 }), "a.txt", 101)).toEqual({ reason: "tooLarge", limit: 100 });
    expect(checkAgainstPolicy(policy({ max_size: 100 }), "a.txt", 100)).toBeNull();
  });

  it("allows only the listed suffixes, case-insensitively, with or without a dot in the list", () => {
    const p = policy({ allowed_suffix: ["jpg", ".PNG"] });
    expect(checkAgainstPolicy(p, "photo.JPG", 1)).toBeNull();
    expect(checkAgainstPolicy(p, "photo.png", 1)).toBeNull();
    expect(checkAgainstPolicy(p, "notes.txt", 1)).toEqual({ reason: "suffixNotAllowed", allowed: ["jpg", "png"] });
    expect(checkAgainstPolicy(p, "README", 1)?.reason).toBe("suffixNotAllowed");
  });

  it("refuses denied suffixes", () => {
    expect(checkAgainstPolicy(policy({ denied_suffix: ["exe"] }), "setup.EXE", 1)).toEqual({ reason: "suffixDenied", suffix: "exe" });
    expect(checkAgainstPolicy(policy({ denied_suffix: ["exe"] }), "exe", 1)).toBeNull();
  });

  it("applies the name regexps when present, ignoring ones JavaScript cannot read", () => {
    expect(checkAgainstPolicy(policy({ allowed_name_regexp: "^[a-z]+\\.txt$" }), "Notes.txt", 1)).toEqual({ reason: "nameNotAllowed" });
    expect(checkAgainstPolicy(policy({ denied_name_regexp: "^~\\$" }), "~$draft.docx", 1)).toEqual({ reason: "nameDenied" });
    expect(checkAgainstPolicy(policy({ denied_name_regexp: "(?<" }), "x", 1)).toBeNull();
  });
});

describe("allocateQuota", () => {
  it("refuses files that no longer fit, letting smaller later ones through", () => {
    expect(allocateQuota([60, 50, 30, 10], 100)).toEqual([null, { reason: "quota", remaining: 40 }, null, null]);
  });

  it("lets everything through when the quota is unknown", () => {
    expect(allocateQuota([1e15], Infinity)).toEqual([null]);
  });
});
