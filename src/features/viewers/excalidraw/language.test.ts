import { describe, expect, it } from "vitest";
import { excalidrawLanguage } from "./language";

const AVAILABLE = ["en", "ar-SA", "de-DE", "es-ES", "fr-FR", "it-IT", "ja-JP", "ko-KR", "pl-PL", "pt-BR", "pt-PT", "ru-RU", "zh-CN", "zh-HK", "zh-TW"];

describe("excalidrawLanguage", () => {
  it("maps each of the app's languages", () => {
    const app = ["ar", "de", "en-US", "es", "fr", "it", "ja", "ko", "pl", "pt-BR", "ru", "zh-CN", "zh-TW"];
    expect(app.map((l) => excalidrawLanguage(l, AVAILABLE))).toEqual([
      "ar-SA",
      "de-DE",
      "en",
      "es-ES",
      "fr-FR",
      "it-IT",
      "ja-JP",
      "ko-KR",
      "pl-PL",
      "pt-BR",
      "ru-RU",
      "zh-CN",
      "zh-TW",
    ]);
  });

  it("matches regardless of case and prefers Simplified Chinese for an unknown region", () => {
    expect(excalidrawLanguage("PT-br", AVAILABLE)).toBe("pt-BR");
    expect(excalidrawLanguage("zh-SG", AVAILABLE)).toBe("zh-CN");
  });

  it("falls back to English", () => {
    expect(excalidrawLanguage("sw", AVAILABLE)).toBe("en");
  });
});
