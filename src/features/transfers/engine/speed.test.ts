import { describe, expect, it } from "vitest";
import { eta, formatDuration, SpeedMeter } from "./speed";

describe("SpeedMeter", () => {
  it("measures over the window, not since the start", () => {
    const m = new SpeedMeter(5000);
    m.add(0, 0);
    m.add(1000, 10_000_000); // a fast first second
    for (let t = 2000; t <= 10_000; t += 1000) m.add(t, 10_000_000 + (t - 1000) * 1000); // then 1 MB/s
    expect(m.rate()).toBeCloseTo(1_000_000, -3);
  });

  it("reports 0 until it has a meaningful interval", () => {
    const m = new SpeedMeter();
    expect(m.rate()).toBe(0);
    m.add(0, 0);
    m.add(100, 1000);
    expect(m.rate()).toBe(0);
  });
});

describe("eta / formatDuration", () => {
  it("estimates seconds left", () => {
    expect(eta(10_000, 1000)).toBe(10);
    expect(eta(1, 1000)).toBe(1);
    expect(eta(0, 0)).toBe(0);
    expect(eta(10, 0)).toBeNull();
  });

  it("formats compactly", () => {
    expect(formatDuration(9)).toBe("0:09");
    expect(formatDuration(247)).toBe("4:07");
    expect(formatDuration(3909)).toBe("1:05:09");
  });
});
