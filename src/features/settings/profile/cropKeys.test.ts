import { describe, expect, it } from "vitest";
import { cropForKey, KEY_STEP, ZOOM_STEP } from "./cropKeys";

const crop = { zoom: 1.5, x: 10, y: -4 };

describe("cropForKey", () => {
  it("moves the picture with the arrows", () => {
    expect(cropForKey("ArrowRight", crop)).toEqual({ zoom: 1.5, x: 10 + KEY_STEP, y: -4 });
    expect(cropForKey("ArrowLeft", crop)).toEqual({ zoom: 1.5, x: 10 - KEY_STEP, y: -4 });
    expect(cropForKey("ArrowUp", crop)).toEqual({ zoom: 1.5, x: 10, y: -4 - KEY_STEP });
    expect(cropForKey("ArrowDown", crop)).toEqual({ zoom: 1.5, x: 10, y: -4 + KEY_STEP });
  });

  it("zooms with + and − (also = and _, the same keys without or with Shift)", () => {
    for (const key of ["+", "="]) expect(cropForKey(key, crop)?.zoom).toBeCloseTo(1.5 + ZOOM_STEP);
    for (const key of ["-", "_"]) expect(cropForKey(key, crop)?.zoom).toBeCloseTo(1.5 - ZOOM_STEP);
  });

  it("leaves other keys alone", () => {
    expect(cropForKey("Enter", crop)).toBeNull();
    expect(cropForKey("a", crop)).toBeNull();
  });
});
