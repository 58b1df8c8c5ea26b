import { describe, expect, it } from "vitest";
import type { TFunction } from "i18next";
import type { FileResponse } from "../../../api/queries/files";
import { Col } from "../listing/viewSettings";
import { COLUMN_MAX, COLUMN_MIN, columnDef, folderOf, originalFolderOf, withColumnWidth } from "./columns";

const t = ((key: string) => ({ "roots.my": "My files" })[key] ?? key) as unknown as TFunction;
const file = (over: Partial<FileResponse>) => ({ type: 0, name: "a.txt", size: 1, ...over }) as FileResponse;

describe("column widths", () => {
  const cols = [
    { type: Col.Name },
    { type: Col.Size },
    { type: Col.Metadata, props: { metadata_key: "a" } },
    { type: Col.Metadata, props: { metadata_key: "b" } },
  ];

  it("sets one column's width, within the limits the view may hold", () => {
    expect(withColumnWidth(cols, Col.Size, undefined, 123.4)[1]).toEqual({ type: Col.Size, width: 123 });
    expect(withColumnWidth(cols, Col.Size, undefined, 5)[1]!.width).toBe(COLUMN_MIN);
    expect(withColumnWidth(cols, Col.Size, undefined, 5000)[1]!.width).toBe(COLUMN_MAX);
  });

  it("tells metadata columns apart by their key", () => {
    const next = withColumnWidth(cols, Col.Metadata, "b", 300);
    expect(next[2]).toEqual(cols[2]);
    expect(next[3]).toEqual({ type: Col.Metadata, props: { metadata_key: "b" }, width: 300 });
  });

  it("adds a shown column the view does not list (search results' location) after the name", () => {
    expect(withColumnWidth([{ type: Col.Name }, { type: Col.Size }], Col.Parent, undefined, 250)).toEqual([
      { type: Col.Name },
      { type: Col.Parent, width: 250 },
      { type: Col.Size },
    ]);
  });

  it("uses a saved width, and defaults wide enough for a full date", () => {
    expect(columnDef({ type: Col.Modified, width: 240 }, t, "en-US")!.width).toBe(240);
    expect(columnDef({ type: Col.Modified }, t, "en-US")!.width).toBeGreaterThanOrEqual(200);
    expect(columnDef({ type: Col.Modified, width: 10 }, t, "en-US")!.width).toBeGreaterThanOrEqual(200);
  });
});

describe("folder names", () => {
  it("says where an item is, from the root's name", () => {
    expect(folderOf(file({ path: "cloudreve://my/a.txt" }), "My files")).toBe("My files");
    expect(folderOf(file({ path: "cloudreve://my/sub/folder/a.txt" }), "My files")).toBe("My files/sub/folder");
  });

  it("says where a trashed item came from", () => {
    expect(originalFolderOf(file({ path: "cloudreve://trash/x", metadata: { "sys:restore_uri": "cloudreve://my/Documents/a.txt" } }), t)).toBe(
      "My files/Documents",
    );
    expect(originalFolderOf(file({ path: "cloudreve://trash/x", metadata: { "sys:restore_uri": "cloudreve://my/a.txt" } }), t)).toBe("My files");
    expect(originalFolderOf(file({ path: "cloudreve://trash/x" }), t)).toBe("");
  });
});
