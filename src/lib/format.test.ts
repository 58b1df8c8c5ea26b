import { describe, expect, it } from "vitest";
import { formatBytes, formatBytesExact, formatDate, formatRelative, isTimeZone, isZeroTime, preferredTimeZone, setPreferredTimeZone } from "./format";

const NBSP = "\u00a0";

describe("formatBytes", () => {
  it.each([
    [0, "0 B"],
    [1, "1 B"],
    [1023, "1,023 B"],
    [1024, "1 KB"],
    [1536, "1.5 KB"],
    [10 * 1024 * 1024 + 300 * 1024, "10.3 MB"],
    [5 * 1024 ** 3, "5 GB"],
    [2.25 * 1024 ** 4, "2.3 TB"],
  ])("formats %d bytes as %s in English", (n, text) => {
    expect(formatBytes(n, "en-US")).toBe(text.replace(" ", NBSP));
  });

  it("promotes a value that would round up to 1024 of a unit", () => {
    expect(formatBytes(1024 * 1024 - 1, "en-US")).toBe(`1${NBSP}MB`);
    expect(formatBytes(1024 ** 3 - 1, "en-US")).toBe(`1${NBSP}GB`);
  });

  it("stays at TB for sizes beyond it", () => {
    expect(formatBytes(2048 * 1024 ** 4, "en-US")).toBe(`2,048${NBSP}TB`);
  });

  it("uses the locale for digits and separators", () => {
    expect(formatBytes(1536, "de-DE")).toBe(`1,5${NBSP}KB`);
    expect(formatBytes(1536, "zh-CN")).toBe(`1.5${NBSP}KB`);
  });

  it("keeps the sign of negative sizes and shows a dash for non-numbers", () => {
    expect(formatBytes(-1536, "en-US")).toBe(`-1.5${NBSP}KB`);
    expect(formatBytes(Number.NaN, "en-US")).toBe("—");
  });
});

describe("formatBytesExact", () => {
  it("adds the byte count only when the rounded size is not exact", () => {
    expect(formatBytesExact(345, "en-US")).toBe("345\u00a0B");
    expect(formatBytesExact(0, "en-US")).toBe("0\u00a0B");
    expect(formatBytesExact(1946, "en-US")).toBe("1.9\u00a0KB (1,946\u00a0B)");
    expect(formatBytesExact(1024, "en-US")).toBe("1\u00a0KB (1,024\u00a0B)");
  });
});

describe("isZeroTime", () => {
  it("recognises Go zero times, with or without an offset", () => {
    expect(isZeroTime("0001-01-01T00:00:00Z")).toBe(true);
    expect(isZeroTime("0001-01-01T00:00:00+08:00")).toBe(true);
  });

  it("does not flag real or unparseable times", () => {
    expect(isZeroTime("2025-04-26T16:19:38.833494+08:00")).toBe(false);
    expect(isZeroTime("1970-01-01T00:00:00Z")).toBe(false);
    expect(isZeroTime("garbage")).toBe(false);
  });
});

describe("formatDate", () => {
  const iso = "2025-04-26T16:19:38.833494+08:00";

  it("formats server times with fractional seconds and offsets in the given zone", () => {
    expect(formatDate(iso, "en-US", { timeZone: "UTC" })).toMatch(/^Apr 26, 2025, 8:19\sAM$/);
    expect(formatDate(iso, "zh-CN", { timeZone: "Asia/Shanghai" })).toBe("2025年4月26日 16:19");
  });

  it("can leave out the time of day", () => {
    expect(formatDate(iso, "en-US", { timeZone: "UTC", dateOnly: true })).toBe("Apr 26, 2025");
  });

  it("uses the zone chosen in preferences unless told otherwise, and forgets an unknown zone", () => {
    try {
      setPreferredTimeZone("Asia/Tokyo");
      expect(preferredTimeZone()).toBe("Asia/Tokyo");
      expect(formatDate(iso, "en-US")).toMatch(/^Apr 26, 2025, 5:19\sPM$/);
      expect(formatDate(iso, "en-US", { timeZone: "UTC" })).toMatch(/8:19\sAM$/);
      setPreferredTimeZone("Mars/Olympus_Mons");
      expect(preferredTimeZone()).toBeUndefined();
    } finally {
      setPreferredTimeZone(undefined);
    }
    expect(isTimeZone("Europe/Berlin")).toBe(true);
    expect(isTimeZone("Nowhere/Special")).toBe(false);
  });

  it("returns an empty string for zero and unparseable times", () => {
    expect(formatDate("0001-01-01T00:00:00Z", "en-US")).toBe("");
    expect(formatDate("not a date", "en-US")).toBe("");
  });
});

describe("formatRelative", () => {
  const now = Date.parse("2025-05-01T12:00:00Z");
  const at = (ms: number) => new Date(now + ms).toISOString();
  const s = 1000;
  const min = 60 * s;
  const h = 60 * min;
  const d = 24 * h;

  it.each([
    [0, "now"],
    [-30 * s, "30 seconds ago"],
    [-59.9 * s, "59 seconds ago"],
    [-3 * min, "3 minutes ago"],
    [-5 * h, "5 hours ago"],
    [-1 * d, "yesterday"],
    [-3 * d, "3 days ago"],
    [-14 * d, "2 weeks ago"],
    [-60 * d, "last month"],
    [-100 * d, "3 months ago"],
    [-800 * d, "2 years ago"],
    [2 * d, "in 2 days"],
  ])('describes an offset of %d ms as "%s"', (offset, text) => {
    expect(formatRelative(at(offset), now, "en-US")).toBe(text);
  });

  it("accepts now as a Date and localizes", () => {
    expect(formatRelative(at(-3 * min), new Date(now), "zh-CN")).toBe("3分钟前");
  });

  it("returns an empty string for zero and unparseable times", () => {
    expect(formatRelative("0001-01-01T00:00:00Z", now, "en-US")).toBe("");
    expect(formatRelative("nope", now, "en-US")).toBe("");
  });
});
