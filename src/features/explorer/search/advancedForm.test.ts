import { describe, expect, it } from "vitest";
import { advancedOptions, initialAdvancedForm, isEmptySearch } from "./advancedForm";

const blank = () => initialAdvancedForm({});

describe("initialAdvancedForm", () => {
  it("quotes names with spaces and reads sizes in bytes", () => {
    const f = initialAdvancedForm({ names: ["report", "q1 draft"], sizeGte: 2048, useOr: true, caseFolding: false });
    expect(f).toMatchObject({ names: 'report "q1 draft"', minSize: "2048", maxSize: "", unit: "B", useOr: true, caseFolding: false });
  });

  it("ignores case unless the search said otherwise", () => {
    expect(blank().caseFolding).toBe(true);
  });

  it("puts a tag filter in the tag field and other metadata in the key and value fields", () => {
    expect(initialAdvancedForm({ metadata: { "tag:red": "" } })).toMatchObject({ tag: "red", metaKey: "", metaValue: "" });
    expect(initialAdvancedForm({ metadata: { "exif:model": "X100" } })).toMatchObject({ tag: "", metaKey: "exif:model", metaValue: "X100" });
  });
});

describe("advancedOptions", () => {
  it("turns sizes into bytes with the chosen unit and skips what is not a number", () => {
    const o = advancedOptions({ ...blank(), minSize: "1.5", maxSize: "abc", unit: "KB" });
    expect(o.sizeGte).toBe(1536);
    expect(o.sizeLte).toBeUndefined();
  });

  it("counts dates from the start of the first day to the end of the last, in local time", () => {
    const o = advancedOptions({ ...blank(), createdFrom: "2024-03-05", updatedTo: "2024-03-06" });
    expect(o.createdGte).toBe(Math.floor(new Date(2024, 2, 5, 0, 0, 0).getTime() / 1000));
    expect(o.updatedLte).toBe(Math.floor(new Date(2024, 2, 6, 23, 59, 59).getTime() / 1000));
    expect(o.createdLte).toBeUndefined();
  });

  it("sends a tag instead of other metadata when both are filled", () => {
    expect(advancedOptions({ ...blank(), tag: " red ", metaKey: "k", metaValue: "v" }).metadata).toEqual({ "tag:red": "" });
    expect(advancedOptions({ ...blank(), metaKey: " k ", metaValue: "v" }).metadata).toEqual({ k: "v" });
    expect(advancedOptions(blank())).not.toHaveProperty("metadata");
  });

  it("splits the names into words, keeping quoted phrases", () => {
    expect(advancedOptions({ ...blank(), names: 'a "b c"' }).names).toEqual(["a", "b c"]);
  });
});

describe("isEmptySearch", () => {
  it("is empty without any condition, whatever the matching options", () => {
    expect(isEmptySearch(advancedOptions({ ...blank(), useOr: true, caseFolding: false }))).toBe(true);
  });

  it("is not empty with any one condition", () => {
    for (const patch of [
      { names: "x" },
      { type: "folder" as const },
      { category: "image" as const },
      { minSize: "0" },
      { updatedFrom: "2024-01-01" },
      { tag: "t" },
    ])
      expect(isEmptySearch(advancedOptions({ ...blank(), ...patch }))).toBe(false);
  });
});
