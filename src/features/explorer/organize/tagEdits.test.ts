import { describe, expect, it } from "vitest";
import type { FileResponse } from "../../../api/queries/files";
import { addTag, tagPatches, tagRows } from "./tagEdits";
import { tagSearchHref } from "./tagSearch";

const file = (path: string, metadata: Record<string, string>) => ({ path, name: path, type: 0, metadata }) as unknown as FileResponse;
const a = file("cloudreve://my/a", { "tag:work": "#e53935", "tag:draft": "" });
const b = file("cloudreve://my/b", { "tag:work": "#e53935", "customize:emoji": "😀" });

describe("tags of several files", () => {
  it("counts how many of the files carry each tag", () => {
    expect(tagRows([a, b]).map((r) => [r.name, r.count])).toEqual([
      ["draft", 1],
      ["work", 2],
    ]);
  });

  it("sends only what changes on each file", () => {
    let rows = tagRows([a, b]);
    rows = addTag(rows, "new", "#1e88e5");
    rows = rows.map((r) => (r.name === "work" ? { ...r, edit: "remove" as const } : r));
    expect(tagPatches(rows, a)).toEqual([
      { key: "tag:work", remove: true },
      { key: "tag:new", value: "#1e88e5" },
    ]);
    expect(tagPatches(rows, b)).toEqual([
      { key: "tag:work", remove: true },
      { key: "tag:new", value: "#1e88e5" },
    ]);
    // Making a partial tag whole sets it only where it is missing.
    const whole = addTag(tagRows([a, b]), "draft", "");
    expect(tagPatches(whole, a)).toEqual([]);
    expect(tagPatches(whole, b)).toEqual([{ key: "tag:draft", value: "" }]);
  });

  it("searches My files for a tag", () => {
    expect(decodeURIComponent(tagSearchHref("to do").split("path=")[1]!)).toBe("cloudreve://my?meta_tag%3Ato%20do");
  });
});
