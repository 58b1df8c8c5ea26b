import { describe, expect, it } from "vitest";
import { clampCrop, sourceRect } from "./cropGeometry";

describe("avatar crop", () => {
  it("starts with the centred square of a landscape picture", () => {
    expect(sourceRect({ zoom: 1, x: 0, y: 0 }, 400, 200, 100)).toEqual({ sx: 100, sy: 0, size: 200 });
  });
  it("moves within the picture and never past its edges", () => {
    // 400×200 at zoom 1 in a 100 px frame: the picture is 200×100 frame pixels, 50 px to spare each side.
    expect(clampCrop({ zoom: 1, x: 80, y: 30 }, 400, 200, 100)).toEqual({ zoom: 1, x: 50, y: 0 });
    expect(sourceRect({ zoom: 1, x: 50, y: 0 }, 400, 200, 100)).toEqual({ sx: 0, sy: 0, size: 200 });
    expect(sourceRect({ zoom: 1, x: -50, y: 0 }, 400, 200, 100)).toEqual({ sx: 200, sy: 0, size: 200 });
  });
  it("zooms into a smaller square and keeps the zoom in range", () => {
    expect(sourceRect({ zoom: 2, x: 0, y: 0 }, 200, 200, 100)).toEqual({ sx: 50, sy: 50, size: 100 });
    expect(clampCrop({ zoom: 9, x: 0, y: 0 }, 200, 200, 100).zoom).toBe(4);
    expect(clampCrop({ zoom: 0.2, x: 10, y: 10 }, 200, 200, 100)).toEqual({ zoom: 1, x: 0, y: 0 });
  });
});
