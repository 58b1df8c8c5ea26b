import { describe, expect, it } from "vitest";
import { NEW_PASSWORD, SIGN_IN_PASSWORD, checkEmail, checkPassword, checkRepeat, normalizeOtp } from "./validation";

describe("checkEmail", () => {
  it("accepts ordinary addresses, with surrounding spaces trimmed", () => {
    for (const e of ["a@b.co", " user.name+tag@example.com ", "admin@localhost"]) expect(checkEmail(e)).toBeUndefined();
  });
  it("reports empty and malformed addresses", () => {
    expect(checkEmail("")).toBe("required");
    expect(checkEmail("   ")).toBe("required");
    for (const e of ["plain", "a@", "@b.com", "a b@c.com", "a@b@c", "a@b."]) expect(checkEmail(e)).toBe("email");
  });
});

describe("checkPassword", () => {
  it("applies the sign-in range 4–128", () => {
    expect(checkPassword("", SIGN_IN_PASSWORD)).toBe("required");
    expect(checkPassword("abc", SIGN_IN_PASSWORD)).toBe("tooShort");
    expect(checkPassword("abcd", SIGN_IN_PASSWORD)).toBeUndefined();
    expect(checkPassword("x".repeat(128), SIGN_IN_PASSWORD)).toBeUndefined();
    expect(checkPassword("x".repeat(129), SIGN_IN_PASSWORD)).toBe("tooLong");
  });
  it("applies the new-password range 6–128", () => {
    expect(checkPassword("abcde", NEW_PASSWORD)).toBe("tooShort");
    expect(checkPassword("abcdef", NEW_PASSWORD)).toBeUndefined();
  });
  it("counts characters, not UTF-16 units", () => {
    expect(checkPassword("😀😀😀😀😀😀", NEW_PASSWORD)).toBeUndefined();
    expect(checkPassword("😀😀😀", SIGN_IN_PASSWORD)).toBe("tooShort");
  });
});

describe("checkRepeat", () => {
  it("requires the same password twice", () => {
    expect(checkRepeat("secret1", "")).toBe("required");
    expect(checkRepeat("secret1", "secret2")).toBe("mismatch");
    expect(checkRepeat("secret1", "secret1")).toBeUndefined();
  });
});

describe("normalizeOtp", () => {
  it("keeps six digits from typed or pasted text", () => {
    expect(normalizeOtp("123 456")).toBe("123456");
    expect(normalizeOtp("12-34-56-78")).toBe("123456");
    expect(normalizeOtp("abc")).toBe("");
  });
});
