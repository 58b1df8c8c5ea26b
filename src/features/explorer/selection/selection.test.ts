import { describe, expect, it } from "vitest";
import { EMPTY, invert, isSelected, only, prune, selectAll, selectRange, selectedCount, selectedLoaded, toggle } from "./model";
import { indexesInRect, moveIndex } from "./geometry";
import { initialTypeahead, typeahead } from "./typeahead";

const keys = ["a", "b", "c", "d", "e"];

describe("selection model", () => {
  it("selects, toggles and ranges", () => {
    let s = only("b");
    expect(isSelected(s, "b")).toBe(true);
    s = toggle(s, "d");
    expect(selectedLoaded(s, keys)).toEqual(["b", "d"]);
    s = selectRange(s, keys, 3, 1, false);
    expect(selectedLoaded(s, keys)).toEqual(["b", "c", "d"]);
    expect(selectedLoaded(selectRange(s, keys, 0, 1, true), keys)).toEqual(["a", "b"]);
  });

  it("keeps select-all symbolic, counting items that are not loaded", () => {
    const all = toggle(selectAll(), "c");
    expect(selectedCount(all, 100_000)).toBe(99_999);
    expect(isSelected(all, "zzz-not-loaded")).toBe(true);
    expect(isSelected(all, "c")).toBe(false);
    expect(selectedLoaded(invert(all), keys)).toEqual(["c"]);
    expect(invert(EMPTY).kind).toBe("all");
  });

  it("prunes keys that disappeared", () => {
    const s = prune(toggle(only("a"), "z"), (k) => keys.includes(k));
    expect(selectedCount(s, 5)).toBe(1);
  });
});

describe("keyboard geometry", () => {
  it("moves in lists and grids", () => {
    expect(moveIndex("ArrowDown", -1, 10, 1, 5)).toBe(0);
    expect(moveIndex("ArrowDown", 3, 10, 1, 5)).toBe(4);
    expect(moveIndex("ArrowDown", 9, 10, 1, 5)).toBe(9);
    expect(moveIndex("ArrowDown", 1, 10, 4, 5)).toBe(5);
    expect(moveIndex("ArrowRight", 1, 10, 4, 5)).toBe(2);
    expect(moveIndex("ArrowRight", 1, 10, 4, 5, true)).toBe(0);
    expect(moveIndex("ArrowLeft", 3, 10, 1, 5)).toBe(3);
    expect(moveIndex("End", 0, 10, 4, 5)).toBe(9);
    expect(moveIndex("Home", 7, 10, 4, 5)).toBe(0);
    expect(moveIndex("PageDown", 0, 100, 1, 11)).toBe(10);
    expect(moveIndex("PageUp", 5, 100, 1, 11)).toBe(0);
  });

  it("hit-tests a rubber band without the DOM", () => {
    const list = { columns: 1, rowHeight: 40, columnWidth: 0, top: 40, left: 0, count: 10 };
    expect(indexesInRect(list, { x1: 5, y1: 45, x2: 300, y2: 130 })).toEqual([0, 1, 2]);
    const grid = { columns: 3, rowHeight: 100, columnWidth: 100, top: 0, left: 0, count: 7 };
    expect(indexesInRect(grid, { x1: 150, y1: 250, x2: 50, y2: 50 })).toEqual([0, 1, 3, 4, 6]);
    expect(indexesInRect(grid, { x1: 0, y1: 900, x2: 10, y2: 950 })).toEqual([]);
  });
});

describe("type-ahead", () => {
  const names = ["Alpha", "beta", "Bravo", "charlie", "échelle"];
  it("jumps by prefix, any case, and cycles on a repeated letter", () => {
    let r = typeahead(initialTypeahead, "b", 1000, names, -1);
    expect(r.index).toBe(1);
    r = typeahead(r.state, "r", 1100, names, r.index);
    expect(r.index).toBe(2);
    r = typeahead(initialTypeahead, "b", 5000, names, 1);
    expect(r.index).toBe(2);
    r = typeahead(r.state, "b", 5100, names, 2);
    expect(r.index).toBe(1);
    expect(typeahead(initialTypeahead, "e", 9000, names, -1).index).toBe(4);
    expect(typeahead(initialTypeahead, "z", 9000, names, -1).index).toBe(-1);
  });
});
