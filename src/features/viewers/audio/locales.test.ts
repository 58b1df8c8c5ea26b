import { describe, expect, it } from "vitest";
import { baseKeys, loadTexts, sourceOf } from "../../../i18n/localeFiles";

// The players' texts (music and video) live in their own namespace and are always named with it
// (`t("player:…")`), so the viewers namespace's key check does not take them for its own.
// Parity between languages is checked for every namespace in src/i18n/locales.test.ts.
describe("player namespace", () => {
  it("has every key the players use", () => {
    const known = baseKeys(loadTexts("en-US", "player"));
    const code = sourceOf("src/features/viewers/audio", "src/features/viewers/media");
    const used = [...code.matchAll(/\bt\("player:([\w.]+)"/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(20);
    expect([...new Set(used.filter((k) => !known.has(k)))]).toEqual([]);
  });
});
