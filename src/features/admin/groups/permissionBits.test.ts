import { describe, expect, it } from "vitest";
import { decodeBoolset, encodeBoolset } from "../../../lib/boolset";
import { permissionBits, permissionString } from "./permissionBits";

describe("group permission bits", () => {
  // The install defaults of the admin, user and guest groups.
  for (const v of ["/RoB", "hAg=", "gg==", ""]) {
    it(`read and write ${v || "an empty set"} as lib/boolset does`, () => {
      expect(permissionBits(v)).toEqual(decodeBoolset(v));
      expect(permissionString(permissionBits(v))).toBe(encodeBoolset(decodeBoolset(v)));
    });
  }
  it("reads nothing from a broken value", () => {
    expect(permissionBits("%%%")).toEqual(new Set());
  });
});
