import { describe, expect, it } from "vitest";
import { applyPatches, customKey, isEditableKey, plainMetadata } from "./metadataEdits";

describe("plainMetadata", () => {
  it("leaves out tags, system keys, media facts and custom properties", () => {
    const metadata = {
      "tag:red": "#f00",
      "sys:restore_uri": "cloudreve://my/a",
      "thumb:disabled": "",
      "exif:model": "X100",
      "music:artist": "A",
      "stream:0": "h264",
      "props:rating": "5",
      "customize:project": "apollo",
      "dav:owner": "x",
    };
    expect(plainMetadata(metadata)).toEqual([
      ["customize:project", "apollo"],
      ["dav:owner", "x"],
    ]);
    expect(plainMetadata(undefined)).toEqual([]);
  });
});

describe("isEditableKey", () => {
  it("allows tags and the user's own properties only", () => {
    expect(isEditableKey("tag:red")).toBe(true);
    expect(isEditableKey("customize:project")).toBe(true);
    expect(isEditableKey("customize:")).toBe(false);
    expect(isEditableKey("dav:owner")).toBe(false);
  });
});

describe("customKey", () => {
  it("puts the user's key under customize: once", () => {
    expect(customKey(" project ")).toBe("customize:project");
    expect(customKey("customize:project")).toBe("customize:project");
  });
});

describe("applyPatches", () => {
  it("sets, empties and removes keys without changing the original", () => {
    const before = { a: "1", b: "2" };
    expect(applyPatches(before, [{ key: "a", remove: true }, { key: "c", value: "3" }, { key: "b" }])).toEqual({ b: "", c: "3" });
    expect(before).toEqual({ a: "1", b: "2" });
    expect(applyPatches(undefined, [{ key: "x", value: "y" }])).toEqual({ x: "y" });
  });
});
