import { describe, expect, it } from "vitest";
import { splitterDragValue, splitterKeyValue, type SplitterRules } from "./splitterKeys";

const drawer: SplitterRules = { direction: 1, step: 16, min: 200, max: 480, reset: 248 };
const column: SplitterRules = { direction: -1, step: 10, bigStep: 50, min: 60, max: 600 };

describe("splitterKeyValue", () => {
  it("grows with → when the value grows rightwards, and with ← when it grows leftwards", () => {
    expect(splitterKeyValue("ArrowRight", false, 300, drawer)).toBe(316);
    expect(splitterKeyValue("ArrowLeft", false, 300, drawer)).toBe(284);
    expect(splitterKeyValue("ArrowLeft", false, 120, column)).toBe(130);
    expect(splitterKeyValue("ArrowRight", false, 120, column)).toBe(110);
  });

  it("takes bigger steps with Shift where it has them", () => {
    expect(splitterKeyValue("ArrowLeft", true, 120, column)).toBe(170);
    expect(splitterKeyValue("ArrowRight", true, 300, drawer)).toBe(316);
  });

  it("goes to the ends with Home and End, and back to the default with Enter where there is one", () => {
    expect(splitterKeyValue("Home", false, 300, drawer)).toBe(200);
    expect(splitterKeyValue("End", false, 300, drawer)).toBe(480);
    expect(splitterKeyValue("Enter", false, 300, drawer)).toBe(248);
    expect(splitterKeyValue("Enter", false, 120, column)).toBeNull();
  });

  it("leaves other keys alone", () => {
    expect(splitterKeyValue("Tab", false, 300, drawer)).toBeNull();
    expect(splitterKeyValue("a", false, 300, drawer)).toBeNull();
  });
});

describe("splitterDragValue", () => {
  it("follows the pointer in the edge's direction", () => {
    expect(splitterDragValue(248, 100, 150, 1)).toBe(298);
    expect(splitterDragValue(120, 500, 460, -1)).toBe(160);
  });
});
