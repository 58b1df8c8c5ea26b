import { describe, expect, it } from "vitest";
import { baseKeys, literalKeys, loadTexts, sourceOf } from "../../../i18n/localeFiles";
import type { ScopeGroup } from "./scopes";

// Parity between languages is checked for every namespace in src/i18n/locales.test.ts; here: the
// keys the OAuth pages, the client callbacks and the apps list in the security settings ask for exist.
describe("oauth texts", () => {
  const known = baseKeys(loadTexts("en-US", "oauth"));

  it('has every literal t("…") key the code uses', () => {
    const code =
      sourceOf("src/features/auth/oauth", "src/features/auth/callbacks") +
      sourceOf("src/features/settings/security")
        .split("\n")
        .filter((l) => l.includes("oauth:"))
        .join("\n");
    const used = literalKeys(code, "oauth");
    expect(used.length).toBeGreaterThan(40);
    expect(used.filter((k) => !known.has(k))).toEqual([]);
  });

  it("has the keys built at run time", () => {
    const groups: ScopeGroup[] = ["profile", "offline", "security", "files", "shares", "tasks", "finance", "dav", "admin"];
    for (const g of groups) for (const part of ["name", "description"]) expect(known.has(`scope.${g}.${part}`), `${g}.${part}`).toBe(true);
    for (const p of ["missingClient", "missingRedirect", "badRedirect", "unsupportedResponseType", "noScope"]) expect(known.has(`problem.${p}`), p).toBe(true);
  });
});
