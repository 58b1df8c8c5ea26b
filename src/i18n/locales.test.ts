import { describe, expect, it } from "vitest";
import { languages, loadTexts, namespaces, placeholders } from "./localeFiles";
import { LANGUAGES } from "./languages";

// Every language offers every text of every namespace, with the same placeholders: no language
// shows a raw key or loses a number.
describe("locale files", () => {
  it("exist for every language the app offers, with the same namespaces", () => {
    expect(languages()).toEqual(LANGUAGES.map((l) => l.code).sort());
    for (const lng of languages()) expect(namespaces(lng), lng).toEqual(namespaces("en-US"));
  });

  for (const ns of namespaces("en-US")) {
    const en = loadTexts("en-US", ns);
    for (const lng of languages().filter((l) => l !== "en-US")) {
      it(`${lng}/${ns} has exactly the keys of en-US, each with a text and the same placeholders`, () => {
        const other = loadTexts(lng, ns);
        expect([...other.keys()].sort()).toEqual([...en.keys()].sort());
        for (const [key, text] of en) {
          expect(text.trim(), `en-US ${key}`).not.toBe("");
          expect(other.get(key)?.trim(), `${lng} ${key}`).toBeTruthy();
          expect(placeholders(other.get(key)!), key).toEqual(placeholders(text));
        }
      });
    }
  }
});
