import { describe, expect, it } from "vitest";
import { baseKeys, literalKeys, loadTexts, sourceOf } from "../../i18n/localeFiles";

// Parity between languages is checked for every namespace in src/i18n/locales.test.ts.
describe("transfers namespace", () => {
  it("has every key the code asks for", () => {
    const known = baseKeys(loadTexts("en-US", "transfers"));
    const used = literalKeys(sourceOf("src/features/transfers"), "transfers");
    expect(used.length).toBeGreaterThan(20);
    expect([...new Set(used.filter((k) => !known.has(k)))]).toEqual([]);
  });
});
