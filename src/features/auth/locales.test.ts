import { describe, expect, it } from "vitest";
import { baseKeys, literalKeys, loadTexts, sourceOf } from "../../i18n/localeFiles";

// Parity between languages is checked for every namespace in src/i18n/locales.test.ts; here: the
// keys the auth and settings code asks for exist.
describe("keys used in the code", () => {
  it.each([
    ["auth", "src/features/auth"],
    ["settings", "src/features/settings"],
  ])('every literal t("…") key of %s exists', (ns, dir) => {
    const known = baseKeys(loadTexts("en-US", ns));
    const used = literalKeys(sourceOf(dir), ns);
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((k) => !known.has(k))).toEqual([]);
  });

  it("has the keys built at run time", () => {
    const auth = baseKeys(loadTexts("en-US", "auth"));
    for (const k of ["required", "email", "tooShort", "tooLong", "mismatch"]) expect(auth.has(`validation.${k}`), k).toBe(true);
    for (const k of ["cancelled", "unknownCredential", "unsupported", "alreadyRegistered", "failed"]) expect(auth.has(`passkey.${k}`), k).toBe(true);
    const settings = baseKeys(loadTexts("en-US", "settings"));
    for (const k of ["profile", "preference", "security"]) expect(settings.has(`tabs.${k}`), k).toBe(true);
  });
});
