import { describe, expect, it } from "vitest";
import { clampPan, FIT, fitScale, maxK, swipeDirection, zoomAt } from "./zoom";

describe("lightbox geometry", () => {
  it("fits an image into the stage, turned or not, never enlarging the real image", () => {
    expect(fitScale({ w: 4000, h: 3000 }, { w: 800, h: 600 }, 0, false)).toBe(0.2);
    expect(fitScale({ w: 4000, h: 3000 }, { w: 800, h: 600 }, 1, false)).toBe(0.15);
    expect(fitScale({ w: 100, h: 50 }, { w: 800, h: 600 }, 0, false)).toBe(1);
    expect(fitScale({ w: 100, h: 50 }, { w: 800, h: 600 }, 0, true)).toBe(8);
  });

  it("zooms about the pointer, within limits", () => {
    const v = zoomAt(FIT, 2, { x: 100, y: 0 }, 0.5);
    expect(v).toMatchObject({ k: 2, x: -100, y: 0 });
    expect(zoomAt(FIT, 1000, { x: 0, y: 0 }, 0.5).k).toBe(maxK(0.5));
    expect(zoomAt(FIT, 0.01, { x: 0, y: 0 }, 0.5).k).toBe(0.5);
  });

  it("keeps a zoomed image on the stage and centres it at fit", () => {
    expect(clampPan({ k: 2, x: 900, y: -900, rot: 0 }, { w: 800, h: 600 }, { w: 800, h: 600 })).toMatchObject({ x: 400, y: -300 });
    expect(clampPan({ k: 1, x: 50, y: 50, rot: 0 }, { w: 800, h: 600 }, { w: 800, h: 600 })).toMatchObject({ x: 0, y: 0 });
  });

  it("reads a horizontal swipe as paging and anything else as nothing", () => {
    expect(swipeDirection(-120, 10)).toBe(1);
    expect(swipeDirection(120, 10)).toBe(-1);
    expect(swipeDirection(30, 0)).toBe(0);
    expect(swipeDirection(100, 120)).toBe(0);
  });
});
