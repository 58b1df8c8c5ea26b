import { describe, expect, it } from "vitest";
import { baseKeys, loadTexts, sourceOf } from "../../i18n/localeFiles";

// The document viewers (archive, EPUB, diagrams, drawings) keep their texts in the `documents`
// namespace and always name it (`t("documents:…")`), so the viewers namespace check leaves them be.
// Parity between languages is checked for every namespace in src/i18n/locales.test.ts.
describe("documents namespace", () => {
  it("has every key the code uses", () => {
    const known = baseKeys(loadTexts("en-US", "documents"));
    const used = [...sourceOf("src/features/viewers", "src/features/explorer").matchAll(/\bt\("documents:([\w.]+)"/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(5);
    expect([...new Set(used.filter((k) => !known.has(k)))]).toEqual([]);
  });
});
