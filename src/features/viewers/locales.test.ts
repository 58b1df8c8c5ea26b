import { describe, expect, it } from "vitest";
import { baseKeys, literalKeys, loadTexts, sourceOf } from "../../i18n/localeFiles";

// Parity between languages is checked for every namespace in src/i18n/locales.test.ts.
describe("viewers namespace", () => {
  it("has every literal key the code uses, and the keys built at run time", () => {
    const known = baseKeys(loadTexts("en-US", "viewers"));
    const used = literalKeys(sourceOf("src/features/viewers"), "viewers");
    expect(used.length).toBeGreaterThan(60);
    const built = [
      ...["permission", "version", "large", "tooLarge"].map((r) => `readOnly.${r}`),
      ...["nameEmpty", "nameTooLong", "nameIllegalChar", "nameReserved"].map((r) => `saveAs.${r}`),
      ...["taken_at", "camera_make", "camera_model", "lens_model", "exposure_time", "f", "focal_length", "iso", "software"].map((k) => `details.exif.${k}`),
    ];
    expect([...new Set([...used, ...built].filter((k) => !known.has(k)))]).toEqual([]);
  });
});
