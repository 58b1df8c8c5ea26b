import { describe, expect, it } from "vitest";
import { ancestorPaths, treeKey, type ShownItem } from "./keys";

// a (expanded) > a1 (leaf), a2 (collapsed); b (collapsed)
const items: ShownItem[] = [
  { level: 1, expanded: true },
  { level: 2, expanded: undefined },
  { level: 2, expanded: false },
  { level: 1, expanded: false },
];

describe("folder tree keys", () => {
  it("moves up and down through the shown items and jumps with Home/End", () => {
    expect(treeKey(items, 0, "ArrowDown")).toEqual({ kind: "focus", index: 1 });
    expect(treeKey(items, 3, "ArrowDown")).toEqual({ kind: "focus", index: 3 });
    expect(treeKey(items, 0, "ArrowUp")).toEqual({ kind: "focus", index: 0 });
    expect(treeKey(items, 2, "Home")).toEqual({ kind: "focus", index: 0 });
    expect(treeKey(items, 0, "End")).toEqual({ kind: "focus", index: 3 });
  });

  it("right expands a closed folder, then enters its first child; a folder without subfolders stays", () => {
    expect(treeKey(items, 3, "ArrowRight")).toEqual({ kind: "expand", index: 3 });
    expect(treeKey(items, 0, "ArrowRight")).toEqual({ kind: "focus", index: 1 });
    expect(treeKey(items, 1, "ArrowRight")).toEqual({ kind: "focus", index: 1 });
  });

  it("left collapses an open folder, else goes to the parent", () => {
    expect(treeKey(items, 0, "ArrowLeft")).toEqual({ kind: "collapse", index: 0 });
    expect(treeKey(items, 2, "ArrowLeft")).toEqual({ kind: "focus", index: 0 });
    expect(treeKey(items, 3, "ArrowLeft")).toEqual({ kind: "focus", index: 3 });
  });

  it("swaps left and right in right-to-left text", () => {
    expect(treeKey(items, 3, "ArrowLeft", true)).toEqual({ kind: "expand", index: 3 });
    expect(treeKey(items, 0, "ArrowRight", true)).toEqual({ kind: "collapse", index: 0 });
  });

  it("opens with Enter and ignores other keys", () => {
    expect(treeKey(items, 2, "Enter")).toEqual({ kind: "open", index: 2 });
    expect(treeKey(items, 2, "Tab")).toBeNull();
  });

  it("expands every ancestor of the current folder, not the folder itself", () => {
    expect(ancestorPaths(["a", "b", "c"])).toEqual([["a"], ["a", "b"]]);
    expect(ancestorPaths(["a"])).toEqual([]);
  });
});
