import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { keepFresh, renewDelay, RENEW_MARGIN_MS } from "./renewal";

describe("URL renewal", () => {
  beforeEach(() => vi.useFakeTimers({ now: Date.parse("2026-01-01T00:00:00Z") }));
  afterEach(() => vi.useRealTimers());

  it("renews a margin before expiry, never in a tight loop, and not at all without an expiry", () => {
    const now = Date.now();
    expect(renewDelay("2026-01-01T01:00:00Z", now)).toBe(3_600_000 - RENEW_MARGIN_MS);
    expect(renewDelay("2026-01-01T00:00:10Z", now)).toBe(5_000);
    expect(renewDelay(null, now)).toBeNull();
    expect(renewDelay("garbage", now)).toBeNull();
  });

  it("keeps renewing with each new expiry until stopped", async () => {
    let n = 0;
    const renew = vi.fn(() => Promise.resolve(new Date(Date.now() + 3_600_000).toISOString()).finally(() => n++));
    const stop = keepFresh("2026-01-01T01:00:00Z", renew);
    await vi.advanceTimersByTimeAsync(3_600_000 - RENEW_MARGIN_MS - 1);
    expect(renew).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(renew).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(n).toBe(2);
    stop();
    await vi.advanceTimersByTimeAsync(10 * 3_600_000);
    expect(renew).toHaveBeenCalledTimes(2);
  });
});
