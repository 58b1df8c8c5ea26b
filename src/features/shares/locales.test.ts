import { describe, expect, it } from "vitest";
import { baseKeys, literalKeys, loadTexts, sourceOf } from "../../i18n/localeFiles";

// Parity between languages is checked for every namespace in src/i18n/locales.test.ts.
describe("shares namespace", () => {
  it("has every literal key the code uses, and the keys built at run time", () => {
    const known = baseKeys(loadTexts("en-US", "shares"));
    const used = literalKeys(sourceOf("src/features/shares", "src/features/profile"), "shares");
    expect(used.length).toBeGreaterThan(40);
    const built = [
      ...["hour", "day", "week", "month", "custom"].map((p) => `expiry.${p}`),
      ...["created_desc", "created_asc", "views_desc", "downloads_desc", "remain_downloads_asc"].map((s) => `sort.${s}`),
    ];
    expect([...new Set([...used, ...built].filter((k) => !known.has(k)))]).toEqual([]);
  });
});
