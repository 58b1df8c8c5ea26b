import { describe, expect, it } from "vitest";
import { languages, loadTexts, namespaces, placeholders, type Texts } from "./localeFiles";
import { LANGUAGES } from "./languages";

const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/;

/**
 * The keys a language must have for a namespace: every plain key of en-US, and for every plural
 * key the forms that language's grammar has (CLDR, the rules i18next itself picks forms with).
 */
function expectedKeys(en: Texts, lng: string): string[] {
  const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const key of en.keys()) {
    const m = PLURAL.exec(key);
    if (m && en.has(`${m[1]}_other`)) for (const c of categories) keys.add(`${m[1]}_${c}`);
    else keys.add(key);
  }
  return [...keys].sort();
}

/** The en-US text a key of another language translates (a plural form translates en's "other"). */
function sourceOf(en: Texts, key: string): string | undefined {
  const m = PLURAL.exec(key);
  return en.get(key) ?? (m ? en.get(`${m[1]}_other`) : undefined);
}

// Every language offers every text of every namespace, with the plural forms its grammar needs
// and the same placeholders: no language shows a raw key or loses a number.
describe("locale files", () => {
  it("exist for every language the app offers, with the same namespaces", () => {
    expect(languages()).toEqual(LANGUAGES.map((l) => l.code).sort());
    for (const lng of languages()) expect(namespaces(lng), lng).toEqual(namespaces("en-US"));
  });

  for (const ns of namespaces("en-US")) {
    const en = loadTexts("en-US", ns);
    for (const lng of languages().filter((l) => l !== "en-US")) {
      it(`${lng}/${ns} has every text of en-US, its plural forms and the same placeholders`, () => {
        const other = loadTexts(lng, ns);
        expect([...other.keys()].sort()).toEqual(expectedKeys(en, lng));
        for (const [key, text] of en) expect(text.trim(), `en-US ${key}`).not.toBe("");
        for (const [key, text] of other) {
          expect(text.trim(), `${lng} ${key}`).not.toBe("");
          const source = sourceOf(en, key)!;
          // A singular form may spell the number out ("one file"); every other form keeps them all.
          if (/_(one|zero|two)$/.test(key) && PLURAL.test(key)) expect(placeholders(source), key).toEqual(expect.arrayContaining(placeholders(text)));
          else expect(placeholders(text), key).toEqual(placeholders(source));
        }
      });
    }
  }
});
