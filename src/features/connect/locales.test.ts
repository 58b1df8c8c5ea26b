import { describe, expect, it } from "vitest";
import { baseKeys, literalKeys, loadTexts, sourceOf } from "../../i18n/localeFiles";

// Parity between languages is checked for every namespace in src/i18n/locales.test.ts.
describe("connect namespace", () => {
  it("has every literal key the code uses, and the keys built at run time", () => {
    const known = baseKeys(loadTexts("en-US", "connect"));
    const used = literalKeys(sourceOf("src/features/connect"), "connect");
    expect(used.length).toBeGreaterThan(30);
    const built = [
      ...["required", "tooLong"].map((p) => `form.name.${p}`),
      ...["server", "userName", "password"].flatMap((f) => ["label", "copy", "copied"].map((k) => `info.${f}.${k}`)),
      "info.intro",
      "info.introReadOnly",
    ];
    expect([...new Set([...used, ...built].filter((k) => !known.has(k)))]).toEqual([]);
  });
});
