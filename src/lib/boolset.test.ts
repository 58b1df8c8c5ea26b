import { describe, expect, it } from "vitest";
import { boolsetHas, decodeBoolset, encodeBoolset } from "./boolset";

// Contract §7.2–§7.4.
const VECTORS: Record<string, number[]> = {
  "w8edAQ==": [0, 1, 6, 7, 8, 9, 10, 14, 15, 16, 18, 19, 20, 23, 24], // navigator: my
  "gIaYAQ==": [7, 9, 10, 15, 19, 20, 23, 24], // navigator: share
  AMIK: [9, 14, 15, 17, 19], // navigator: trash
  gAKA: [7, 9, 23], // navigator: shared_with_me
  "/RoB": [0, 2, 3, 4, 5, 6, 7, 9, 11, 12, 16], // group: admin
  "hAg=": [2, 7, 11], // group: user
  "gg==": [1, 7], // group: anonymous
  "39/9": [0, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 18, 19, 20, 21, 22, 23], // Pro "my"
};

describe("decodeBoolset", () => {
  it.each(Object.entries(VECTORS))("decodes %s LSB first", (b64, bits) => {
    expect([...decodeBoolset(b64)]).toEqual(bits);
  });

  it("reads the docs sample 39/9AQ== as the Pro set plus flag 24", () => {
    expect([...decodeBoolset("39/9AQ==")]).toEqual([...(VECTORS["39/9"] ?? []), 24]);
  });

  it("treats empty, missing and malformed input as no flags", () => {
    for (const v of ["", null, undefined, "***", "a"]) expect(decodeBoolset(v).size).toBe(0);
  });
});

describe("boolsetHas", () => {
  it("checks single flags, including ones beyond the encoded bytes", () => {
    expect(boolsetHas("gg==", 1)).toBe(true);
    expect(boolsetHas("gg==", 7)).toBe(true);
    expect(boolsetHas("gg==", 0)).toBe(false);
    expect(boolsetHas("gg==", 8)).toBe(false);
    expect(boolsetHas("gg==", 1000)).toBe(false);
    expect(boolsetHas("gg==", -1)).toBe(false);
  });

  it("fails closed on garbage", () => {
    expect(boolsetHas("not base64!", 0)).toBe(false);
    expect(boolsetHas(undefined, 0)).toBe(false);
  });

  it("agrees with decodeBoolset for every flag of every vector", () => {
    for (const [b64, bits] of Object.entries(VECTORS)) {
      for (let n = 0; n < 40; n++) expect(boolsetHas(b64, n)).toBe(bits.includes(n));
    }
  });
});

describe("encodeBoolset", () => {
  it.each(Object.entries(VECTORS))("encodes the flags of %s back to the same string", (b64, bits) => {
    expect(encodeBoolset(bits)).toBe(b64);
    expect(encodeBoolset(decodeBoolset(b64))).toBe(b64);
  });

  it("encodes nothing as the empty string", () => {
    expect(encodeBoolset([])).toBe("");
  });

  it("uses as many bytes as the highest flag needs, in any input order and with repeats", () => {
    expect(encodeBoolset([0])).toBe("AQ==");
    expect(encodeBoolset([8])).toBe("AAE=");
    expect(encodeBoolset([1, 0, 1])).toBe("Aw==");
  });

  it("rejects negative, fractional and absurd flags", () => {
    for (const n of [-1, 1.5, Number.NaN, 1e9]) expect(() => encodeBoolset([n])).toThrow(RangeError);
  });
});
