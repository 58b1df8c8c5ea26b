import { describe, expect, it } from "vitest";
import { migrateRecentTags, readRecentTags, USED_TAG_COLORS, USED_TAGS, withUsedColors, withUsedTags } from "./recentTags";

describe("recent tags in the official frontend's keys", () => {
  it("reads used_tags newest first, a null colour as none", () => {
    expect(readRecentTags({ [USED_TAGS]: { old: "#e53935", mid: null, newest: "#123456" } })).toEqual([
      { name: "newest", color: "#123456" },
      { name: "mid", color: "" },
      { name: "old", color: "#e53935" },
    ]);
    expect(readRecentTags({ [USED_TAGS]: ["not", "a", "map"] })).toEqual([]);
    expect(readRecentTags({})).toEqual([]);
  });

  it("moves a used tag to the newest end and keeps the newest twelve", () => {
    const settings = { [USED_TAGS]: Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`t${i}`, null])) };
    const next = withUsedTags(settings, [
      { name: "t0", color: "#43a047" },
      { name: "new", color: "" },
    ]);
    const names = Object.keys(next);
    expect(names).toHaveLength(12);
    expect(names.slice(-2)).toEqual(["t0", "new"]);
    expect(names).not.toContain("t1");
    expect(next["t0"]).toBe("#43a047");
    expect(next["new"]).toBeNull();
  });

  it("remembers only colours outside the palette, once each, the newest ten", () => {
    const settings = { [USED_TAG_COLORS]: ["#111111"] };
    expect(
      withUsedColors(settings, [
        { name: "a", color: "#e53935" },
        { name: "b", color: "#ABCDEF" },
        { name: "c", color: "#111111" },
        { name: "d", color: "" },
      ]),
    ).toEqual(["#111111", "#abcdef"]);
    const many = Array.from({ length: 12 }, (_, i) => ({ name: `n${i}`, color: `#0000${String(i).padStart(2, "0")}` }));
    const colors = withUsedColors({}, many);
    expect(colors).toHaveLength(10);
    expect(colors.at(-1)).toBe("#000011");
  });

  it("moves the old key's tags over once, keeping the official key's newer ones first", () => {
    const settings = {
      explorer_recent_tags: [
        { name: "work", color: "#1e88e5" },
        { name: "odd", color: "#abcdef" },
        { name: "both", color: "" },
      ],
      [USED_TAGS]: { both: "#43a047", official: null },
    };
    const moved = migrateRecentTags(settings)!;
    expect(moved).toHaveProperty("explorer_recent_tags", undefined);
    expect(readRecentTags(moved)).toEqual([
      { name: "official", color: "" },
      { name: "both", color: "#43a047" },
      { name: "work", color: "#1e88e5" },
      { name: "odd", color: "#abcdef" },
    ]);
    expect(moved[USED_TAG_COLORS]).toEqual(["#abcdef"]);
    // Once moved, the old key is gone and there is nothing more to do.
    expect(migrateRecentTags({ ...settings, ...moved, explorer_recent_tags: undefined })).toBeUndefined();
  });
});
