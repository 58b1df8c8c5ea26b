import { describe, expect, it } from "vitest";
import { isRtl, languageFromTag, LANGUAGES } from "./languages";

const offered = (code: string) => LANGUAGES.some((l) => l.code === code);

describe("languageFromTag", () => {
  it("matches offered languages exactly, by account code, and by language with another region", () => {
    expect(languageFromTag("en-US")).toBe("en-US");
    expect(languageFromTag("EN-us")).toBe("en-US");
    expect(languageFromTag("en-GB")).toBe("en-US");
    expect(languageFromTag("zh-CN")).toBe("zh-CN");
    for (const l of LANGUAGES) expect(languageFromTag(l.account)).toBe(l.code);
  });

  it("sends traditional Chinese to zh-TW when offered, else to the Chinese there is", () => {
    expect(languageFromTag("zh-HK")).toBe(offered("zh-TW") ? "zh-TW" : "zh-CN");
    expect(languageFromTag("zh-Hant-TW")).toBe(offered("zh-TW") ? "zh-TW" : "zh-CN");
    expect(languageFromTag("zh-SG")).toBe("zh-CN");
  });

  it("has nothing for languages not offered or no tag", () => {
    expect(languageFromTag("xx-YY")).toBeUndefined();
    expect(languageFromTag("")).toBeUndefined();
    expect(languageFromTag(null)).toBeUndefined();
  });
});

describe("isRtl", () => {
  it("knows Arabic is written right to left and the rest of the offered languages are not", () => {
    expect(isRtl("ar")).toBe(true);
    expect(isRtl("ar-AR")).toBe(true);
    for (const l of LANGUAGES.filter((x) => !x.code.startsWith("ar"))) expect(isRtl(l.code), l.code).toBe(false);
  });
});
