import { describe, expect, it, vi } from "vitest";
import { backoffDelay, isAbortError, sleep } from "./backoff";

describe("backoffDelay", () => {
  it("grows exponentially, between half and all of base·2^(n−1)", () => {
    for (let n = 1; n <= 5; n++) {
      const full = 500 * 2 ** (n - 1);
      expect(backoffDelay(n, { random: () => 0 })).toBe(full / 2);
      expect(backoffDelay(n, { random: () => 1 })).toBe(full);
    }
  });

  it("never exceeds the cap, however many attempts", () => {
    for (const n of [10, 31, 1000]) {
      expect(backoffDelay(n, { cap: 15_000, random: () => 1 })).toBe(15_000);
      expect(backoffDelay(n, { cap: 15_000, random: () => 0 })).toBe(7_500);
    }
  });

  it("jitters: random draws spread the delays inside the bounds", () => {
    const values = Array.from({ length: 200 }, () => backoffDelay(3));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(1000);
    expect(Math.max(...values)).toBeLessThanOrEqual(2000);
    expect(new Set(values).size).toBeGreaterThan(50);
  });

  it("treats attempt 0 or fractional attempts as the first retry and clamps odd randoms", () => {
    expect(backoffDelay(0, { random: () => 1 })).toBe(500);
    expect(backoffDelay(2.7, { random: () => 1 })).toBe(1000);
    expect(backoffDelay(1, { random: () => 7 })).toBe(500);
    expect(backoffDelay(1, { random: () => -1 })).toBe(250);
  });
});

describe("sleep", () => {
  it("rejects with an AbortError as soon as the signal aborts", async () => {
    vi.useFakeTimers();
    const ctl = new AbortController();
    const p = sleep(10_000, ctl.signal);
    ctl.abort();
    await expect(p).rejects.toSatisfy(isAbortError);
    vi.useRealTimers();
  });
});
