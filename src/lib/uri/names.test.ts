import { describe, expect, it } from "vitest";
import { validateName } from "../uri";

describe("validateName", () => {
  it.each(["a", "a..b", "..a", " spaced ", "é".repeat(127) + "x", "😀", ".hidden", "..."])("accepts %j", (n) => {
    expect(validateName(n)).toBeNull();
  });

  it("rejects empty names", () => {
    expect(validateName("")).toBe("nameEmpty");
  });

  it("counts UTF-8 bytes, not characters, against the 255-byte limit", () => {
    expect(validateName("a".repeat(255))).toBeNull();
    expect(validateName("a".repeat(256))).toBe("nameTooLong");
    expect(validateName("é".repeat(128))).toBe("nameTooLong"); // 128 characters, 256 bytes
    expect(validateName("中".repeat(86))).toBe("nameTooLong"); // 258 bytes
  });

  it.each(["a\\b", "a/b", "a:b", "a*b", "a?b", 'a"b', "a<b", "a>b", "a|b"])("rejects the reserved character in %j", (n) => {
    expect(validateName(n)).toBe("nameIllegalChar");
  });

  it("rejects the dot names", () => {
    expect(validateName(".")).toBe("nameReserved");
    expect(validateName("..")).toBe("nameReserved");
  });
});
